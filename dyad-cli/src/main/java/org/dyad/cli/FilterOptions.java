package org.dyad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.query.EventFilter;
import picocli.CommandLine.Option;

/** The event filters of {@code query}, {@code series} and {@code export}. */
final class FilterOptions {
  @Option(names = "--actor", paramLabel = "SPEC", split = ",",
      description = "Actor code (AZEGOV), country (AZE) or organisation (UN), on either side; repeatable.")
  List<String> actors = new ArrayList<>();

  @Option(names = "--country", paramLabel = "ISO3", split = ",", description = "Actor country.")
  List<String> countries = new ArrayList<>();

  @Option(names = "--sector", paramLabel = "SEC", split = ",", description = "Actor sector (GOV, MIL, ...).")
  List<String> sectors = new ArrayList<>();

  @Option(names = "--org", paramLabel = "ORG", split = ",", description = "Organisation short name (UN, NATO).")
  List<String> orgs = new ArrayList<>();

  @Option(names = "--name", paramLabel = "TEXT", description = "Text in an actor's name.")
  String name;

  @Option(names = "--side", defaultValue = "either", description = "Side the actor options apply to: either, source, target.")
  String side;

  @Option(names = "--dyad", paramLabel = "A,B", description = "Events between two actors (specs as --actor), both directions.")
  String dyad;

  @Option(names = "--directed", description = "With --dyad: only from the first actor to the second.")
  boolean directed;

  @Option(names = "--cameo", paramLabel = "CODE", split = ",", description = "CAMEO code or root (04 = all of 04x).")
  List<String> cameo = new ArrayList<>();

  @Option(names = "--plover", paramLabel = "TYPE", split = ",", description = "PLOVER type (CONSULT, ASSAULT, ...).")
  List<String> plover = new ArrayList<>();

  @Option(names = "--quad", paramLabel = "1-4", split = ",", description = "Quad class.")
  List<Integer> quads = new ArrayList<>();

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event date.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event date.")
  String to;

  @Option(names = "--place", paramLabel = "TEXT", description = "Text in the place name.")
  String place;

  @Option(names = "--place-country", paramLabel = "ISO3", description = "Country of the place.")
  String placeCountry;

  @Option(names = "--source", paramLabel = "TEXT", description = "Text in the name of a reporting source (publisher).")
  String publisher;

  @Option(names = "--text", paramLabel = "TEXT", description = "Text in an evidence sentence.")
  String text;

  EventFilter filter() {
    try {
      EventFilter.Side s = EventFilter.Side.valueOf(side.toUpperCase(java.util.Locale.ROOT));
      return new EventFilter.Builder().actors(actors).countries(countries).sectors(sectors).orgs(orgs).name(name)
          .side(s).dyad(dyad == null ? null : EventFilter.Dyad.parse(dyad, directed)).cameo(cameo).plover(plover)
          .quads(quads).from(date("--from", from)).to(date("--to", to)).place(place).placeCountry(placeCountry)
          .publisher(publisher).text(text).build();
    } catch (IllegalArgumentException e) {
      throw new Main.UserError(e.getMessage().startsWith("No enum constant")
          ? "--side must be either, source or target, not '" + side + "'" : e.getMessage());
    }
  }

  static LocalDate date(String option, String s) {
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new Main.UserError(option + " must be YYYY-MM-DD, not '" + s + "'");
    }
  }
}
