package org.dyad.places.geonames.build;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.places.geonames.IndexFormat;

/** Writes the records, tables and name keys in the {@link IndexFormat} layout. */
final class IndexWriter {
  private final ByteArrayOutputStream pool = new ByteArrayOutputStream(1 << 24);
  private final Map<String, Integer> refs = new HashMap<>();

  void write(Path out, Sources s, Map<String, int[]> keys) throws IOException {
    List<BuildRecord> records = s.records();
    List<String> features = new ArrayList<>();
    Map<String, Integer> featureIds = new HashMap<>();
    for (BuildRecord r : records) {
      featureIds.computeIfAbsent(r.featureCode(), f -> {
        features.add(f);
        return features.size() - 1;
      });
    }
    if (features.size() > 127 || s.countries().size() > Short.MAX_VALUE || s.admin1s().size() > Short.MAX_VALUE) {
      throw new IllegalStateException("tables too large for the format");
    }
    int slots = Integer.highestOneBit(Math.max(16, keys.size() * 2 - 1)) << 1;
    int[] keyRef = new int[slots];
    int[] postingRef = new int[slots];
    java.util.Arrays.fill(keyRef, -1);
    ByteArrayOutputStream postings = new ByteArrayOutputStream(keys.size() * 12);
    DataOutputStream post = new DataOutputStream(postings);
    for (Map.Entry<String, int[]> e : keys.entrySet()) {
      byte[] utf8 = e.getKey().getBytes(StandardCharsets.UTF_8);
      int slot = org.dyad.places.geonames.KeyHash.of(utf8) & (slots - 1);
      while (keyRef[slot] != -1) {
        slot = (slot + 1) & (slots - 1);
      }
      keyRef[slot] = ref(e.getKey());
      postingRef[slot] = post.size() / 4;
      post.writeInt(e.getValue().length);
      for (int id : e.getValue()) {
        post.writeInt(id);
      }
    }
    int[] nameRef = new int[records.size()];
    for (int i = 0; i < records.size(); i++) {
      nameRef[i] = ref(records.get(i).name());
    }
    int[] iso3Ref = new int[s.countries().size()];
    for (int i = 0; i < iso3Ref.length; i++) {
      iso3Ref[i] = ref(s.countries().get(i).iso3());
    }
    int[] codeRef = new int[s.admin1s().size()];
    int[] a1NameRef = new int[codeRef.length];
    for (int i = 0; i < codeRef.length; i++) {
      codeRef[i] = ref(s.admin1s().get(i).code());
      a1NameRef[i] = ref(s.admin1s().get(i).name());
    }
    int[] featureRef = new int[features.size()];
    for (int i = 0; i < featureRef.length; i++) {
      featureRef[i] = ref(features.get(i));
    }

    Files.createDirectories(out.getParent());
    try (OutputStream os = Files.newOutputStream(out); DataOutputStream d = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
      d.writeInt(IndexFormat.MAGIC);
      d.writeInt(IndexFormat.VERSION);
      d.writeInt(records.size());
      d.writeInt(s.countries().size());
      d.writeInt(s.admin1s().size());
      d.writeInt(features.size());
      d.writeInt(pool.size());
      d.writeInt(slots);
      d.writeInt(post.size() / 4);
      for (BuildRecord r : records) {
        d.writeInt((int) r.geonameid());
      }
      for (BuildRecord r : records) {
        d.writeFloat((float) r.lat());
      }
      for (BuildRecord r : records) {
        d.writeFloat((float) r.lon());
      }
      for (BuildRecord r : records) {
        d.writeInt((int) Math.min(Integer.MAX_VALUE, r.population()));
      }
      for (int n : nameRef) {
        d.writeInt(n);
      }
      for (BuildRecord r : records) {
        d.writeShort(r.countryRef());
      }
      for (BuildRecord r : records) {
        d.writeShort(r.admin1Ref());
      }
      for (BuildRecord r : records) {
        d.writeByte(r.precision().ordinal());
      }
      for (BuildRecord r : records) {
        d.writeByte(featureIds.get(r.featureCode()));
      }
      for (int i = 0; i < iso3Ref.length; i++) {
        d.writeInt(iso3Ref[i]);
      }
      for (Sources.CountryRow c : s.countries()) {
        d.writeInt(c.recordId());
      }
      for (Sources.Admin1Row a : s.admin1s()) {
        d.writeShort(a.countryRef());
      }
      for (int c : codeRef) {
        d.writeInt(c);
      }
      for (int n : a1NameRef) {
        d.writeInt(n);
      }
      for (int f : featureRef) {
        d.writeInt(f);
      }
      pool.writeTo(d);
      for (int k : keyRef) {
        d.writeInt(k);
      }
      for (int p : postingRef) {
        d.writeInt(p);
      }
      postings.writeTo(d);
    }
  }

  private int ref(String s) {
    Integer known = refs.get(s);
    if (known != null) {
      return known;
    }
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > 0xffff) {
      throw new IllegalStateException("string too long for the format: " + s.substring(0, 40));
    }
    int at = pool.size();
    pool.write(utf8.length >>> 8);
    pool.write(utf8.length & 0xff);
    pool.write(utf8, 0, utf8.length);
    refs.put(s, at);
    return at;
  }
}
