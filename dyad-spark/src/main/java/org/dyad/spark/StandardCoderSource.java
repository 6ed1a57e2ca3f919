package org.dyad.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.coding.Coder;
import org.dyad.nlp.corenlp.CoreNlp;

/**
 * The coder {@code dyad code} uses — {@link Coder#standard} over CoreNLP and the gazetteer with
 * the user's actor dictionaries — once per executor JVM. The dictionaries travel as their bytes
 * (read on the driver from any file system), are written to a temporary folder on the executor
 * under their own names, and are read there by {@link Gazetteer#standard}.
 */
public final class StandardCoderSource implements CoderSource {
  private static final long serialVersionUID = 1L;

  /**
   * The coders of this JVM, by the digest of their actor dictionaries. Static because the point is
   * to share one loaded pipeline among all the tasks an executor runs; CoreNLP itself is already a
   * process-wide singleton.
   */
  private static final ConcurrentHashMap<String, Coder> CODERS = new ConcurrentHashMap<>();

  /** An actor dictionary: its file name and contents. */
  public record ActorFile(String name, byte[] content) implements Serializable {}

  private final List<ActorFile> actorFiles;
  private final String digest;

  public StandardCoderSource(List<ActorFile> actorFiles) {
    this.actorFiles = List.copyOf(actorFiles);
    this.digest = digest(this.actorFiles);
  }

  @Override
  public ArticleCoder coder() {
    // The same places as dyad code: the offline GeoNames geoparser, loaded once per executor.
    Coder coder = CODERS.computeIfAbsent(digest,
        d -> Coder.standard(CoreNlp.load(), gazetteer(), org.dyad.places.geonames.Geoparser.standard(List.of())));
    return coder::code;
  }

  /**
   * The gazetteer with these dictionaries; also called on the driver before the job starts, so a
   * bad dictionary is refused at once rather than by every task.
   *
   * @throws IllegalArgumentException or {@link UncheckedIOException} for a bad dictionary
   */
  Gazetteer gazetteer() {
    if (actorFiles.isEmpty()) {
      return Gazetteer.standard(List.of());
    }
    try {
      Path folder = Files.createTempDirectory("dyad-spark-actors");
      List<Path> paths = new ArrayList<>();
      for (int i = 0; i < actorFiles.size(); i++) {
        // A subfolder per file: two dictionaries may share a name.
        Path file = Files.createDirectories(folder.resolve(Integer.toString(i))).resolve(actorFiles.get(i).name());
        Files.write(file, actorFiles.get(i).content());
        file.toFile().deleteOnExit();
        paths.add(file);
      }
      return Gazetteer.standard(paths);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write actor dictionaries to a temporary folder", e);
    }
  }

  private static String digest(List<ActorFile> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (ActorFile f : files) {
        sha.update(f.name().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(f.content());
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
