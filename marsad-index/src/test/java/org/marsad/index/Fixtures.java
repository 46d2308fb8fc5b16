package org.marsad.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.model.Analysis;
import org.marsad.model.Article;
import org.marsad.model.Entity;
import org.marsad.model.EntityType;
import org.marsad.model.Field;
import org.marsad.model.Gender;
import org.marsad.model.Quote;
import org.marsad.model.Speaker;
import org.marsad.model.SpeakerKind;
import org.marsad.model.Stance;
import org.marsad.model.TextSpan;

/** Hand-made analyses with entities and quotes, as the NER, entity and quote steps will produce them. */
public final class Fixtures {
    public static final String PESKOV = "Q-peskov";
    public static final String RUSSIA = "Q-russia";
    public static final String USA = "Q-usa";
    public static final String TUNISIA = "Q-tunisia";

    private Fixtures() {
    }

    public static Article article(String id, String date, String source, String category, String title, String text) {
        return new Article(id, title, text, date == null ? null : LocalDate.parse(date), source,
                "https://example.org/" + id, category == null ? Map.of() : Map.of("category", category));
    }

    /** Every occurrence of {@code s} in the article's text (and title) as a span. */
    public static List<TextSpan> spans(Article a, String s) {
        List<TextSpan> out = new ArrayList<>();
        for (Field f : Field.values()) {
            String t = a.field(f);
            for (int i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + 1)) {
                out.add(TextSpan.of(a, f, i, i + s.length()));
            }
        }
        return out;
    }

    public static TextSpan first(Article a, String s) {
        int i = a.text().indexOf(s);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + s);
        }
        return TextSpan.of(a, Field.TEXT, i, i + s.length());
    }

    public static Entity entity(Article a, String id, String key, EntityType type, String name, String latin,
                                List<String> titles, String... forms) {
        List<TextSpan> mentions = new ArrayList<>();
        for (String f : forms) {
            mentions.addAll(spans(a, f));
        }
        return new Entity(id, key, type, name, latin, titles, Gender.UNKNOWN, mentions);
    }

    public static Quote quote(Article a, String speakerId, String speakerName, SpeakerKind kind, String cue,
                              String content, Stance stance) {
        return new Quote(new Speaker(speakerId, speakerName, kind), cue == null ? null : first(a, cue), true, null, null,
                first(a, content), false, stance, "fixture");
    }

    public static Analysis analysis(Article a, List<Entity> entities, List<Quote> quotes) {
        return new Analysis(a, List.of(), null, entities, quotes, List.of(), List.of());
    }

    public static Analysis peskovOnElections() {
        Article a = article("a1", "2018-02-10", "skynews", "internationalNews", "بيسكوف: روسيا لن تتدخل في أمريكا",
                "قال المتحدث باسم الكرملين دميتري بيسكوف إن روسيا لن تتدخل في الانتخابات الأمريكية. "
                        + "وأضاف بيسكوف: «موسكو تحترم سيادة الولايات المتحدة الأمريكية». "
                        + "وكانت الولايات المتحدة قد اتهمت روسيا بالتدخل.");
        return analysis(a, List.of(
                entity(a, "e1", PESKOV, EntityType.PERS, "دميتري بيسكوف", "Dmitry Peskov",
                        List.of("المتحدث باسم الكرملين"), "بيسكوف"),
                entity(a, "e2", RUSSIA, EntityType.LOC, "روسيا", "Russia", List.of(), "روسيا"),
                entity(a, "e3", USA, EntityType.LOC, "الولايات المتحدة", "United States", List.of(),
                        "الولايات المتحدة")),
                List.of(quote(a, "e1", "دميتري بيسكوف", SpeakerKind.PERSON, "وأضاف",
                        "موسكو تحترم سيادة الولايات المتحدة الأمريكية", Stance.ASSERT)));
    }

    public static Analysis americaAnswers() {
        Article a = article("a2", "2018-03-05", "BBC", "middleEast", "وأمريكا ترد على اتهامات روسيا",
                "ردت واشنطن على روسيا، وقال مصدر دبلوماسي إن «روسيا تخرق الاتفاق مع أمريكا». "
                        + "وأكدت وأمريكا أنها ستواصل العقوبات.");
        return analysis(a, List.of(
                entity(a, "e1", USA, EntityType.LOC, "أمريكا", "United States", List.of(), "أمريكا", "واشنطن"),
                entity(a, "e2", RUSSIA, EntityType.LOC, "روسيا", "Russia", List.of(), "روسيا")),
                List.of(quote(a, null, "مصدر دبلوماسي", SpeakerKind.ANONYMOUS, "قال",
                        "روسيا تخرق الاتفاق مع أمريكا", Stance.ALLEGE)));
    }

    public static Analysis tunisianGovernorates() {
        Article a = article("a3", "2017-05-01", "Jawhara FM", "economy", "الحكومة تعلن مشاريع في الولايات الداخلية",
                "أعلنت الحكومة التونسية عن مشاريع جديدة في ولاية القصرين. وصرح بيسكوف في زيارة إلى تونس بأن "
                        + "«أمريكا لا تفهم تونس». وتشمل المشاريع كل الولايات.");
        return analysis(a, List.of(
                entity(a, "e1", TUNISIA, EntityType.LOC, "تونس", "Tunisia", List.of(), "تونس"),
                entity(a, "e2", PESKOV, EntityType.PERS, "بيسكوف", "Dmitry Peskov", List.of("المتحدث"), "بيسكوف"),
                entity(a, "e3", USA, EntityType.LOC, "أمريكا", "United States", List.of(), "أمريكا")),
                List.of(quote(a, "e2", "بيسكوف", SpeakerKind.PERSON, "وصرح", "أمريكا لا تفهم تونس", Stance.WARN)));
    }

    public static List<Analysis> all() {
        return List.of(peskovOnElections(), americaAnswers(), tunisianGovernorates());
    }
}
