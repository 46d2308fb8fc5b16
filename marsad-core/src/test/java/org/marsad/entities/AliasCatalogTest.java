package org.marsad.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.marsad.model.EntityType;
import org.marsad.model.Gender;

class AliasCatalogTest {

    private static AliasCatalog read(String tsv) {
        return AliasCatalog.builder().read(new StringReader(tsv), "user.tsv").build();
    }

    @Test
    void countriesComeFromCldrWithIsoKeys() {
        AliasCatalog c = AliasCatalog.builder().addCldrCountries().build();
        assertThat(c.find("روسيا").key()).isEqualTo("country:ru");
        assertThat(c.find("روسيا").latin()).isEqualTo("Russia");
        assertThat(c.find("كازاخستان").key()).isEqualTo("country:kz");
        assertThat(c.find("بورما").key()).isEqualTo("country:mm");
        assertThat(c.size()).isGreaterThan(240);
    }

    @Test
    void standardCatalogKnowsVariantsCapitalsAndAgencies() {
        AliasCatalog c = AliasCatalog.standard();
        assertThat(c.find("الولايات المتحدة الأميركية").key()).isEqualTo("country:us");
        assertThat(c.find("أمريكا").key()).isEqualTo("country:us");
        assertThat(c.find("موسكو").capitalOf()).isEqualTo("RU");
        assertThat(c.find("ألمآتا").latin()).isEqualTo("Almaty");
        assertThat(c.find("NATO").key()).isEqualTo("org:nato");
        assertThat(c.find("ناتو").key()).isEqualTo("org:nato");
        assertThat(c.find("تاس").type()).isEqualTo(EntityType.ORG);
        assertThat(c.find("بيسكوف").gender()).isEqualTo(Gender.MALE);
        assertThat(c.versions()).anyMatch(v -> v.startsWith("CLDR")).anyMatch(v -> v.contains("catalog.tsv"));
    }

    @Test
    void lookupIgnoresSpellingVariantsAndTheArticleOfOneWordNames() {
        AliasCatalog c = AliasCatalog.standard();
        assertThat(c.find("الامم المتحده").key()).isEqualTo("org:un");
        assertThat(c.find("اوكرانيا").key()).isEqualTo("country:ua");
        assertThat(c.find("كرملين").key()).isEqualTo("org:kremlin");
    }

    @Test
    void nationalityAdjectivesAreKnownAsSuch() {
        AliasCatalog c = AliasCatalog.standard();
        assertThat(c.isNisba("الروسيه")).isTrue();
        assertThat(c.isNisba("الامريكي")).isTrue();
        assertThat(c.isNisba("الاوكرانيه")).isTrue();
        assertThat(c.isNisba("روسيا")).isFalse();
    }

    @Test
    void linesWithOneKeyAddUpAndLinkOnlyNamesDoNotRecognize() {
        AliasCatalog c = read("""
                # a user catalog
                @version\t3
                org:acme\tORG\tAcme\tشركة أكمي|أكمي
                org:acme\tORG\t\tأكمي القابضة
                org:acme\tORG\t\tالقمة\tmatch=link
                """);
        CatalogEntry e = c.byKey("org:acme");
        assertThat(e.aliases()).extracting(CatalogEntry.Alias::text).containsExactly("شركة أكمي", "أكمي", "أكمي القابضة", "القمة");
        assertThat(c.find("القمة")).isSameAs(e);
        assertThat(c.recognizable("القمه")).isNull();
        assertThat(c.recognizable("اكمي")).isSameAs(e);
        assertThat(c.versions()).containsExactly("user.tsv 3");
    }

    @Test
    void aUserCatalogAddsNamesToTheShippedEntries() {
        AliasCatalog c = AliasCatalog.standardBuilder()
                .read(new StringReader("country:ru\tLOC\t\tبلاد الروس\n"), "mine.tsv").build();
        assertThat(c.find("بلاد الروس").key()).isEqualTo("country:ru");
        assertThat(c.find("روسيا").key()).isEqualTo("country:ru");
    }

    @Test
    void formatErrorsNameFileAndLine() {
        assertThatThrownBy(() -> read("org:x\tORG\tX\n")).isInstanceOf(CatalogFormatException.class)
                .hasMessageStartingWith("user.tsv:1: expected 4 or 5 tab-separated fields");
        assertThatThrownBy(() -> read("# c\nOrg:X\tORG\tX\tاكس\n")).hasMessageStartingWith("user.tsv:2: bad key 'Org:X'");
        assertThatThrownBy(() -> read("org:x\tCOMPANY\tX\tاكس\n")).hasMessageContaining("unknown type 'COMPANY'");
        assertThatThrownBy(() -> read("org:x\tORG\tX\tاكس\tcolour=red\n")).hasMessageContaining("unknown attribute 'colour'");
        assertThatThrownBy(() -> read("org:x\tORG\tX\tاكس\tgender=m\n")).hasMessageContaining("gender must be male or female");
        assertThatThrownBy(() -> read("org:x\tORG\t\tاكس\n")).hasMessageContaining("no latin name for org:x");
        assertThatThrownBy(() -> read("org:x\tORG\tX\tاكس\norg:x\tLOC\t\tاكس\n")).hasMessageStartingWith("user.tsv:2:")
                .hasMessageContaining("has type ORG elsewhere");
        assertThatThrownBy(() -> read("org:x\tORG\tX\t--\n")).hasMessageContaining("has no letters");
    }
}
