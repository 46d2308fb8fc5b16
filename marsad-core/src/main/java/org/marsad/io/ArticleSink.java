package org.marsad.io;

import org.marsad.model.Article;

/** Receives what a reader finds, in input order. */
public interface ArticleSink {
    void article(Article article);

    void problem(InputProblem problem);
}
