package org.dyad.ingest.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.dyad.diagnostics.Problem;
import org.dyad.diagnostics.ProblemSink;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * The items of an RSS (0.9x, 1.0, 2.0) or Atom feed, read with Rome (the only class that sees its
 * types). Rome's parser is set up without DTD loading, so a feed cannot make Dyad read other files.
 * A document that is not a feed gives a problem and no items.
 */
public final class FeedParser {

  /** True when the bytes look like a feed (an XML document whose root is rss, feed or RDF). */
  public static boolean looksLikeFeed(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 2048), java.nio.charset.StandardCharsets.UTF_8);
    return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
  }

  public Optional<List<FeedItem>> parse(byte[] body, String input, ProblemSink sink) {
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      InputSource source = new InputSource(new ByteArrayInputStream(body));
      feed = in.build(source);
    } catch (FeedException | IllegalArgumentException e) {
      sink.report(Problem.error(input, "", "not an RSS or Atom feed (" + firstLine(e.getMessage()) + ")"));
      return Optional.empty();
    }
    List<FeedItem> items = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String link = blankToNull(e.getLink());
      String id = blankToNull(e.getUri());
      if (id == null) {
        id = link;
      }
      if (id == null) {
        sink.report(Problem.warning(input, "item " + n, "no link or guid; skipped"));
        continue;
      }
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      items.add(new FeedItem(id, blankToNull(e.getTitle()), link,
          date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate(), text(e)));
    }
    return Optional.of(items);
  }

  private static String text(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      sb.append(plain(c.getValue())).append("\n\n");
    }
    if (sb.isEmpty() && e.getDescription() != null) {
      sb.append(plain(e.getDescription().getValue()));
    }
    return sb.toString().strip();
  }

  private static String plain(String html) {
    return html == null ? "" : Jsoup.parse(html).text();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String firstLine(String m) {
    if (m == null) {
      return "unreadable";
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Rome reads through IOException-free streams here; kept for callers reading files. */
  static byte[] read(java.nio.file.Path file) throws IOException {
    return java.nio.file.Files.readAllBytes(file);
  }
}
