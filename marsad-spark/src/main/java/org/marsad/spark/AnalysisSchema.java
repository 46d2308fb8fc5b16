package org.marsad.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of one analysed article: the analysis contract ({@code analysis-json.md}) as nested
 * columns, with the same names, offsets in code points, plus where the article came from and, for input
 * that could not be analysed, the problem. Every Parquet table is a projection of it.
 */
public final class AnalysisSchema {
    /** A stretch of text: {@code {field, start, end, text}} as in the contract. */
    public static final StructType SPAN = createStructType(List.of(
            field("field", StringType), field("start", IntegerType), field("end", IntegerType), field("text", StringType)));

    public static final StructType SENTENCE = createStructType(List.of(
            field("field", StringType), field("start", IntegerType), field("end", IntegerType)));

    public static final StructType ENTITY = createStructType(List.of(
            field("id", StringType),
            field("key", StringType),
            // the key corpus tables and the archive merge by: the linker's key, else type and normalized name
            field("corpus_key", StringType),
            field("type", StringType),
            field("name", StringType),
            field("latin", StringType),
            field("titles", createArrayType(StringType, false)),
            field("gender", StringType),
            field("mentions", createArrayType(SPAN, false))));

    public static final StructType SPEAKER = createStructType(List.of(
            field("entity", StringType), field("name", StringType), field("kind", StringType)));

    public static final StructType QUOTE = createStructType(List.of(
            field("speaker", SPEAKER),
            // the corpus key of the speaking entity, so quotes join to corpus_entities without a lookup
            field("speaker_key", StringType),
            field("cue", SPAN),
            field("direct", BooleanType),
            field("via", StringType),
            field("medium", StringType),
            field("in_title", BooleanType),
            field("stance", StringType),
            field("content", SPAN),
            field("evidence", StringType)));

    public static final StructType DATE = createStructType(List.of(
            field("field", StringType), field("start", IntegerType), field("end", IntegerType), field("text", StringType),
            field("value", StringType), field("end_value", StringType)));

    public static final StructType QUANTITY = createStructType(List.of(
            field("field", StringType), field("start", IntegerType), field("end", IntegerType), field("text", StringType),
            field("value", DoubleType), field("unit", StringType)));

    /** One row per input article (or per piece of input that could not be read as one). */
    public static final StructType ANALYSIS = createStructType(List.of(
            field("id", StringType),
            field("title", StringType),
            field("text", StringType),
            field("published", DateType),
            field("source", StringType),
            field("url", StringType),
            field("language", StringType),
            // fields of the input Marsad does not interpret, as one JSON object
            field("metadata", StringType),
            field("sentences", createArrayType(SENTENCE, false)),
            field("entities", createArrayType(ENTITY, false)),
            field("quotes", createArrayType(QUOTE, false)),
            field("dates", createArrayType(DATE, false)),
            field("quantities", createArrayType(QUANTITY, false)),
            field("input", StringType),
            field("problem", StringType)));

    /** What the analysis step reads: one JSON article per row, and the file it came from. */
    public static final StructType INPUT_LINE = createStructType(List.of(
            field("value", StringType), field("input", StringType)));

    private AnalysisSchema() {
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return createStructField(name, type, true);
    }
}
