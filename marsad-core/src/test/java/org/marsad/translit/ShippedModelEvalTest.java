package org.marsad.translit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.marsad.entities.Transliterator;

@Tag("eval")
class ShippedModelEvalTest {
    @Test
    void shippedModelBeatsTheLetterRulesOnAnetacDev() throws Exception {
        String shared = System.getProperty("marsad.shared");
        assumeThat(shared).isNotNull();
        Path dir = Path.of(shared, "data", "gazetteers", "anetac", "EN-AR Translit");
        assumeThat(Files.isRegularFile(dir.resolve("dev.ar"))).isTrue();
        List<NamePair> dev = NamePair.read(dir, "dev");
        TransliterationScores model = TransliterationScores.score(dev, GraphoneModel.standard()::toLatin);
        TransliterationScores rules = TransliterationScores.score(dev, Transliterator.rulesOnly()::toLatin);
        assertThat(model.accuracy()).isGreaterThan(0.30).isGreaterThan(rules.accuracy() + 0.05);
        assertThat(model.characterErrorRate()).isLessThan(rules.characterErrorRate());
    }
}
