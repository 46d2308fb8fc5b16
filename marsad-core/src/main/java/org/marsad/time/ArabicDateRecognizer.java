package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.DateExpression;
import org.marsad.model.Field;
import org.marsad.model.Sentence;
import org.marsad.model.TextSpan;
import org.marsad.pipeline.DateRecognizer;
import org.marsad.text.AnalyzedText;
import org.marsad.text.TokenSequence;

/**
 * Finds the dates of an Arabic article and resolves them to the calendar ({@code docs/dates.md}):
 * one left-to-right pass over each sentence's tokens, the grammar tried at each token (its forms in
 * an order where the longer wins), and the scan going on after what it matched. A glance beforehand at
 * the tokens {@code اليوم} sets the reference day. Thread-safe: all scan state lives in the call.
 */
public final class ArabicDateRecognizer implements DateRecognizer {

    @Override
    public List<DateExpression> recognize(AnalyzedText text) {
        List<DateExpression> out = new ArrayList<>();
        DateGrammar grammar = new DateGrammar();
        DateMention m = new DateMention();
        DateMention ahead = new DateMention();
        DateResolver resolver = new DateResolver(referenceDay(text, grammar, m));
        List<Sentence> sentences = text.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Field field = sentences.get(s).field();
            TokenSequence ts = text.tokens(field);
            int first = text.sentenceFirstToken(s);
            int end = text.sentenceEndToken(s);
            int i = first;
            while (i < end) {
                if (!grammar.match(ts, i, first, end, m)) {
                    i++;
                    continue;
                }
                int next = m.end;
                if (yearless(m) && DateGrammar.fronted(ts, m.start, first)) {
                    yearLaterInSentence(grammar, ts, m, first, end, ahead);
                }
                if (resolver.resolve(m)) {
                    int startChar = m.startChar >= 0 ? m.startChar : ts.start(m.start);
                    int endChar = ts.end(m.end - 1);
                    out.add(new DateExpression(TextSpan.of(text.article(), field, startChar, endChar),
                            resolver.value, resolver.endValue));
                }
                i = Math.max(next, i + 1);
            }
        }
        return out;
    }

    /**
     * The day the article calls "today": its publication day, unless it names today by a weekday that
     * falls a day or two earlier or later ({@code اليوم السبت} in an article published on Sunday, written
     * the evening before); then every relative expression counts from that day.
     */
    private static LocalDate referenceDay(AnalyzedText text, DateGrammar grammar, DateMention m) {
        LocalDate published = text.article().published();
        if (published == null) {
            return null;
        }
        List<Sentence> sentences = text.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            TokenSequence ts = text.tokens(sentences.get(s).field());
            int first = text.sentenceFirstToken(s);
            int end = text.sentenceEndToken(s);
            for (int i = first; i < end; i++) {
                if (!ts.norm(i).endsWith("اليوم") || !grammar.match(ts, i, first, end, m)) {
                    continue;
                }
                if (m.type == DateMention.Type.RELATIVE_DAY && m.offset == 0 && m.weekday > 0) {
                    int diff = m.weekday - published.getDayOfWeek().getValue();
                    diff = Math.floorMod(diff + 3, 7) - 3; // -3..3
                    return Math.abs(diff) <= 2 ? published.plusDays(diff) : published;
                }
            }
        }
        return published;
    }

    private static boolean yearless(DateMention m) {
        return m.type == DateMention.Type.CALENDAR && m.year == 0 && !m.relativeYear && m.month > 0 && !m.hijri
                && m.direction == DateMention.NEAREST;
    }

    /**
     * {@code في 2 سبتمبر/أيلول، وقعت اليابان … عام 1945}: a fronted day or month without a year takes the
     * year that closes its own clause, when the next date of the sentence, within 20 tokens, is
     * {@code عام YYYY} and no reported clause ({@code أن}) or quotation starts between them.
     */
    private static void yearLaterInSentence(DateGrammar grammar, TokenSequence ts, DateMention m, int first,
                                            int end, DateMention ahead) {
        for (int k = m.end; k < Math.min(end, m.end + 20); k++) {
            String n = ts.norm(k);
            if (n.equals("ان") || n.equals("بان") || n.equals("وان") || n.equals("ان") || ts.firstChar(k) == '"'
                    || ts.firstChar(k) == '«' || ts.firstChar(k) == ':') {
                return;
            }
            if (grammar.match(ts, k, first, end, ahead)) {
                if (ahead.type == DateMention.Type.CALENDAR && ahead.month == 0 && ahead.year > 0 && !ahead.hijri
                        && k > 0 && (ts.norm(k).equals("عام") || ts.norm(k).equals("العام"))) {
                    m.year = ahead.year;
                }
                return;
            }
        }
    }
}
