package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An invented three-article gold set and a system output that exercises every rule of score.py:
 * symmetric reverse, a non-symmetric reverse (false), an optional event, a null gold target,
 * dates, sectors, places (substring and case), 3- and 4-digit codes, duplicate tuples, an event
 * with no source, an unknown document, and {@code code}/{@code doc_id} instead of
 * {@code cameo}/{@code doc}. The expected report is what score.py prints for these files.
 */
final class ScorerFixture {

  static final String GOLD_A1 = """
      {"id": "a1", "doc_date": "2021-05-10", "events": [
        {"source": "NOR.GOV", "target": "SWE.GOV", "cameo": "040", "alt_cameo": ["042"], "plover": "CONSULT", "symmetric": true,
         "date": "2021-05-10", "place": "Oslo", "place_country": "NOR", "required": true, "evidence": "The Norwegian and Swedish premiers met in Oslo"},
        {"source": "NOR.GOV", "target": "FIN.GOV", "cameo": "111", "alt_cameo": ["112"], "plover": "ACCUSE", "symmetric": false,
         "date": "2021-05-09", "place": null, "place_country": null, "required": true, "evidence": "Oslo criticised Helsinki on Sunday"},
        {"source": "DNK.MIL", "target": null, "cameo": "154", "alt_cameo": [], "plover": "MOBILIZE", "symmetric": false,
         "date": "2021-05-10", "place": "Aalborg", "place_country": "DNK", "required": true, "evidence": "Danish troops were mobilised near Aalborg"},
        {"source": "NOR.GOV", "target": "SWE.GOV", "cameo": "057", "alt_cameo": ["050"], "plover": "AGREE", "symmetric": true,
         "date": null, "place": null, "place_country": null, "required": false, "evidence": "the treaty the two signed long ago"},
        {"source": "IGO.UNO", "target": "EST", "cameo": "020", "alt_cameo": ["023"], "plover": "REQUEST", "symmetric": false,
         "date": "2021-05-10", "place": null, "place_country": null, "required": true, "evidence": "The United Nations appealed to Estonia"}
      ]}
      """;

  static final String GOLD_B2 = """
      {"id": "b2", "doc_date": null, "events": [
        {"source": "FIN.GOV", "target": "EST.GOV", "cameo": "036", "alt_cameo": [], "plover": "AGREE", "symmetric": false,
         "date": null, "place": null, "place_country": null, "required": true, "evidence": "Finland said it will meet Estonian officials"},
        {"source": "EST.COP", "target": "EST.OPP", "cameo": "173", "alt_cameo": [], "plover": "COERCE", "symmetric": false,
         "date": null, "place": "Tallinn", "place_country": "EST", "required": true, "evidence": "Police detained opposition activists in Tallinn"},
        {"source": "FIN", "target": "RUS", "cameo": "130", "alt_cameo": ["138"], "plover": "THREATEN", "symmetric": false,
         "date": null, "place": null, "place_country": null, "evidence": "Finland warned Russia", "required": false}
      ]}
      """;

  static final String GOLD_C3 = """
      {"id": "c3", "doc_date": "2022-01-01", "events": [
        {"source": "NGO.AMNESTY", "target": "EST.GOV", "cameo": "111", "alt_cameo": [], "plover": "ACCUSE", "symmetric": false,
         "date": "2022-01-01", "place": null, "place_country": null, "required": true, "evidence": "Amnesty condemned the Estonian government"}
      ]}
      """;

  static final String SYSTEM = """
      {"doc": "a1", "source": {"code": "SWEGOV"}, "target": {"code": "NORGOV"}, "cameo": "042", "date": "2021-05-10", "place": {"name": "Oslo, Norway"}}
      {"doc": "a1", "source": {"code": "SWEGOV"}, "target": {"code": "NORGOV"}, "cameo": "042", "date": "2021-05-10", "place": {"name": "Oslo, Norway"}}
      {"doc": "a1", "source": {"country": "NOR", "sector": "GOV"}, "target": {"country": "SWE", "sector": "GOV"}, "cameo": "043", "date": "2021-05-10", "place": {"name": "Oslo"}}
      {"doc": "a1", "source": {"code": "NOR"}, "target": {"code": "FINGOV"}, "cameo": "112", "date": "2021-05-10"}
      {"doc": "a1", "source": "DNKMIL", "target": {"code": "SWE"}, "cameo": "154", "date": "2021-05-10", "place": {"name": "aalborg"}}
      {"doc": "a1", "source": {"code": "IGOUNO"}, "target": {"code": "ESTCVL"}, "cameo": "023", "date": "2021-05-10"}
      {"doc": "a1", "source": {"code": "NORGOV"}, "target": {"code": "SWEGOV"}, "cameo": "051", "date": "2021-05-10"}
      {"doc": "a1", "source": {"code": "SWE"}, "target": {"code": "FIN"}, "code": "190", "date": "2021-05-10"}
      {"doc": "a1", "source": null, "target": {"code": "FIN"}, "cameo": "190", "date": "2021-05-10"}
      {"doc": "zz", "source": {"code": "NORGOV"}, "target": {"code": "SWEGOV"}, "cameo": "040"}
      {"doc": "b2", "source": {"country": "FIN", "sector": "GOV"}, "target": {"code": "ESTGOV"}, "cameo": "0361", "date": "2020-01-01"}
      {"doc": "b2", "source": {"code": "ESTCOP"}, "target": {"code": "ESTOPP"}, "cameo": "173", "date": null}
      {"doc": "b2", "source": {"code": "ESTCOP"}, "target": {"code": "ESTOPP"}, "cameo": "173", "date": null, "place": {"name": "Tallinn"}}
      {"doc": "b2", "source": {"code": "ESTGOV"}, "target": {"code": "FINGOV"}, "cameo": "036", "date": null}
      {"doc_id": "b2", "source": {"code": "FINMIL"}, "target": {"code": "RUS"}, "cameo": "138"}
      """;

  /** score.py -v on these files. */
  static final String EXPECTED_VERBOSE = """
      --- a1: recall 4/4, precise 6/7
        FALSE  ('SWE', None) -> ('FIN', None) 190 2021-05-10
      --- b2: recall 2/2, precise 3/4
        FALSE  ('EST', 'GOV') -> ('FIN', 'GOV') 036 None
      --- c3: recall 0/1, precise 0/0
        MISSED NGO.AMNESTY -> EST.GOV 111 2022-01-01  | Amnesty condemned the Estonian government
      L1 entity dyad + CAMEO root         P=0.818 (9/11)  R=0.857 (6/7)  F1=0.837
      L2 + date                           P=0.727 (8/11)  R=0.714 (5/7)  F1=0.721
      L3 + sector                         P=0.727 (8/11)  R=0.714 (5/7)  F1=0.721
      L4 + place                          P=0.667 (8/12)  R=0.714 (5/7)  F1=0.690
      L5 dyad+root+date, 3-digit code     P=0.545 (6/11)  R=0.714 (5/7)  F1=0.619
      docs=3 with_system_events=2
      """;

  private ScorerFixture() {}

  /** Writes the gold files into {@code dir/gold} and the system events to {@code dir/sys.jsonl}. */
  static Path write(Path dir) throws IOException {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("a1.json"), GOLD_A1);
    Files.writeString(gold.resolve("b2.json"), GOLD_B2);
    Files.writeString(gold.resolve("c3.json"), GOLD_C3);
    Files.writeString(gold.resolve("notes.txt"), "not a gold file");
    Files.writeString(dir.resolve("sys.jsonl"), SYSTEM + "\n\n");
    return dir;
  }
}
