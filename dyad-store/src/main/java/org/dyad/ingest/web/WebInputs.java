package org.dyad.ingest.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dyad.article.Article;
import org.dyad.article.PublicationDate;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;
import org.dyad.ingest.ArticleInputs;
import org.dyad.ingest.ReadSettings;
import org.dyad.store.Incoming;

/**
 * What {@code dyad ingest} reads: everything {@code dyad code} reads ({@link ArticleInputs}), plus
 * {@code .html}/{@code .htm} pages ({@link HtmlArticleReader}), {@code .rss}/{@code .atom}/{@code
 * .xml} feed files ({@link FeedParser}), and {@code http(s)://} URLs of feeds or pages. A feed's
 * items are fetched one by one (their pages give the text and metadata); an item whose page
 * cannot be fetched falls back on the feed's own text for it, with a warning. Items whose URL the
 * database already has are not fetched again.
 *
 * <p>Lazy: inputs are read as the stream is consumed. Bad input is a problem, never a stop.
 */
public final class WebInputs {
  private final ReadSettings settings;
  private final Fetcher fetcher;
  private final Predicate<String> known;
  private final Duration delay;
  private final HtmlArticleReader html = new HtmlArticleReader();
  private final FeedParser feeds = new FeedParser();

  /**
   * @param known true for a URL whose article is stored (not fetched again)
   * @param delay pause before each page fetched for a feed item, to be polite to the site
   */
  public WebInputs(ReadSettings settings, Fetcher fetcher, Predicate<String> known, Duration delay) {
    this.settings = settings;
    this.fetcher = fetcher;
    this.known = known;
    this.delay = delay;
  }

  public Stream<Incoming> read(List<String> inputs, ProblemSink sink) {
    return inputs.stream().flatMap(input -> one(input, sink));
  }

  private Stream<Incoming> one(String input, ProblemSink sink) {
    String lower = input.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return url(input, sink);
    }
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return Stream.concat(new ArticleInputs(settings).read(List.of(input), quietNoFiles(sink)).map(a -> new Incoming(a, input)),
          webFiles(path, sink).stream().flatMap(f -> file(f, f.toString(), sink)));
    }
    if (Files.isRegularFile(path) && kind(lower) != null) {
      return file(path, input, sink);
    }
    return new ArticleInputs(settings).read(List.of(input), sink).map(a -> new Incoming(a, input));
  }

  /** A folder with only pages or feeds is not a problem for this reader. */
  private static ProblemSink quietNoFiles(ProblemSink sink) {
    return p -> {
      if (!p.message().startsWith("no .jsonl")) {
        sink.report(p);
      }
    };
  }

  private static String kind(String name) {
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return "html";
    }
    if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
      return "feed";
    }
    return null;
  }

  private List<Path> webFiles(Path dir, ProblemSink sink) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).filter(p -> kind(p.getFileName().toString().toLowerCase(Locale.ROOT)) != null)
          .sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.report(Problem.error(dir.toString(), "", "cannot list folder: " + e.getMessage()));
      return List.of();
    }
  }

  private Stream<Incoming> file(Path path, String input, ProblemSink sink) {
    byte[] bytes;
    try {
      if (Files.size(path) > settings.maxArticleChars()) {
        sink.report(Problem.error(input, "", "larger than the article size limit; skipped"));
        return Stream.empty();
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      sink.report(Problem.error(input, "", "cannot read: " + e.getMessage()));
      return Stream.empty();
    }
    String stem = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    if ("feed".equals(kind(input.toLowerCase(Locale.ROOT))) || FeedParser.looksLikeFeed(bytes)) {
      return feed(bytes, input, null, sink);
    }
    return html.read(new String(bytes, StandardCharsets.UTF_8), null, stem, input, sink).stream()
        .map(a -> new Incoming(a, input));
  }

  private Stream<Incoming> url(String url, ProblemSink sink) {
    Fetch f = fetcher.get(url, null, null);
    return switch (f) {
      case Fetch.Fetched ok -> FeedParser.looksLikeFeed(ok.body()) ? feed(ok.body(), url, null, sink)
          : html.read(new String(ok.body(), StandardCharsets.UTF_8), ok.uri(), url, url, sink).stream()
              .map(a -> new Incoming(a, url));
      case Fetch.NotModified nm -> Stream.empty();
      case Fetch.Failed bad -> {
        sink.report(Problem.error(url, "", "cannot fetch: " + bad.message()));
        yield Stream.empty();
      }
    };
  }

  /** The articles of a feed's items; {@code feedUrl} (or null) resolves nothing, it names the input. */
  Stream<Incoming> feed(byte[] body, String input, String feedUrl, ProblemSink sink) {
    Optional<List<FeedItem>> items = feeds.parse(body, input, sink);
    if (items.isEmpty()) {
      return Stream.empty();
    }
    return items.get().stream().map(item -> item(item, input, sink)).flatMap(Optional::stream);
  }

  /** The article of one feed item: its page when it can be fetched, else the feed's text. */
  public Optional<Incoming> item(FeedItem item, String input, ProblemSink sink) {
    String link = item.link();
    if (link != null && known.test(link)) {
      return Optional.empty();
    }
    String where = "item " + item.id();
    if (link != null && (link.startsWith("http://") || link.startsWith("https://"))) {
      pause();
      Fetch f = fetcher.get(link, null, null);
      if (f instanceof Fetch.Fetched ok) {
        List<Problem> pageProblems = new ArrayList<>();
        Optional<Article> page = html.read(new String(ok.body(), StandardCharsets.UTF_8), ok.uri(), item.id(), link,
            pageProblems::add);
        if (page.isPresent()) {
          Article a = page.get();
          if (!a.published().known() && item.published() != null) {
            a = a.withPublished(PublicationDate.of(item.published(), PublicationDate.Origin.FIELD));
          } else {
            pageProblems.forEach(sink::report);
          }
          Article withTitle = new Article(a.id(), a.text(), a.published(), a.title() != null ? a.title() : item.title(),
              a.url() != null ? a.url() : link, a.source());
          return Optional.of(new Incoming(withTitle, input));
        }
        pageProblems.forEach(sink::report);
      } else if (f instanceof Fetch.Failed bad) {
        sink.report(Problem.warning(input, where, "cannot fetch " + link + " (" + bad.message() + "); using the feed's text"));
      }
    }
    if (item.text().isBlank()) {
      sink.report(Problem.error(input, where, "no text in the feed and no page; skipped"));
      return Optional.empty();
    }
    PublicationDate date = item.published() == null ? PublicationDate.UNKNOWN
        : PublicationDate.of(item.published(), PublicationDate.Origin.FIELD);
    return Optional.of(new Incoming(new Article(item.id(), item.text(), date, item.title(), link, null), input));
  }

  private void pause() {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
