package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a run reads, and the problems with what it was told to read. */
class InputListingTest {
  @TempDir Path temp;

  private InputListing.Listing list(String... inputs) {
    return new InputListing(new Configuration()).list(List.of(inputs));
  }

  @Test
  void folder_givesItsArticleFilesRecursively_inPathOrder_skippingHiddenAndOtherFiles() throws IOException {
    for (String f : List.of("b.jsonl", "a.txt", "sub/c.json", "sub/d.jsonl.gz", "e.parquet", "notes.csv", "_SUCCESS",
        ".hidden.jsonl", "_tmp/f.jsonl")) {
      Files.createDirectories(temp.resolve(f).getParent());
      Files.writeString(temp.resolve(f), "x");
    }
    InputListing.Listing l = list(temp.toString());
    assertEquals(List.of("a.txt", "b.jsonl", "e.parquet", "sub/c.json", "sub/d.jsonl.gz"),
        l.files().stream().map(f -> temp.relativize(Path.of(f.display())).toString()).toList());
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), l.files().stream().map(InputFile::index).toList());
    assertEquals(InputFile.Kind.PARQUET, l.files().get(2).kind());
    assertEquals(InputFile.Kind.TEXT, l.files().get(4).kind());
    assertEquals(List.of(), l.problems());
  }

  @Test
  void missingPath_andFileOfAnotherKind_areProblemsNamingTheInput() throws IOException {
    Files.writeString(temp.resolve("notes.csv"), "x");
    Files.writeString(temp.resolve("a.jsonl"), "x");
    String missing = temp.resolve("nope").toString();
    InputListing.Listing l = list(missing, temp.resolve("notes.csv").toString(), temp.resolve("a.jsonl").toString());
    assertEquals(1, l.files().size());
    assertEquals(2, l.problems().size());
    assertTrue(l.problems().get(0).describe().startsWith("error: " + missing + ": no such file"), l.problems().toString());
    assertTrue(l.problems().get(1).describe().contains("notes.csv: not a .jsonl, .json, .txt"), l.problems().toString());
  }

  @Test
  void globAndRepeatedInput_listEachFileOnce() throws IOException {
    Files.writeString(temp.resolve("2024-01.jsonl"), "x");
    Files.writeString(temp.resolve("2024-02.jsonl"), "x");
    Files.writeString(temp.resolve("2023-12.jsonl"), "x");
    InputListing.Listing l = list(temp.resolve("2024-*").toString(), temp.resolve("2024-01.jsonl").toString());
    assertEquals(List.of("2024-01.jsonl", "2024-02.jsonl"),
        l.files().stream().map(f -> Path.of(f.display()).getFileName().toString()).toList());
  }
}
