package org.marsad.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marsad.io.ArticleReader;
import org.marsad.model.Article;

/** One hand-annotated article in the gold format ({@code shared/spec/gold-format.md}). */
public record GoldArticle(String id, String source, String published, String title, String text,
                          List<Quote> quotes, List<Date> dates, List<Entity> entities) {
    public GoldArticle {
        quotes = List.copyOf(quotes);
        dates = List.copyOf(dates);
        entities = List.copyOf(entities);
    }

    /** An attributed statement; {@code aliases} are every string naming its source. */
    public record Quote(String speaker, String speakerKind, List<String> aliases, String cue, boolean direct,
                        String via, String medium, boolean inTitle, String content) {
        /** The names a predicted speaker may match: the aliases, or the speaker when there are none. */
        public List<String> names() {
            return aliases.isEmpty() ? java.util.Collections.singletonList(speaker) : aliases;
        }
    }

    public record Date(String text, String value) {
    }

    public record Entity(String type, String name, List<String> mentions) {
    }

    /** The article itself, as input for the pipeline. */
    public Article article() {
        LocalDate date = published == null ? null : ArticleReader.parseDate(published);
        return new Article(id, title, text, date, source, null, Map.of());
    }
}
