package org.marsad.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.transform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The Parquet tables of a corpus, each a projection of the analysed articles ({@link AnalysisSchema#ANALYSIS}):
 * one row per article, entity, mention, quote, date and quantity, with the contract's column names and
 * code point offsets; the corpus-wide entity table; and the input that could not be analysed.
 */
public record CorpusTables(Dataset<Row> articles, Dataset<Row> entities, Dataset<Row> mentions, Dataset<Row> quotes,
                           Dataset<Row> dates, Dataset<Row> quantities, Dataset<Row> corpusEntities,
                           Dataset<Row> problems) {
    /** How many titles of an entity the corpus table keeps, most frequent first. */
    static final int TOP_TITLES = 10;

    public static CorpusTables of(Dataset<Row> analyses) {
        Dataset<Row> ok = analyses.where(col("problem").isNull());
        Dataset<Row> articles = ok.select(col("id"), col("title"), col("text"), col("published"), col("source"),
                col("url"), col("language"), col("metadata"), col("sentences"),
                size(col("entities")).as("entity_count"), size(col("quotes")).as("quote_count"),
                size(col("dates")).as("date_count"), size(col("quantities")).as("quantity_count"), col("input"));

        Dataset<Row> entityRows = ok.select(col("id").as("article_id"), col("published"), explode(col("entities")).as("e"));
        Dataset<Row> entities = entityRows.select(col("article_id"), col("published"), col("e.id").as("id"),
                col("e.key").as("key"), col("e.corpus_key").as("corpus_key"), col("e.type").as("type"),
                col("e.name").as("name"), col("e.latin").as("latin"), col("e.titles").as("titles"),
                col("e.gender").as("gender"), size(col("e.mentions")).as("mention_count"));
        Dataset<Row> mentions = entityRows
                .select(col("article_id"), col("e.id").as("entity"), col("e.key").as("entity_key"),
                        col("e.corpus_key").as("corpus_key"), col("e.type").as("type"), explode(col("e.mentions")).as("m"))
                .select(col("article_id"), col("entity"), col("entity_key"), col("corpus_key"), col("type"),
                        col("m.field").as("field"),
                        col("m.start").as("start"), col("m.end").as("end"), col("m.text").as("text"));
        Dataset<Row> quotes = ok.select(col("id").as("article_id"), col("published"), posexplode(col("quotes")))
                .select(col("article_id"), col("published"), col("pos").as("quote"), col("col.*"));
        Dataset<Row> dates = ok.select(col("id").as("article_id"), col("published"), explode(col("dates")).as("d"))
                .select(col("article_id"), col("published"), col("d.*"));
        Dataset<Row> quantities = ok.select(col("id").as("article_id"), explode(col("quantities")).as("q"))
                .select(col("article_id"), col("q.*"));
        Dataset<Row> problems = analyses.where(col("problem").isNotNull())
                .select(col("input"), col("id"), col("problem").as("message"));
        Dataset<Row> linked = entityRows.select(col("article_id"), col("published"), col("e.key").as("key"),
                col("e.corpus_key").as("corpus_key"),
                col("e.type").as("type"), col("e.name").as("name"), col("e.latin").as("latin"), col("e.titles").as("titles"),
                col("e.mentions.text").as("surfaces"));
        return new CorpusTables(articles, entities, mentions, quotes, dates, quantities, corpusEntities(linked), problems);
    }

    /**
     * Merges the entities of all articles by their {@code corpus_key} (the linker's key, else type and
     * normalized name; see {@link org.marsad.model.Entity#corpusKey()}): how many articles and mentions, when first and last seen, the names the
     * texts write with their counts, the display name most articles give in full, and its most frequent
     * titles, type and Latin name.
     *
     * @param entities one row per entity of an article: article_id, published, key, corpus_key, type, name, latin,
     *                 titles, and the texts of its mentions as {@code surfaces}
     */
    static Dataset<Row> corpusEntities(Dataset<Row> entities) {
        Dataset<Row> e = entities.withColumnRenamed("corpus_key", "ekey");
        Dataset<Row> totals = e.groupBy("ekey").agg(
                max(col("key").isNotNull()).as("linked"),
                countDistinct("article_id").as("articles"),
                sum(size(col("surfaces"))).as("mentions"),
                min("published").as("first_published"),
                max("published").as("last_published"));
        Dataset<Row> names = e.select(col("ekey"), col("article_id"), explode(col("surfaces")).as("surface"))
                .groupBy("ekey", "surface")
                .agg(count(lit(1)).as("mentions"), countDistinct("article_id").as("articles"))
                .groupBy("ekey")
                .agg(sort_array(collect_list(struct(col("mentions"), col("articles"), col("surface"))), false).as("v"))
                .select(col("ekey"), transform(col("v"), x -> struct(x.getField("surface").as("name"),
                        x.getField("mentions").as("mentions"), x.getField("articles").as("articles"))).as("names"));
        Dataset<Row> display = mostFrequent(e, "name");
        Dataset<Row> types = mostFrequent(e, "type");
        Dataset<Row> latin = mostFrequent(e.where(col("latin").isNotNull()), "latin");
        Dataset<Row> titles = e.select(col("ekey"), explode(col("titles")).as("title"))
                .groupBy("ekey", "title").agg(count(lit(1)).as("n"))
                .groupBy("ekey").agg(sort_array(collect_list(struct(col("n"), col("title"))), false).as("v"))
                .select(col("ekey"), transform(slice(col("v"), 1, TOP_TITLES), x -> x.getField("title")).as("titles"));
        String[] on = {"ekey"};
        return totals.join(types, "ekey").join(display, "ekey").join(names, on, "left").join(latin, on, "left")
                .join(titles, on, "left")
                .select(col("ekey").as("key"), col("linked"), col("type"), col("name"), col("latin"),
                        col("names"),
                        coalesce(col("titles"), lit(new String[0])).as("titles"), col("articles"), col("mentions"),
                        col("first_published"), col("last_published"));
    }

    /** Per entity key, the value of {@code column} seen in the most articles (ties: the greater value). */
    private static Dataset<Row> mostFrequent(Dataset<Row> e, String column) {
        return e.groupBy("ekey", column).agg(count(lit(1)).as("n"))
                .groupBy("ekey").agg(sort_array(collect_list(struct(col("n"), col(column))), false).as("v"))
                .select(col("ekey"), element_at(col("v"), 1).getField(column).as(column));
    }

    /** The tables by the directory name each is written to. */
    public Map<String, Dataset<Row>> byName() {
        Map<String, Dataset<Row>> m = new LinkedHashMap<>();
        m.put("articles", articles);
        m.put("entities", entities);
        m.put("mentions", mentions);
        m.put("quotes", quotes);
        m.put("dates", dates);
        m.put("quantities", quantities);
        m.put("corpus_entities", corpusEntities);
        m.put("problems", problems);
        return m;
    }
}
