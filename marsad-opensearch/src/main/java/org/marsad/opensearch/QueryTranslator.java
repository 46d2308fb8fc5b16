package org.marsad.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Turns the Lucene queries the archive builds (with Marsad's analyzer and query parser) into the
 * OpenSearch query DSL over the fields {@link DocumentBridge} writes: a term of a text field matches
 * its first or second reading, a phrase is a span query whose every position may be either reading.
 */
final class QueryTranslator {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryTranslator() {
    }

    static ObjectNode translate(Query q) {
        if (q instanceof BoostQuery b) {
            ObjectNode bool = JSON.createObjectNode();
            ObjectNode inner = bool.putObject("bool");
            inner.putArray("must").add(translate(b.getQuery()));
            inner.put("boost", b.getBoost());
            return bool;
        }
        if (q instanceof TermQuery t) {
            return term(t.getTerm());
        }
        if (q instanceof SynonymQuery s) {
            ObjectNode bool = JSON.createObjectNode();
            ArrayNode should = bool.putObject("bool").putArray("should");
            for (Term t : s.getTerms()) {
                should.add(term(t));
            }
            return bool;
        }
        if (q instanceof BooleanQuery b) {
            ObjectNode bool = JSON.createObjectNode();
            ObjectNode inner = bool.putObject("bool");
            for (BooleanClause c : b.clauses()) {
                String occur = switch (c.getOccur()) {
                    case MUST -> "must";
                    case SHOULD -> "should";
                    case FILTER -> "filter";
                    case MUST_NOT -> "must_not";
                };
                (inner.has(occur) ? (ArrayNode) inner.get(occur) : inner.putArray(occur)).add(translate(c.getQuery()));
            }
            if (b.getMinimumNumberShouldMatch() > 0) {
                inner.put("minimum_should_match", b.getMinimumNumberShouldMatch());
            }
            return bool;
        }
        if (q instanceof PhraseQuery p) {
            Term[] terms = p.getTerms();
            if (terms.length == 1) {
                return term(terms[0]);
            }
            int[] pos = p.getPositions();
            Term[][] perPosition = new Term[terms.length][];
            for (int i = 0; i < terms.length; i++) {
                perPosition[i] = new Term[] {terms[i]};
            }
            return spanNear(terms[0].field(), perPosition, p.getSlop() + pos[pos.length - 1] - pos[0] - (terms.length - 1));
        }
        if (q instanceof MultiPhraseQuery p) {
            Term[][] arrays = p.getTermArrays();
            int[] pos = p.getPositions();
            return spanNear(arrays[0][0].field(), arrays, p.getSlop() + pos[pos.length - 1] - pos[0] - (arrays.length - 1));
        }
        if (q instanceof PrefixQuery p) {
            Term t = p.getPrefix();
            if (DocumentBridge.TEXT_FIELDS.contains(t.field())) {
                ObjectNode bool = JSON.createObjectNode();
                ArrayNode should = bool.putObject("bool").putArray("should");
                should.add(prefix(t.field(), t.text()));
                should.add(prefix(t.field() + DocumentBridge.ALT, t.text()));
                return bool;
            }
            return prefix(t.field(), t.text());
        }
        if (q instanceof MatchAllDocsQuery) {
            ObjectNode all = JSON.createObjectNode();
            all.putObject("match_all");
            return all;
        }
        if (q instanceof MatchNoDocsQuery) {
            ObjectNode none = JSON.createObjectNode();
            none.putObject("match_none");
            return none;
        }
        if (q instanceof PointRangeQuery r && r.getNumDims() == 1) {
            ObjectNode range = JSON.createObjectNode();
            range.putObject("range").putObject(r.getField())
                    .put("gte", LongPoint.decodeDimension(r.getLowerPoint(), 0))
                    .put("lte", LongPoint.decodeDimension(r.getUpperPoint(), 0));
            return range;
        }
        throw new IllegalArgumentException("no OpenSearch form for the query " + q + " (" + q.getClass().getSimpleName() + ")");
    }

    private static ObjectNode term(Term t) {
        if (DocumentBridge.TEXT_FIELDS.contains(t.field())) {
            ObjectNode bool = JSON.createObjectNode();
            ObjectNode inner = bool.putObject("bool");
            ArrayNode should = inner.putArray("should");
            should.add(plainTerm(t.field(), t.text()));
            should.add(plainTerm(t.field() + DocumentBridge.ALT, t.text()));
            return bool;
        }
        return plainTerm(t.field(), t.text());
    }

    private static ObjectNode plainTerm(String field, String value) {
        ObjectNode n = JSON.createObjectNode();
        n.putObject("term").put(field, value);
        return n;
    }

    private static ObjectNode prefix(String field, String value) {
        ObjectNode n = JSON.createObjectNode();
        n.putObject("prefix").put(field, value);
        return n;
    }

    /** Positions in order within {@code slop}; each position any of its terms, in either reading. */
    private static ObjectNode spanNear(String field, Term[][] positions, int slop) {
        ObjectNode n = JSON.createObjectNode();
        ObjectNode near = n.putObject("span_near");
        ArrayNode clauses = near.putArray("clauses");
        for (Term[] alternatives : positions) {
            ObjectNode or = JSON.createObjectNode();
            ArrayNode options = or.putObject("span_or").putArray("clauses");
            for (Term t : alternatives) {
                ObjectNode st = JSON.createObjectNode();
                st.putObject("span_term").put(field, t.text());
                options.add(st);
                ObjectNode alt = JSON.createObjectNode();
                alt.putObject("span_term").put(field + DocumentBridge.ALT, t.text());
                ObjectNode masked = JSON.createObjectNode();
                masked.putObject("field_masking_span").put("field", field).set("query", alt);
                options.add(masked);
            }
            clauses.add(or);
        }
        near.put("slop", Math.max(0, slop));
        near.put("in_order", true);
        return n;
    }
}
