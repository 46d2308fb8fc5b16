package org.marsad.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.model.EntityType;
import org.marsad.model.TextSpan;
import org.marsad.model.TokenKind;
import org.marsad.text.AnalyzedText;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.TokenSequence;

/**
 * A catalog city that the article uses for its football club: {@code لاعب برشلونة}, {@code مدرب روما},
 * {@code برشلونة الإسباني} (a city is feminine, a club masculine: the city is {@code برشلونة الإسبانية}).
 * Such an entity is the club, an organization with a key of its own; the city stays the city where the
 * article names it as one ({@code مدينة برشلونة}, {@code عمدة برشلونة}) at least as often, and off the pitch
 * (an article with fewer than three words of football reports). Thread-safe.
 */
final class SportsClubs {
    /** Words before a club's name: its players, staff, supporters and goal. */
    private static final Set<String> CLUB_CUES = ArabicNormalizer.normalizeAll("لاعب", "لاعبي", "لاعبو", "نجم", "نجوم", "نادي", "فريق",
            "مهاجم", "مهاجمي", "مدافع", "مدافعي", "حارس", "مدرب", "قائد", "صفوف", "مرمى", "شباك", "قميص", "جماهير",
            "جمهور", "مشجعي", "مشجعو", "ضيفه", "مضيفه", "غريمه", "فريقه");
    /** Words before a city named as a place. */
    private static final Set<String> PLACE_CUES = ArabicNormalizer.normalizeAll("مدينة", "العاصمة", "عاصمة", "بلدية", "عمدة", "شوارع",
            "سكان", "ضواحي", "مطار", "ميناء", "جامعة", "قلب");
    /**
     * Words of football reports: a club cue counts only in an article with at least {@link #SPORT_CONTEXT} of them,
     * since off the pitch the same words mean something else ({@code مهاجم باريس} is the Paris attacker,
     * {@code فيلق القدس الإيراني} an Iranian force). Not هدف, أهداف (targets), المهاجم, الحارس, النهائي, الجولة.
     */
    private static final Set<String> SPORT_WORDS = ArabicNormalizer.normalizeAll("مباراة", "المباراة", "مباريات", "المباريات", "الدوري",
            "دوري", "هدفا", "هدفين", "المدرب", "مدرب", "لاعب", "اللاعب", "لاعبي", "اللاعبين", "الملعب", "ملعب", "البطولة",
            "الموسم", "النادي", "المنتخب", "تعادل", "التعادل", "الكرة", "كرة", "ركلة", "ركلات", "الشوط", "شوط", "المسابقة",
            "التأهل", "مرمى");
    private static final int SPORT_CONTEXT = 3;
    /** Words after a club's name: its standing. */
    private static final Set<String> AFTER_CUES = ArabicNormalizer.normalizeAll("المتصدر", "متصدر", "وصيف");

    private final AliasCatalog catalog;

    SportsClubs(AliasCatalog catalog) {
        this.catalog = catalog;
    }


    /** Retypes the drafts of catalog cities the article uses for clubs. */
    void retype(AnalyzedText text, List<ArticleEntityLinker.Draft> drafts) {
        int report = -1;
        List<ArticleEntityLinker.Draft> absorbed = null;
        for (ArticleEntityLinker.Draft d : drafts) {
            if (d.type != EntityType.LOC || d.key == null || !d.key.startsWith("city:")) {
                continue;
            }
            int club = 0;
            int place = 0;
            for (TextSpan s : d.mentions) {
                TokenSequence ts = text.tokens(s.field());
                int first = ts.tokenAt(s.start());
                int last = ts.tokenAt(s.end() - 1);
                if (first < 0 || last < 0) {
                    continue;
                }
                if (clubBefore(ts, first) || clubAfter(ts, last)) {
                    club++;
                } else if (first > 0 && ts.kind(first - 1).isWord() && cue(ts.norm(first - 1), PLACE_CUES)) {
                    place++;
                }
            }
            if (club > 0 && club >= place && report < 0) {
                report = footballReport(text) ? 1 : 0;
            }
            if (club > 0 && club >= place && report == 1) {
                d.type = EntityType.ORG;
                d.key = "org:club-" + d.key.substring("city:".length());
                ArticleEntityLinker.Draft joined = joinClubByItsKind(d, drafts);
                if (joined != null) {
                    if (absorbed == null) {
                        absorbed = new ArrayList<>(2);
                    }
                    absorbed.add(joined);
                }
            }
        }
        if (absorbed != null) {
            drafts.removeAll(absorbed);
        }
        uefa(text, drafts, report);
    }

    private static final String CLUB = ArticleEntityLinker.CLUB;

    /**
     * The article's {@code نادي برشلونة} (an organization the catalog does not know) is the club a city's name was
     * just found to stand for: one entity, named by its fullest form. Returns the draft joined into the club, or null.
     */
    private static ArticleEntityLinker.Draft joinClubByItsKind(ArticleEntityLinker.Draft club,
            List<ArticleEntityLinker.Draft> drafts) {
        String city = NameKey.of(club.name);
        for (ArticleEntityLinker.Draft d : drafts) {
            if (d == club || d.type != EntityType.ORG || d.key == null || d.key.startsWith("org:club-")) {
                continue;
            }
            String name = NameKey.of(d.name);
            if (name.length() == CLUB.length() + 1 + city.length() && name.startsWith(CLUB) && name.endsWith(city)
                    && name.charAt(CLUB.length()) == ' ') {
                absorb(club, d);
                club.name = d.name;
                return d;
            }
        }
        return null;
    }

    /**
     * Joins {@code gone}'s mentions (in text order), members and titles into {@code keep}; the caller removes
     * {@code gone} from the drafts.
     */
    private static void absorb(ArticleEntityLinker.Draft keep, ArticleEntityLinker.Draft gone) {
        List<TextSpan> spans = new ArrayList<>(keep.mentions);
        spans.addAll(gone.mentions);
        spans.sort(ArticleEntityLinker.SPANS_IN_TEXT_ORDER);
        keep.mentions = spans;
        List<Integer> members = new ArrayList<>(keep.members);
        members.addAll(gone.members);
        keep.members = members;
        keep.titles.addAll(gone.titles);
        keep.titleSpans.addAll(gone.titleSpans);
    }

    private static final String EU = "org:eu";
    private static final String UEFA = "org:uefa";
    /** Words before الاتحاد الأوروبي that make it the union of states in any report: لاعبين من خارج الاتحاد الأوروبي. */
    private static final Set<String> STATE_CUES = ArabicNormalizer.normalizeAll("خارج", "داخل", "دول", "بلدان", "عضوية",
            "مواطني", "مواطنو", "رعايا", "حدود", "قمة", "زعماء", "قادة", "مفوضية", "برلمان", "مغادرة", "خروج", "الخروج",
            "السفر", "الانضمام", "انضمام");
    /** Prepositions between a state cue and the name: دول من الاتحاد الأوروبي, السفر إلى الاتحاد الأوروبي. */
    private static final Set<String> PREPOSITIONS = ArabicNormalizer.normalizeAll("من", "في", "إلى", "الى");

    /**
     * A football report's الاتحاد الأوروبي is UEFA ({@code الاتحاد الأوروبي يوقف غوارديولا}, {@code لوائح الاتحاد
     * الأوروبي}), not the European Union, unless one of its mentions is the union of states ({@code من خارج الاتحاد
     * الأوروبي}); it joins the article's UEFA entity when there is one ({@code الاتحاد الأوروبي لكرة القدم}).
     */
    private void uefa(AnalyzedText text, List<ArticleEntityLinker.Draft> drafts, int report) {
        ArticleEntityLinker.Draft eu = null;
        ArticleEntityLinker.Draft uefa = null;
        for (ArticleEntityLinker.Draft d : drafts) {
            if (EU.equals(d.key)) {
                eu = d;
            } else if (UEFA.equals(d.key)) {
                uefa = d;
            }
        }
        if (eu == null) {
            return;
        }
        for (TextSpan s : eu.mentions) {
            TokenSequence ts = text.tokens(s.field());
            int first = ts.tokenAt(s.start());
            if (first < 0 || ts.kind(first) != TokenKind.ARABIC || stateCue(ts, first - 1)
                    || first > 1 && ts.kind(first - 1).isWord() && PREPOSITIONS.contains(ts.norm(first - 1)) && stateCue(ts, first - 2)) {
                return;
            }
        }
        if (report == 0 || report < 0 && !footballReport(text) || uefa == null && !europeanFootball(text)) {
            return;
        }
        CatalogEntry entry = catalog.byKey(UEFA);
        if (entry == null) {
            return;
        }
        if (uefa == null) {
            eu.key = UEFA;
            eu.latin = entry.latin();
            return;
        }
        // one entity, where the earlier of the two stands, with the fuller name
        ArticleEntityLinker.Draft keep = drafts.indexOf(eu) < drafts.indexOf(uefa) ? eu : uefa;
        ArticleEntityLinker.Draft gone = keep == eu ? uefa : eu;
        absorb(keep, gone);
        keep.key = UEFA;
        keep.latin = entry.latin();
        keep.name = uefa.name;
        drafts.remove(gone);
    }

    /** Whether the article has at least {@link #SPORT_CONTEXT} words of football reports. */
    private static boolean footballReport(AnalyzedText text) {
        int n = 0;
        for (org.marsad.model.Field f : org.marsad.model.Field.values()) {
            TokenSequence ts = text.tokens(f);
            for (int k = 0; k < ts.size(); k++) {
                if (ts.kind(k) == TokenKind.ARABIC && cue(ts.norm(k), SPORT_WORDS) && ++n >= SPORT_CONTEXT) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean clubBefore(TokenSequence ts, int first) {
        return first > 0 && ts.kind(first - 1).isWord() && !ts.lineBreakBefore(first) && cue(ts.norm(first - 1), CLUB_CUES);
    }

    /** A masculine nationality adjective ({@code الإسباني}, not {@code الإسبانية}) or the club's standing. */
    private boolean clubAfter(TokenSequence ts, int last) {
        int k = last + 1;
        if (k >= ts.size() || ts.kind(k) != TokenKind.ARABIC || ts.lineBreakBefore(k)) {
            return false;
        }
        String w = ts.norm(k);
        if (AFTER_CUES.contains(w)) {
            return true;
        }
        String written = ts.text(k);
        return w.startsWith("ال") && written.endsWith("ي") && catalog.isNisba(w);
    }

    /** Words that name European football on their own: يويفا, نيون (its seat). */
    private static final Set<String> EUROPEAN_FOOTBALL = ArabicNormalizer.normalizeAll("يويفا", "اليويفا", "نيون");
    /** Pairs that do, by first word: دوري أبطال أوروبا, الدوري الأوروبي, أوروبا ليغ, أمم أوروبا, اللعب المالي (النظيف). */
    private static final java.util.Map<String, String> EUROPEAN_FOOTBALL_PAIRS = java.util.Map.of(
            ArabicNormalizer.normalize("أبطال"), ArabicNormalizer.normalize("أوروبا"),
            ArabicNormalizer.normalize("الدوري"), ArabicNormalizer.normalize("الأوروبي"),
            ArabicNormalizer.normalize("أوروبا"), ArabicNormalizer.normalize("ليغ"),
            ArabicNormalizer.normalize("يوروبا"), ArabicNormalizer.normalize("ليغ"),
            ArabicNormalizer.normalize("أمم"), ArabicNormalizer.normalize("أوروبا"),
            ArabicNormalizer.normalize("اللعب"), ArabicNormalizer.normalize("المالي"));

    /**
     * Whether the article names European football itself ({@code دوري أبطال أوروبا}, {@code يويفا}): a report of
     * the World Cup or of the season at home may still speak of the union of states.
     */
    private static boolean europeanFootball(AnalyzedText text) {
        for (org.marsad.model.Field f : org.marsad.model.Field.values()) {
            TokenSequence ts = text.tokens(f);
            for (int k = 0; k < ts.size(); k++) {
                if (ts.kind(k) != TokenKind.ARABIC) {
                    continue;
                }
                if (EUROPEAN_FOOTBALL.contains(ts.norm(k))) {
                    return true;
                }
                String second = EUROPEAN_FOOTBALL_PAIRS.get(ts.norm(k));
                if (second != null && k + 1 < ts.size() && ts.kind(k + 1) == TokenKind.ARABIC && second.equals(ts.norm(k + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean stateCue(TokenSequence ts, int k) {
        return k >= 0 && ts.kind(k).isWord() && cue(ts.norm(k), STATE_CUES);
    }

    private static boolean cue(String w, Set<String> cues) {
        if (cues.contains(w)) {
            return true;
        }
        for (Clitics.Reading r : Clitics.readings(w)) {
            if (cues.contains(r.word())) {
                return true;
            }
        }
        return false;
    }
}
