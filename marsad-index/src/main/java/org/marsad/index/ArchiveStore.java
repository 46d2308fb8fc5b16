package org.marsad.index;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.Analysis;
import org.marsad.model.Article;

/**
 * The archive, whatever holds it: the embedded Lucene index ({@code LuceneArchiveStore}) or a
 * cluster behind the same contract. Writes are idempotent by article id (putting an article again
 * replaces it with everything derived from it: quotes, entity mentions) and become visible and
 * durable at {@link #commit()}. Reads are thread-safe and may run while another process writes.
 * Failures of the storage itself surface as {@link java.io.UncheckedIOException}.
 */
public interface ArchiveStore extends AutoCloseable {

    /** Adds or replaces each analysed article, its quotes and its entity mentions, as one unit per article. */
    void put(Collection<Analysis> analyses);

    /** Removes an article and everything derived from it; false when it was not there. */
    boolean delete(String articleId);

    /** Makes every earlier put and delete durable and visible to readers; a crash never loses a committed one. */
    void commit();

    /**
     * The ids, among these articles, that are already stored with exactly this content
     * ({@link ArticleFingerprint}); an interrupted ingest uses it to skip what it committed before.
     */
    Set<String> unchanged(Collection<Article> articles);

    /** Full-text search of articles with filters, facets and highlighted snippets. */
    SearchResult search(SearchQuery query);

    /** One stored article as the analysis contract JSON (docs/json-contract.md). */
    Optional<ArchivedArticle> article(String id);

    /** Quotes by a speaker, about an entity, containing words, in a date range. */
    Page<QuoteHit> quotes(QuoteQuery query);

    /** Everything the archive knows about one entity (by key), or empty when it was never seen. */
    Optional<EntityPage> entity(String key, EntityPageOptions options);

    /** Entities whose name or Latin name starts with {@code prefix}, most mentioned first. */
    java.util.List<EntityCount> suggestEntities(String prefix, int limit);

    /** Articles per period for a query (or, with an entity filter, articles naming it). */
    java.util.List<TimelineBucket> timeline(TimelineQuery query);

    /** Size and extent of the archive as of the last commit the reader sees. */
    ArchiveStats stats();

    /**
     * Commits and gives back whatever keeps other writers out (Lucene's write lock), so a separate
     * ingest may run; the next write takes it again.
     */
    default void release() {
        commit();
    }

    /** Reopens the reader when another process committed since; cheap when nothing changed. */
    void refresh();

    @Override
    void close();
}
