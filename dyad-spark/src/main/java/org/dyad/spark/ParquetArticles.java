package org.dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dyad.article.Article;
import org.dyad.diagnostics.Problem;
import org.dyad.ingest.JsonArticleParser;
import org.dyad.ingest.SourceLine;
import org.dyad.spark.InputItem.ArticleData;
import org.dyad.spark.InputItem.ArticleItem;
import org.dyad.spark.InputItem.ProblemData;
import org.dyad.spark.InputItem.ProblemItem;

/**
 * Reads {@link InputFile.Kind#PARQUET} inputs: rows with the columns of Dyad's JSON article
 * ({@code id, date, title, url, source, text}; all but {@code text} optional, {@code date} a
 * string, DATE or TIMESTAMP). Each row is turned back into its JSON object and given to {@code dyad
 * code}'s own {@link JsonArticleParser}, so a Parquet article is checked and dated exactly as the
 * same JSON line would be. Problems name the file and row ({@code row 12}, from 1).
 */
final class ParquetArticles {
  static final List<String> COLUMNS = List.of("id", "date", "title", "url", "source", "text");

  private ParquetArticles() {}

  static JavaRDD<InputItem> read(SparkSession spark, List<InputFile> files, ReadOptions options) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (files.isEmpty()) {
      return jsc.emptyRDD();
    }
    Dataset<Row> rows = spark.read().parquet(files.stream().map(InputFile::uri).toArray(String[]::new));
    List<String> present = Arrays.stream(rows.columns()).filter(COLUMNS::contains).toList();
    if (!present.contains("text")) {
      List<InputItem> refused = new ArrayList<>();
      for (InputFile f : files) {
        refused.add(new ProblemItem(Ids.article(f.index(), 0), List.of(new ProblemData("error", f.display(), "",
            "Parquet input has no \"text\" column (columns: " + String.join(", ", rows.columns()) + ")"))));
      }
      return jsc.parallelize(refused, 1);
    }
    Column record = to_json(struct(present.stream().map(c -> col(c)).toArray(Column[]::new)));
    HashMap<String, InputFile> byUri = new HashMap<>();
    files.forEach(f -> byUri.put(normalise(f.uri()), f));
    return rows.select(record.as("json"), col("_metadata.file_path").as("path"), col("_metadata.row_index").as("row"))
        .javaRDD()
        .mapPartitions(it -> parse(it, byUri, options));
  }

  private static Iterator<InputItem> parse(Iterator<Row> rows, HashMap<String, InputFile> byUri, ReadOptions options) {
    JsonArticleParser parser = new JsonArticleParser(options.settings());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public InputItem next() {
        Row r = rows.next();
        InputFile file = byUri.get(normalise(r.getString(1)));
        if (file == null) {
          throw new IllegalStateException("Parquet row from a file not listed: " + r.getString(1));
        }
        long row = r.getLong(2);
        return item(parser, file, row, r.getString(0), options.maxArticleChars());
      }
    };
  }

  static InputItem item(JsonArticleParser parser, InputFile file, long row, String json, int maxChars) {
    long key = Ids.article(file.index(), row);
    String location = "row " + (row + 1);
    if (json.length() > maxChars) {
      return new ProblemItem(key, List.of(new ProblemData("error", file.display(), location,
          "record of " + json.length() + " characters is over the limit of " + maxChars + "; skipped")));
    }
    List<ProblemData> problems = new ArrayList<>();
    String name = new Path(file.uri()).getName();
    SourceLine where = new SourceLine(file.display(), name, (int) Math.min(Integer.MAX_VALUE, row + 1));
    Optional<Article> article = parser.parse(json, where,
        (Problem p) -> problems.add(new ProblemData(p.severity().label(), p.input(), location, p.message())));
    return article.<InputItem>map(a -> new ArticleItem(key, ArticleData.of(a, file.display()), problems))
        .orElseGet(() -> new ProblemItem(key, problems));
  }

  /** One spelling of a file's URI, whether it came from a listing or from Spark's row metadata. */
  static String normalise(String uri) {
    URI u;
    try {
      u = new URI(uri);
    } catch (java.net.URISyntaxException unescaped) {
      u = new Path(uri).toUri();
    }
    return (u.getAuthority() == null ? "" : "//" + u.getAuthority()) + u.getPath();
  }
}
