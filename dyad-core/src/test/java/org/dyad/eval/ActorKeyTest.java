package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorKeyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest(name = "{0} -> {1}/{2}")
  @CsvSource(nullValues = "null", value = {
      "'{\"code\": \"AZEGOV\"}',                     AZE,  GOV",
      "'{\"code\": \"azegovxyz\"}',                  AZE,  GOV",
      "'{\"code\": \"AZE\"}',                        AZE,  null",
      "'\"TURMIL\"',                                 TUR,  MIL",
      "'{\"code\": \"IGOUNO\"}',                     UN,   null",
      "'{\"code\": \"IGOUNSC\"}',                    UN,   null",
      "'{\"code\": \"NGOHRW\"}',                     HRW,  null",
      "'{\"code\": \"MNCSHELL\"}',                   SHELL, null",
      "'{\"code\": \"IGO\"}',                        IGO,  null",
      "'{\"org\": \"united nations\"}',              UN,   null",
      "'{\"org\": \"Arab League\"}',                 ARAB_LEAGUE, null",
      "'{\"country\": \"geo\", \"sector\": \"opp\"}',  GEO,  OPP",
      "'{\"country\": \"GEO\", \"sector\": \"\"}',     GEO,  null",
      // explicit fields win over the code
      "'{\"country\": \"ARM\", \"code\": \"AZEGOV\"}', ARM,  null",
      "'{\"org\": \"EU\", \"code\": \"AZEGOV\"}',      EU,   null",
      "'{\"country\": \"\", \"code\": \"AZEGOV\"}',    AZE,  GOV",
  })
  void ofSystem_readsFieldsOrSplitsTheCode(String json, String entity, String sector) throws Exception {
    assertEquals(new ActorKey(entity, sector), ActorKey.ofSystem(MAPPER.readTree(json)));
  }

  @ParameterizedTest
  @CsvSource({"null", "'{}'", "'\"\"'", "'{\"country\": null, \"org\": \"\", \"code\": \"\"}'", "'[1]'"})
  void ofSystem_withoutAnActorIsNull(String json) throws Exception {
    JsonNode node = MAPPER.readTree(json);
    assertNull(ActorKey.ofSystem(node));
  }

  @ParameterizedTest(name = "{0} -> {1}/{2}")
  @CsvSource(nullValues = "null", value = {
      "AZE.GOV, AZE, GOV",
      "aze,     AZE, null",
      "IGO.UNO, UN,  null",
      "IGO.EU,  EU,  null",
      "NGO.HRW, HRW, null",
  })
  void ofGold_splitsAtTheDot(String code, String entity, String sector) {
    assertEquals(new ActorKey(entity, sector), ActorKey.ofGold(code));
  }

  @Test
  void ofGold_nullIsNoActor() {
    assertNull(ActorKey.ofGold(null));
  }
}
