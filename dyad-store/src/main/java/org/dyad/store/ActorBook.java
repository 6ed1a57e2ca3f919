package org.dyad.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Sector;
import org.dyad.actors.gazetteer.Names;
import org.dyad.actors.resolve.Person;

/**
 * The {@code actors} and {@code actor_corrections} tables: what the database learned about people
 * and what users corrected. Reads give records; writes run inside the caller's transaction.
 */
public final class ActorBook {
  private final Database db;

  public ActorBook(Database db) {
    this.db = db;
  }

  /** Everything learned, by name. */
  public List<LearnedActor> learned() {
    List<LearnedActor> out = new ArrayList<>();
    try (PreparedStatement p = db.connection().prepareStatement(
        "SELECT actor_id, name, country, sector, role, first_seen, last_seen, articles FROM actors"
            + " ORDER BY name_key, country, sector");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(new LearnedActor(r.getLong(1), r.getString(2), r.getString(3), sector(r.getString(4)),
            r.getString(5), date(r.getDate(6)), date(r.getDate(7)), r.getInt(8)));
      }
    } catch (SQLException e) {
      throw db.failure("read learned actors", e);
    }
    return out;
  }

  /** Every correction, oldest first. */
  public List<ActorCorrection> corrections() {
    List<ActorCorrection> out = new ArrayList<>();
    try (PreparedStatement p = db.connection().prepareStatement(
        "SELECT correction_id, name, country, sector, role, valid_from, valid_to, forget, note, created_at"
            + " FROM actor_corrections ORDER BY correction_id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(new ActorCorrection(r.getLong(1), r.getString(2), r.getString(3), sector(r.getString(4)),
            r.getString(5), date(r.getDate(6)), date(r.getDate(7)), r.getBoolean(8), r.getString(9),
            Sql.instant(r.getObject(10))));
      }
    } catch (SQLException e) {
      throw db.failure("read actor corrections", e);
    }
    return out;
  }

  /** The directory the coder consults: a snapshot of both tables. */
  public LearnedPeople directory() {
    return new LearnedPeople(learned(), corrections());
  }

  /** Records a correction (committed at once); returns it. */
  public ActorCorrection correct(String name, String country, Sector sector, String role, LocalDate from, LocalDate to,
      boolean forget, String note) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a correction needs a name");
    }
    if (!forget && country == null) {
      throw new IllegalArgumentException("a correction needs a country, or forget");
    }
    Instant now = Instant.now();
    try {
      long id = Ids.next(db.connection(), "actor_corrections", "correction_id");
      try (PreparedStatement p = db.connection().prepareStatement(
          "INSERT INTO actor_corrections VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        Sql.bind(p, id, name.strip(), Names.normalize(name), country, sector == null ? null : sector.name(), role,
            from, to, forget, note, now);
        p.executeUpdate();
      }
      return new ActorCorrection(id, name.strip(), country, sector, role, from, to, forget, note, now);
    } catch (SQLException e) {
      throw db.failure("store the correction", e);
    }
  }

  /**
   * Learns that {@code person} was introduced in article {@code articleId} published on {@code
   * seen}: a new row, or the existing row of the same name, country and sector seen again.
   * People without a country are not learned (nothing would resolve them).
   */
  void learn(Connection c, Person person, String role, LocalDate seen, long articleId) throws SQLException {
    if (person.country() == null) {
      return;
    }
    String key = Names.normalize(person.name());
    String sector = person.sector() == null ? null : person.sector().name();
    try (PreparedStatement find = c.prepareStatement("SELECT actor_id, first_seen, last_seen, role FROM actors"
        + " WHERE name_key = ? AND country = ? AND sector IS NOT DISTINCT FROM ?")) {
      Sql.bind(find, key, person.country(), sector);
      try (ResultSet r = find.executeQuery()) {
        if (r.next()) {
          LocalDate first = min(date(r.getDate(2)), seen);
          LocalDate last = max(date(r.getDate(3)), seen);
          try (PreparedStatement u = c.prepareStatement("UPDATE actors SET first_seen = ?, last_seen = ?,"
              + " articles = articles + 1, role = coalesce(role, ?) WHERE actor_id = ?")) {
            Sql.bind(u, first, last, role, r.getLong(1));
            u.executeUpdate();
          }
          return;
        }
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
      Sql.bind(p, Ids.next(c, "actors", "actor_id"), person.name(), key, LearnedPeople.lastNameKey(person.name()),
          person.country(), sector, role, seen, seen, articleId);
      p.executeUpdate();
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }

  static LocalDate date(Date d) {
    return d == null ? null : d.toLocalDate();
  }

  private static Sector sector(String s) {
    return s == null ? null : Sector.fromCode(s).orElse(null);
  }
}
