package org.dyad.places.geonames;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.dyad.events.Place.Precision;

/**
 * The GeoNames gazetteer as built into the jar (see {@link IndexFormat}): about 200,000 records
 * keyed by half a million normalised names. Loading reads the file into one buffer and decodes
 * nothing else up front; records and names are decoded when looked up. Immutable and shared by
 * all threads.
 */
public final class PlaceIndex {
  private static final int[] NONE = new int[0];

  private final ByteBuffer buf;
  private final int records;
  private final int countries;
  private final int slots;
  private final int geonameidAt;
  private final int latAt;
  private final int lonAt;
  private final int populationAt;
  private final int nameAt;
  private final int countryRefAt;
  private final int admin1RefAt;
  private final int precisionAt;
  private final int featureRefAt;
  private final int iso3At;
  private final int countryRecordAt;
  private final int a1CountryAt;
  private final int a1CodeAt;
  private final int a1NameAt;
  private final int featuresAt;
  private final int poolAt;
  private final int keyRefAt;
  private final int postingRefAt;
  private final int postingsAt;
  private final Map<String, Integer> countryRecords = new HashMap<>();

  private PlaceIndex(ByteBuffer buf) {
    this.buf = buf;
    if (buf.getInt(0) != IndexFormat.MAGIC || buf.getInt(4) != IndexFormat.VERSION) {
      throw new IllegalStateException("not a Dyad place index of version " + IndexFormat.VERSION);
    }
    records = buf.getInt(8);
    countries = buf.getInt(12);
    int admin1s = buf.getInt(16);
    int features = buf.getInt(20);
    int poolBytes = buf.getInt(24);
    slots = buf.getInt(28);
    int at = 36;
    geonameidAt = at;
    latAt = at += 4 * records;
    lonAt = at += 4 * records;
    populationAt = at += 4 * records;
    nameAt = at += 4 * records;
    countryRefAt = at += 4 * records;
    admin1RefAt = at += 2 * records;
    precisionAt = at += 2 * records;
    featureRefAt = at += records;
    iso3At = at += records;
    countryRecordAt = at += 4 * countries;
    a1CountryAt = at += 4 * countries;
    a1CodeAt = at += 2 * admin1s;
    a1NameAt = at += 4 * admin1s;
    featuresAt = at += 4 * admin1s;
    poolAt = at += 4 * features;
    keyRefAt = at += poolBytes;
    postingRefAt = at += 4 * slots;
    postingsAt = at + 4 * slots;
    for (int c = 0; c < countries; c++) {
      countryRecords.put(string(buf.getInt(iso3At + 4 * c)), buf.getInt(countryRecordAt + 4 * c));
    }
  }

  /**
   * The index shipped in this module's jar.
   *
   * @throws IllegalStateException when the jar has no index (the module was built without it)
   */
  public static PlaceIndex standard() {
    try (InputStream in = PlaceIndex.class.getResourceAsStream(IndexFormat.RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the place index " + IndexFormat.RESOURCE + " is missing from the classpath");
      }
      return new PlaceIndex(ByteBuffer.wrap(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int size() {
    return records;
  }

  /** The ids of the records a normalised name may name, best first; empty when none. */
  public int[] lookup(String normalized) {
    byte[] key = normalized.getBytes(StandardCharsets.UTF_8);
    int mask = slots - 1;
    for (int slot = KeyHash.of(key) & mask;; slot = (slot + 1) & mask) {
      int ref = buf.getInt(keyRefAt + 4 * slot);
      if (ref < 0) {
        return NONE;
      }
      if (equalsAt(ref, key)) {
        int p = postingsAt + 4 * buf.getInt(postingRefAt + 4 * slot);
        int[] ids = new int[buf.getInt(p)];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = buf.getInt(p + 4 + 4 * i);
        }
        return ids;
      }
    }
  }

  /** The record with this id. */
  public PlaceRecord record(int id) {
    if (id < 0 || id >= records) {
      throw new IndexOutOfBoundsException("no place record " + id);
    }
    String iso3 = string(buf.getInt(iso3At + 4 * buf.getShort(countryRefAt + 2 * id)));
    short a1 = buf.getShort(admin1RefAt + 2 * id);
    String a1Code = a1 < 0 ? null : string(buf.getInt(a1CodeAt + 4 * a1));
    String a1Name = a1 < 0 ? null : string(buf.getInt(a1NameAt + 4 * a1));
    return new PlaceRecord(id, Integer.toUnsignedLong(buf.getInt(geonameidAt + 4 * id)), string(buf.getInt(nameAt + 4 * id)),
        iso3, a1Code, a1Name, string(buf.getInt(featuresAt + 4 * buf.get(featureRefAt + id))),
        buf.getInt(populationAt + 4 * id), degrees(buf.getFloat(latAt + 4 * id)), degrees(buf.getFloat(lonAt + 4 * id)),
        Precision.values()[buf.get(precisionAt + id)]);
  }

  /** The ISO alpha-3 country of a record, without decoding the rest of it. */
  public String country(int id) {
    return string(buf.getInt(iso3At + 4 * buf.getShort(countryRefAt + 2 * id)));
  }

  /** The record with a GeoNames id, or -1 (a scan: for reading user files, not for every lookup). */
  public int byGeonameid(long geonameid) {
    for (int id = 0; id < records; id++) {
      if (Integer.toUnsignedLong(buf.getInt(geonameidAt + 4 * id)) == geonameid && geonameid != 0) {
        return id;
      }
    }
    return -1;
  }

  /** The record of a country by ISO alpha-3 code, or -1. */
  public int countryRecord(String iso3) {
    Integer id = countryRecords.get(iso3);
    return id == null ? -1 : id;
  }

  /** Five decimals (about a metre), as GeoNames gives them; a float holds no more. */
  private static double degrees(float f) {
    return Math.round(f * 1e5) / 1e5;
  }

  private boolean equalsAt(int ref, byte[] key) {
    int len = buf.getShort(poolAt + ref) & 0xffff;
    if (len != key.length) {
      return false;
    }
    int from = poolAt + ref + 2;
    for (int i = 0; i < len; i++) {
      if (buf.get(from + i) != key[i]) {
        return false;
      }
    }
    return true;
  }

  private String string(int ref) {
    int len = buf.getShort(poolAt + ref) & 0xffff;
    byte[] b = new byte[len];
    buf.get(poolAt + ref + 2, b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
