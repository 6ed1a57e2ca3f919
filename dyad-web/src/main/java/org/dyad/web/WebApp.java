package org.dyad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.dyad.article.Article;
import org.dyad.diagnostics.Problem;
import org.dyad.output.EventJson;
import org.dyad.store.ActorBook;
import org.dyad.store.IngestTotals;
import org.dyad.store.Incoming;
import org.dyad.store.Ingestor;
import org.dyad.store.query.EventFilter;
import org.dyad.store.query.EventQuery;
import org.dyad.store.query.SeriesQuery;

/**
 * {@code dyad serve}: the HTTP API and the web page over one event database. Routes are lambdas
 * over the store and the coder; every failure leaves through {@link #fail}, the one place that
 * turns an {@link ApiError} into a JSON response with its status.
 */
public final class WebApp implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> PAGING = Set.of("sort", "order", "limit", "offset");

  private final StoreAccess store;
  private final Ingestor.ArticleCoder coder;
  private final WebSettings settings;
  private final ArticleBodies bodies;
  private final WriteGuard guard;
  private final CountryCentres centres = CountryCentres.load();
  private final ActorTerms actorTerms = ActorTerms.load();
  private final Javalin app;

  /**
   * @param store the open database
   * @param coder codes articles for {@code /api/code} and {@code /api/articles}; thread-safe
   */
  public WebApp(StoreAccess store, Ingestor.ArticleCoder coder, WebSettings settings) {
    this.store = Objects.requireNonNull(store, "store");
    this.coder = Objects.requireNonNull(coder, "coder");
    this.settings = settings;
    this.bodies = new ArticleBodies(settings.maxBodyBytes());
    this.guard = new WriteGuard(settings.token());
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = settings.maxBodyBytes();
      config.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/org/dyad/web/static";
        s.location = Location.CLASSPATH;
      });
    });
    routes();
  }

  private void routes() {
    app.before("/api/*", ctx -> {
      String length = ctx.header("Content-Length");
      if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > settings.maxBodyBytes()) {
        throw new ApiException(new ApiError.TooLarge(settings.maxBodyBytes()));
      }
    });
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    app.get("/api/events", ctx -> {
      QueryParams q = new QueryParams(ctx.queryParamMap(), PAGING);
      EventFilter filter = q.filter();
      EventQuery.Sort sort = q.choice("sort", EventQuery.Sort.class, EventQuery.Sort.DATE);
      boolean descending = !"asc".equalsIgnoreCase(q.text("order"));
      if (q.text("order") != null && !Set.of("asc", "desc").contains(q.text("order").toLowerCase(java.util.Locale.ROOT))) {
        throw ApiException.badParameter("order", "order must be asc or desc, not '" + q.text("order") + "'");
      }
      int limit = (int) q.integer("limit", 50, 1, 1000);
      long offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
      json(ctx, store.read(db -> EventReads.page(db, filter, sort, descending, limit, offset)));
    });
    app.get("/api/events/{id}", ctx -> {
      new QueryParams(ctx.queryParamMap(), Set.of());
      long id;
      try {
        id = Long.parseLong(ctx.pathParam("id"));
      } catch (NumberFormatException e) {
        throw ApiException.badParameter("id", "id must be an event number, not '" + ctx.pathParam("id") + "'");
      }
      json(ctx, store.read(db -> EventReads.event(db, id))
          .orElseThrow(() -> new ApiException(new ApiError.NotFound("no event " + id))));
    });
    app.get("/api/series", ctx -> {
      QueryParams q = new QueryParams(ctx.queryParamMap(), Set.of("period"));
      EventFilter filter = q.filter();
      SeriesQuery.Period period = q.choice("period", SeriesQuery.Period.class, SeriesQuery.Period.DAY);
      ObjectNode out = JSON.createObjectNode();
      out.put("period", period.name().toLowerCase(java.util.Locale.ROOT));
      out.set("series", store.read(db -> JsonRows.of(SeriesQuery.run(db, filter, period))));
      json(ctx, out);
    });
    app.get("/api/actors", ctx -> {
      QueryParams q = new QueryParams(ctx.queryParamMap(), Set.of("q", "limit"));
      EventFilter filter = q.filter();
      String text = q.text("q");
      ActorMatch match = text == null ? ActorMatch.ALL : ActorMatch.of(text, actorTerms);
      int limit = (int) q.integer("limit", 50, 1, 1000);
      json(ctx, wrap("actors", store.read(db -> EventReads.actors(db, filter, match, limit))));
    });
    app.get("/api/network", ctx -> {
      QueryParams q = new QueryParams(ctx.queryParamMap(), Set.of("limit"));
      EventFilter filter = q.filter();
      int limit = (int) q.integer("limit", 200, 1, 5000);
      json(ctx, wrap("edges", store.read(db -> EventReads.network(db, filter, limit))));
    });
    app.get("/api/places", ctx -> {
      QueryParams q = new QueryParams(ctx.queryParamMap(), Set.of("limit"));
      EventFilter filter = q.filter();
      int limit = (int) q.integer("limit", 1000, 1, 10000);
      json(ctx, wrap("places", store.read(db -> EventReads.places(db, filter, limit, centres))));
    });
    app.post("/api/code", ctx -> {
      List<Article> articles = articles(ctx);
      var people = store.with(db -> new ActorBook(db).directory());
      ArrayNode events = JSON.createArrayNode();
      ArrayNode texts = JSON.createArrayNode();
      for (Article a : articles) {
        coder.code(a, people).events().forEach(e -> events.add(EventJson.toJson(e)));
        texts.addObject().put("id", a.id()).put("text", a.text());
      }
      ObjectNode out = JSON.createObjectNode();
      out.set("events", events);
      out.set("articles", texts);
      json(ctx, out);
    });
    app.post("/api/articles", ctx -> {
      guard.check(ctx.header("Authorization"));
      List<Article> articles = articles(ctx);
      json(ctx, store.with(db -> {
        if (db.readOnly()) {
          throw new ApiException(new ApiError.ReadOnly(db.file().getFileName()
              + " is a Spark output folder, served read-only: ingest into a database file instead"));
        }
        List<Problem> problems = new ArrayList<>();
        ArrayNode done = JSON.createArrayNode();
        IngestTotals totals;
        try (Ingestor ingestor = new Ingestor(db, coder, new Ingestor.Settings(50, 1), problems::add)) {
          totals = ingestor.ingest(articles.stream().map(a -> new Incoming(a, "http")),
              (in, o) -> done.addObject().put("id", in.article().id())
                  .put("outcome", o.kind().name().toLowerCase(java.util.Locale.ROOT))
                  .put("article_id", o.articleId()).put("events", o.events()).put("new_events", o.newEvents())
                  .put("mentions", o.mentions()));
        }
        ObjectNode out = JSON.valueToTree(totals);
        out.set("articles", done);
        ArrayNode p = out.putArray("problems");
        problems.forEach(pr -> p.add(pr.describe()));
        return out;
      }));
    });
    app.exception(Exception.class, (e, ctx) -> fail(ctx, e));
    app.error(404, ctx -> {
      String type = ctx.res().getContentType();
      if (ctx.path().startsWith("/api") && (type == null || !type.startsWith("application/json"))) {
        send(ctx, new ApiError.NotFound("no such endpoint: " + ctx.method() + " " + ctx.path()));
      }
    });
  }

  private List<Article> articles(Context ctx) {
    QueryParams q = new QueryParams(ctx.queryParamMap(), Set.of("id", "date"));
    return bodies.read(body(ctx), ctx.contentType(), q.text("id"), q.date("date"));
  }

  /** The body, read up to the limit: a chunked body declares no length, so the limit is checked while reading. */
  private String body(Context ctx) {
    long max = settings.maxBodyBytes();
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw new ApiException(new ApiError.TooLarge(max));
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ApiException(new ApiError.BadBody("the body could not be read: " + e.getMessage()));
    }
  }

  /** The one mapping from a failure to a response. */
  private void fail(Context ctx, Exception e) {
    ApiError error = switch (e) {
      case ApiException a -> a.error();
      case HttpResponseException h when h.getStatus() == 413 -> new ApiError.TooLarge(settings.maxBodyBytes());
      case HttpResponseException h when h.getStatus() == 404 -> new ApiError.NotFound("not found");
      case HttpResponseException h when h.getStatus() < 500 -> new ApiError.BadBody(h.getMessage());
      default -> {
        System.err.println("dyad serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
        e.printStackTrace(System.err);
        yield new ApiError.Internal();
      }
    };
    send(ctx, error);
  }

  private static void send(Context ctx, ApiError error) {
    ObjectNode body = JSON.createObjectNode();
    body.put("status", error.status());
    body.put("error", error.getClass().getSimpleName());
    body.put("message", error.message());
    if (error.parameter() != null) {
      body.put("parameter", error.parameter());
    }
    ctx.status(error.status()).contentType("application/json").result(body.toString());
  }

  private static ObjectNode wrap(String name, ArrayNode rows) {
    ObjectNode out = JSON.createObjectNode();
    out.set(name, rows);
    return out;
  }

  private static void json(Context ctx, Object value) throws JsonProcessingException {
    ctx.contentType("application/json").result(JSON.writeValueAsString(value));
  }

  private static String openApi() {
    try (InputStream in = WebApp.class.getResourceAsStream("openapi.json")) {
      return new String(Objects.requireNonNull(in, "openapi.json").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts listening; returns this. */
  public WebApp start() {
    app.start(settings.host(), settings.port());
    return this;
  }

  /** The port listened on (the free one chosen when the settings said 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
