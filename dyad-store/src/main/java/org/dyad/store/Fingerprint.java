package org.dyad.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.actors.gazetteer.Names;

/**
 * What makes two articles the same: the same URL once normalised, the same text up to white
 * space and case (a SHA-256 hash), or — for syndicated copies of one wire story, lightly edited —
 * a MinHash signature of word 4-shingles whose estimated Jaccard similarity is at least {@link
 * #NEAR_DUPLICATE}. Signatures are cut into {@link #BANDS} bands of {@link #ROWS} rows for
 * locality-sensitive hashing, so candidates are found by bucket, not by scanning.
 *
 * <p>Pure functions; thread-safe.
 */
public final class Fingerprint {
  /** Hash functions in a signature. */
  public static final int SIZE = 64;
  public static final int BANDS = 16;
  public static final int ROWS = SIZE / BANDS;
  /**
   * Estimated Jaccard similarity from which an article is a near-duplicate. A wire story with a
   * new headline, a changed sentence and a different dateline stays above 0.6; two different
   * stories about the same meeting share far fewer 4-word sequences (under 0.2 in our tests).
   */
  public static final double NEAR_DUPLICATE = 0.6;

  private static final int SHINGLE = 4;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "ref", "cmpid", "ocid", "mc_cid", "mc_eid");
  private static final long[] SEEDS = seeds();

  private Fingerprint() {}

  /** SHA-256 (hex) of the text with white space collapsed and case folded. */
  public static String contentHash(String text) {
    String normal = String.join(" ", text.strip().split("\\s+")).toLowerCase(Locale.ROOT);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * The URL as a key: lower-case host without {@code www.}, no scheme, fragment, trailing slash
   * or tracking parameters ({@code utm_*}, {@code fbclid}...); null for null. A string that is not
   * a URL is kept as it is, trimmed.
   */
  public static String urlKey(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI u = new URI(url.strip());
      if (u.getHost() == null) {
        return url.strip();
      }
      String host = u.getHost().toLowerCase(Locale.ROOT);
      host = host.startsWith("www.") ? host.substring(4) : host;
      String path = u.getRawPath() == null ? "" : u.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      StringBuilder key = new StringBuilder(host);
      if (u.getPort() > 0 && u.getPort() != 80 && u.getPort() != 443) {
        key.append(':').append(u.getPort());
      }
      key.append(path);
      String query = keptQuery(u.getRawQuery());
      if (!query.isEmpty()) {
        key.append('?').append(query);
      }
      return key.toString();
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }

  private static String keptQuery(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String p : raw.split("&")) {
      String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
        kept.add(p);
      }
    }
    kept.sort(null);
    return String.join("&", kept);
  }

  /** The MinHash signature of the text's word 4-shingles (the words, if fewer than four). */
  public static int[] minhash(String text) {
    List<String> words = new ArrayList<>();
    var m = WORD.matcher(Names.normalize(text));
    while (m.find()) {
      words.add(m.group());
    }
    int[] sig = new int[SIZE];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int w = i; w < Math.min(words.size(), i + SHINGLE); w++) {
        h = mix(h ^ words.get(w).hashCode());
      }
      for (int k = 0; k < SIZE; k++) {
        int v = (int) (mix(h ^ SEEDS[k]) >>> 33);
        if (v < sig[k]) {
          sig[k] = v;
        }
      }
    }
    return sig;
  }

  /** The estimated Jaccard similarity of two signatures: the share of equal slots. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** One bucket per band; the band's number is mixed in, so buckets of different bands differ. */
  public static long[] buckets(int[] sig) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = mix(b + 1L);
      for (int r = 0; r < ROWS; r++) {
        h = mix(h ^ sig[b * ROWS + r]);
      }
      out[b] = h;
    }
    return out;
  }

  public static byte[] toBytes(int[] sig) {
    ByteBuffer buf = ByteBuffer.allocate(sig.length * 4);
    for (int v : sig) {
      buf.putInt(v);
    }
    return buf.array();
  }

  public static int[] fromBytes(byte[] bytes) {
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    int[] sig = new int[bytes.length / 4];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = buf.getInt();
    }
    return sig;
  }

  /** SplitMix64's finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] s = new long[SIZE];
    long x = 20_240_706L;
    for (int i = 0; i < SIZE; i++) {
      x += 0x9E3779B97F4A7C15L;
      s[i] = mix(x);
    }
    return s;
  }
}
