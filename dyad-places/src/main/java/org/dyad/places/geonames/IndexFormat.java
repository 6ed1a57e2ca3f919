package org.dyad.places.geonames;

/**
 * The binary place index, version 1, big-endian, written by {@code build.IndexWriter} and read by
 * {@link PlaceIndex}:
 *
 * <pre>
 * int magic, int version
 * int records, countries, admin1s, featureCodes, poolBytes, tableSlots, postingInts
 * records (columns): int geonameid[], float lat[], float lon[], int population[], int nameRef[],
 *                    short countryRef[], short admin1Ref[] (-1: none), byte precision[], byte featureRef[]
 * countries:         int iso3Ref[], int recordId[]
 * admin1s:           short countryRef[], int codeRef[], int nameRef[]
 * feature codes:     int ref[]
 * string pool:       byte[poolBytes]; a string is an unsigned short length and its UTF-8 bytes; a ref is its offset
 * name table:        int keyRef[tableSlots] (-1: empty), int postingRef[tableSlots]; open addressing,
 *                    linear probing from KeyHash & (tableSlots - 1); tableSlots is a power of two
 * postings:          int[postingInts]; at a postingRef: a count, then that many record ids, best first
 * </pre>
 *
 * Keys are names {@linkplain org.dyad.actors.gazetteer.Names#normalize normalised} the way the
 * geoparser normalises the article's words.
 */
public final class IndexFormat {
  public static final int MAGIC = 0x44594150; // "DYAP"
  public static final int VERSION = 1;
  public static final String RESOURCE = "/org/dyad/places/data/places.idx";

  private IndexFormat() {}
}
