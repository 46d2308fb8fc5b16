package org.marsad.bench;

import org.marsad.model.Article;

/** One system under measurement. Implementations must be safe to call from several threads. */
interface Contender extends AutoCloseable {
    String name();

    /** Processes title and text of one article the way the system would in production; returns its token count. */
    long process(Article article);

    @Override
    default void close() {
    }
}
