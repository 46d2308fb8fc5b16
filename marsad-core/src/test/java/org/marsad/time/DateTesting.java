package org.marsad.time;

import java.time.LocalDate;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.DateExpression;
import org.marsad.text.TextAnalyzer;

/** Runs the date recognizer on one body text. */
final class DateTesting {
    private static final TextAnalyzer TEXT = new TextAnalyzer();
    private static final ArabicDateRecognizer DATES = new ArabicDateRecognizer();

    private DateTesting() {
    }

    static List<DateExpression> dates(String text, LocalDate published) {
        return DATES.recognize(TEXT.analyze(Article.of("t", "", text, published)));
    }

    static List<DateExpression> dates(String text, String published) {
        return dates(text, published == null ? null : LocalDate.parse(published));
    }
}
