package org.marsad.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;
import org.marsad.index.Fixtures;
import org.marsad.index.analysis.MarsadAnalyzer;
import org.marsad.index.lucene.ArchiveSchema;

/** What goes over the wire, without a server: pre-analysed documents and translated queries. */
class TranslationTest {
    private final MarsadAnalyzer analyzer = new MarsadAnalyzer();
    private final DocumentBridge bridge = new DocumentBridge(analyzer);

    @Test
    void firstAndSecondReadingsKeepTheSamePositions() {
        String[] r = bridge.analyze("text", "وأمريكا والولايات المتحدة، Peskov قال");
        String[] main = r[0].split(" ");
        String[] alt = r[1].split(" ");
        assertThat(main).hasSameSizeAs(alt).isNotEmpty();
        assertThat(r[0]).doesNotContain("  ").isEqualTo(r[0].strip());
        // one reading of the first position is the word without its conjunction; Latin is folded
        assertThat(java.util.List.of(main[0], alt[0])).contains("امريكا");
        assertThat(main).contains("peskov");
    }

    @Test
    void theArchivesDocumentsBecomeOneJsonObjectEach() {
        var docs = ArchiveSchema.documents(Fixtures.peskovOnElections());
        ObjectNode article = bridge.convert(docs.get(0));
        assertThat(article.path("kind").asText()).isEqualTo("a");
        assertThat(article.path("aid").asText()).isEqualTo("a1");
        assertThat(article.path("date").asText()).isEqualTo("2018-02-10");
        assertThat(article.path("day").asLong()).isEqualTo(java.time.LocalDate.of(2018, 2, 10).toEpochDay());
        assertThat(article.path("title__raw").asText()).isEqualTo("بيسكوف: روسيا لن تتدخل في أمريكا");
        assertThat(article.path("entity")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(Fixtures.PESKOV, Fixtures.RUSSIA, Fixtures.USA);
        assertThat(article.path("names").size()).isEqualTo(article.path("names__alt").size()).isEqualTo(6);
        assertThat(article.path("json").asText()).startsWith("{\"id\":\"a1\"");
        ObjectNode quote = bridge.convert(docs.get(1));
        assertThat(quote.path("kind").asText()).isEqualTo("q");
        assertThat(quote.path("q_text__raw").asText()).isEqualTo("موسكو تحترم سيادة الولايات المتحدة الأمريكية");
        assertThat(quote.path("speaker")).extracting(JsonNode::asText).contains(Fixtures.PESKOV);
    }

    @Test
    void wordsPhrasesPrefixesAndRangesTranslate() {
        SimpleQueryParser p = new SimpleQueryParser(analyzer, Map.of("text", 1f));
        p.setDefaultOperator(org.apache.lucene.search.BooleanClause.Occur.MUST);
        String words = QueryTranslator.translate(p.parse("امريكا -روسيا")).toString();
        assertThat(words).contains("\"must\"").contains("\"must_not\"").contains("\"text__alt\"");
        String phrase = QueryTranslator.translate(p.parse("\"الولايات المتحدة\"")).toString();
        assertThat(phrase).contains("span_near").contains("field_masking_span").contains("\"in_order\":true")
                .contains("\"slop\":0");
        assertThat(QueryTranslator.translate(p.parse("امري*")).toString()).contains("\"prefix\"");
        Query range = LongPoint.newRangeQuery("day", 10, 20);
        assertThat(QueryTranslator.translate(range).path("range").path("day").path("gte").asLong()).isEqualTo(10);
        assertThatThrownBy(() -> QueryTranslator.translate(new FuzzyQuery(new Term("text", "x"))))
                .hasMessageContaining("no OpenSearch form");
    }
}
