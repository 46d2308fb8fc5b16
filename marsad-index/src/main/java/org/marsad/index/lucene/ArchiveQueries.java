package org.marsad.index.lucene;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.marsad.index.Filters;
import org.marsad.index.QuoteQuery;

/**
 * The archive's search queries as Lucene {@link Query} objects over the {@link ArchiveSchema} fields. The Lucene
 * store runs them as they are; the OpenSearch store translates the same objects to OpenSearch JSON, so both
 * back ends answer a search with the same query.
 */
public final class ArchiveQueries {
    private static final Map<String, Float> ARTICLE_FIELDS = Map.of(ArchiveSchema.TITLE, 2f, ArchiveSchema.TEXT, 1f,
            ArchiveSchema.NAMES, 1.5f);
    private static final int TEXT_FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    private final Analyzer analyzer;

    /** @param analyzer the analyzer the archive was indexed with (parses the user's words and speaker names) */
    public ArchiveQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The user's words over the given fields and boosts; null when blank. */
    public Query text(String text, Map<String, Float> weights) {
        if (text == null || text.isBlank()) {
            return null;
        }
        SimpleQueryParser p = new SimpleQueryParser(analyzer, weights, TEXT_FLAGS);
        p.setDefaultOperator(Occur.MUST);
        return p.parse(text);
    }

    /** The user's words over title, text and entity names; null when blank. */
    public Query articleText(String text) {
        return text(text, ARTICLE_FIELDS);
    }

    /** Documents of one kind ({@link ArchiveSchema#ARTICLE}, {@link ArchiveSchema#QUOTE}, ...). */
    public static Query kind(String kind) {
        return new TermQuery(new Term(ArchiveSchema.KIND, kind));
    }

    /** A speaker by key, by normalized name, or by the name as a phrase. */
    public Query speaker(String speaker) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(ArchiveSchema.SPEAKER, speaker)), Occur.SHOULD);
        b.add(new TermQuery(new Term(ArchiveSchema.SPEAKER, ArchiveSchema.nameTerm(speaker))), Occur.SHOULD);
        Query phrase = new QueryBuilder(analyzer).createPhraseQuery(ArchiveSchema.SPEAKER_TEXT, speaker);
        if (phrase != null) {
            b.add(phrase, Occur.SHOULD);
        }
        return b.build();
    }

    public static Query anyOf(String field, List<String> values) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String v : values) {
            b.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        }
        return b.build();
    }

    /** Days from {@code from} to {@code to}, both inclusive; a null end is open. */
    public static Query dayRange(LocalDate from, LocalDate to) {
        return LongPoint.newRangeQuery(ArchiveSchema.DAY, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                to == null ? Long.MAX_VALUE : to.toEpochDay());
    }

    /** Articles matching the user's words (all articles when blank) and every filter. */
    public Query articles(String text, Filters f) {
        Query t = articleText(text);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(t == null ? new MatchAllDocsQuery() : t, t == null ? Occur.FILTER : Occur.MUST);
        b.add(kind(ArchiveSchema.ARTICLE), Occur.FILTER);
        for (String e : f.entities()) {
            b.add(new TermQuery(new Term(ArchiveSchema.ENTITY_KEY, e)), Occur.FILTER);
        }
        if (!f.speakers().isEmpty()) {
            BooleanQuery.Builder sp = new BooleanQuery.Builder();
            for (String s : f.speakers()) {
                sp.add(speaker(s), Occur.SHOULD);
            }
            b.add(sp.build(), Occur.FILTER);
        }
        if (!f.sources().isEmpty()) {
            b.add(anyOf(ArchiveSchema.SOURCE, f.sources()), Occur.FILTER);
        }
        if (!f.categories().isEmpty()) {
            b.add(anyOf(ArchiveSchema.CATEGORY, f.categories()), Occur.FILTER);
        }
        if (f.from() != null || f.to() != null) {
            b.add(dayRange(f.from(), f.to()), Occur.FILTER);
        }
        return b.build();
    }

    /** Quotes matching every criterion of {@code q} (paging is the store's business). */
    public Query quotes(QuoteQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(kind(ArchiveSchema.QUOTE), Occur.FILTER);
        if (q.speaker() != null && !q.speaker().isBlank()) {
            b.add(speaker(q.speaker()), Occur.FILTER);
        }
        if (q.about() != null && !q.about().isBlank()) {
            b.add(new TermQuery(new Term(ArchiveSchema.Q_ABOUT, q.about())), Occur.FILTER);
        }
        Query t = text(q.text(), Map.of(ArchiveSchema.Q_TEXT, 1f));
        if (t != null) {
            b.add(t, Occur.MUST);
        }
        if (q.source() != null && !q.source().isBlank()) {
            b.add(new TermQuery(new Term(ArchiveSchema.SOURCE, q.source())), Occur.FILTER);
        }
        if (q.stance() != null) {
            b.add(new TermQuery(new Term(ArchiveSchema.Q_STANCE, q.stance().jsonName())), Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            b.add(dayRange(q.from(), q.to()), Occur.FILTER);
        }
        return b.build();
    }
}
