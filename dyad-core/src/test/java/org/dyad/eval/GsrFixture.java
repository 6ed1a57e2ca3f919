package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An invented file in the format of PLOVER_GSR_CAMEO.txt, with its quirks. */
final class GsrFixture {

  static final String FILE = """
      [
      {"id": "T-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "documents the file"},
      {"id": "T-DEMAND-0001", "event": "DEMAND", "text": "Japan demanded that Peru release the hostages.",
       "source": [{"actorText": "Japan", "code": "JAP", "sector": "GOV"}],
       "target": [{"actorText": "Peru", "code": "PER"}]},
      {"id": "T-AGREE-0001", "event": "AGREE", "text": "Chile and Bolivia agreed to resume talks.",
       "source": [{"actorText": "Chile", "code": "CHL"}, {"actorText": "Bolivia", "code": "BOL"}],
       "target": ""},
      {"id": "T-FIGHT-0001", "event": "FIGHT", "text": "UN troops clashed with militia in Ituri.",
       "source": [{"actorText": "UN troops", "code": "IGO", "sector": "MIL"}],
       "target": [{"actorText": "militia", "code": "REB"}]},
      {"id": "T-INVESTIGATE-0001", "event": "INVESTIGATE", "text": "Italy opened an inquiry into the crash.",
       "source": [{"actorText": "Italy", "code": "ITL"}]},
      {"id": "T-DISAPPROVE-0001", "event": "DISAPPROVE", "text": "Rights groups criticised the arrests.",
       "source": null, "target": "diplomatic"}
      ]
      """;

  private GsrFixture() {}

  static Path write(Path dir) throws IOException {
    return Files.writeString(dir.resolve("gsr.txt"), FILE);
  }
}
