package org.dyad.places.geonames;

/**
 * The hash of a name key in the index: 32-bit FNV-1a over its UTF-8 bytes. The index builder and
 * the loader must agree on it, so it lives in one place and never changes within a format version.
 */
public final class KeyHash {
  private KeyHash() {}

  public static int of(byte[] utf8) {
    int h = 0x811c9dc5;
    for (byte b : utf8) {
      h ^= b & 0xff;
      h *= 0x01000193;
    }
    return h;
  }
}
