package org.dyad.places.geonames;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.gazetteer.Names;
import org.dyad.actors.resolve.SentenceView;
import org.dyad.article.Article;
import org.dyad.events.Place;
import org.dyad.events.Place.Precision;
import org.dyad.places.ArticlePlaces;
import org.dyad.places.Dateline;
import org.dyad.places.Locative;
import org.dyad.places.PlaceResolver;

/**
 * The GeoNames place resolver: finds place names ({@link MentionScanner}), resolves each in the
 * article's context ({@link Disambiguator}), reads the dateline and finds the article's focus.
 *
 * <p>Expects sentences tagged and with actor mentions. Thread-safe; the index is loaded once
 * ({@link #standard}) and shared.
 */
public final class Geoparser implements PlaceResolver {
  /** The dateline speaks for the whole article: it counts as this many mentions of its country. */
  private static final double DATELINE_WEIGHT = 2.0;
  private static final int FOCUS_MIN_MENTIONS = 3;
  private static final long WEAK_DATELINE_TOWN = 50_000;

  private final PlaceLookup lookup;
  private final MentionScanner scanner;

  public Geoparser(PlaceIndex index, UserPlaces user) {
    this.lookup = new PlaceLookup(index, user);
    this.scanner = new MentionScanner(lookup);
  }

  /**
   * The shipped index with the user's place files ({@link UserPlaces} format).
   *
   * @throws IllegalArgumentException naming file and line when a user file is malformed
   * @throws java.io.UncheckedIOException when a user file cannot be read
   */
  public static Geoparser standard(List<Path> userPlaceFiles) {
    PlaceIndex index = PlaceIndex.standard();
    return new Geoparser(index, userPlaceFiles.isEmpty() ? UserPlaces.none() : UserPlaces.read(userPlaceFiles, index));
  }

  @Override
  public ArticlePlaces read(Article article, List<SentenceView> sentences) {
    String text = article.text();
    List<FoundName> found = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      found.addAll(scanner.scan(s, sentences.get(s)));
    }
    Disambiguator.Evidence ev = new Disambiguator.Evidence();
    Disambiguator.addActors(ev, sentences);
    Disambiguator.addUnambiguous(ev, found);
    Place dateline = dateline(text, ev);
    if (dateline != null) {
      ev.add(-1, dateline.country(), DATELINE_WEIGHT);
    }
    boolean[] qualifier = new boolean[found.size()];
    List<FoundName> narrowed = Disambiguator.narrowPairs(found, text, qualifier);
    List<Place> mentions = new ArrayList<>(narrowed.size());
    for (int i = 0; i < narrowed.size(); i++) {
      FoundName f = narrowed.get(i);
      PlaceRecord r = qualifier[i] ? null : Disambiguator.resolve(f, ev);
      if (r != null) {
        mentions.add(r.toPlace(f.span().text(), Place.How.TRIGGER, f.span()));
      }
    }
    Place focus = focus(mentions, dateline);
    return new ArticlePlaces(mentions, dateline, focus != null ? focus : onlyLocation(mentions, text));
  }

  /** The one place the article names as where something happens, when it names exactly one. */
  private static Place onlyLocation(List<Place> mentions, String text) {
    Place only = null;
    for (Place p : mentions) {
      if (!Locative.at(text, p.mention().begin())) {
        continue;
      }
      if (only != null && !(only.country() + only.gazetteerName()).equals(p.country() + p.gazetteerName())) {
        return null;
      }
      only = only == null ? p : only;
    }
    return only == null ? null : only.withHow(Place.How.FOCUS);
  }

  /** The first dateline the gazetteer accepts; a strong one unknown to it keeps its name only. */
  private Place dateline(String text, Disambiguator.Evidence ev) {
    for (Dateline d : Dateline.candidates(text)) {
      String key = Names.normalize(d.name());
      List<PlaceRecord> candidates = lookup.candidates(key);
      List<PlaceRecord> qualifiers = d.qualifier() == null ? List.of() : lookup.candidates(Names.normalize(d.qualifier()));
      if (!qualifiers.isEmpty()) {
        List<PlaceRecord> inside = candidates.stream()
            .filter(a -> qualifiers.stream().anyMatch(b -> Disambiguator.contains(b, a))).toList();
        candidates = inside.isEmpty() ? candidates : inside;
      }
      PlaceRecord r = null;
      if (!candidates.isEmpty()) {
        r = Disambiguator.resolve(new FoundName(-1, 0, 0, d.span(), key, candidates, null, false), ev);
      }
      if (r == null || d.weak() && !(r.isSeat() || r.population() >= WEAK_DATELINE_TOWN || r.precision() != Precision.CITY)) {
        if (d.weak()) {
          continue;
        }
        String country = qualifiers.isEmpty() ? null : qualifiers.getFirst().country();
        return Place.named(d.name(), country, Place.How.DATELINE, d.span());
      }
      return r.toPlace(d.name(), Place.How.DATELINE, d.span());
    }
    return null;
  }

  /**
   * The article's focus: the place it names far more than any other (the dateline counting twice): at least
   * {@value #FOCUS_MIN_MENTIONS} mentions and twice the runner-up's; else none.
   */
  private static Place focus(List<Place> mentions, Place dateline) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Place> first = new HashMap<>();
    for (Place p : mentions) {
      String k = p.country() + "|" + p.gazetteerName();
      counts.merge(k, 1, Integer::sum);
      first.putIfAbsent(k, p);
    }
    if (dateline != null && dateline.resolved()) {
      String k = dateline.country() + "|" + dateline.gazetteerName();
      counts.merge(k, 2, Integer::sum);
      first.putIfAbsent(k, dateline);
    }
    String best = null;
    int top = 0;
    int second = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > top) {
        second = top;
        top = e.getValue();
        best = e.getKey();
      } else if (e.getValue() > second) {
        second = e.getValue();
      }
    }
    if (best == null || top < FOCUS_MIN_MENTIONS || top < 2 * second) {
      return null;
    }
    Place p = first.get(best);
    return new Place(p.name(), p.country(), p.geonameid(), p.gazetteerName(), p.admin1(), p.admin1Code(), p.featureCode(),
        p.lat(), p.lon(), p.precision(), Place.How.FOCUS, null);
  }
}
