package org.marsad.spark;

import java.io.Serializable;
import org.marsad.pipeline.Pipeline;

/**
 * Builds the pipeline on the executor, once per partition: a pipeline holds models and is not
 * serializable, so only this recipe travels with the task.
 */
@FunctionalInterface
public interface PipelineFactory extends Serializable {
    Pipeline create();

    /** Every shipped model and rule set, as {@code marsad analyze} uses them. */
    PipelineFactory STANDARD = Pipeline::standard;
}
