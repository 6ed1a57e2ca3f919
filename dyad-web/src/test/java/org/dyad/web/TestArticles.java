package org.dyad.web;

/** Articles written for these tests (JSON Lines in Dyad's article format). */
final class TestArticles {
  private TestArticles() {}

  static final String SHUSHA = """
      {"id":"shusha","date":"2024-07-06","source":"Test Wire","url":"https://example.org/shusha","title":"Ministers meet in Shusha","text":"SHUSHA, July 6 (Test Wire) - Azerbaijan's foreign minister, Jeyhun Bayramov, met his Turkish counterpart Hakan Fidan in Shusha on Saturday. The two ministers discussed trade and transport links between their countries."}""";

  static final String YEREVAN = """
      {"id":"yerevan","date":"2024-07-10","source":"Caucasus Daily","url":"https://example.org/yerevan","title":"Yerevan accuses Baku","text":"YEREVAN, July 10 (Caucasus Daily) - Armenia accused Azerbaijan on Wednesday of violating the ceasefire near the border. Armenian Prime Minister Nikol Pashinyan criticized the Azerbaijani government in a speech in Yerevan."}""";

  static final String KHARKIV = """
      {"id":"kharkiv","date":"2024-07-15","source":"Test Wire","url":"https://example.org/kharkiv","title":"Shelling near Kharkiv","text":"KYIV, July 15 (Test Wire) - Russian forces shelled Ukrainian positions near Kharkiv on Monday, the Ukrainian military said. Ukraine condemned Russia for the attack."}""";

  /** An organisation and police, for the actor search (not in {@link #all()}). */
  static final String UN_POLICE = """
      {"id":"un-police","date":"2024-07-12","source":"Test Wire","url":"https://example.org/un-police","title":"UN urges talks","text":"NAIROBI, July 12 (Test Wire) - The United Nations urged Azerbaijan and Armenia on Friday to resume peace talks. In Kisumu, Kenyan police fired tear gas at protesters on Thursday."}""";

  static final String PASTED = "BAKU, July 20 - Azerbaijani President Ilham Aliyev met with Georgian Prime Minister"
      + " Irakli Kobakhidze in Baku on Saturday. The two leaders signed an agreement on energy cooperation.";

  static String all() {
    return SHUSHA + "\n" + YEREVAN + "\n" + KHARKIV + "\n";
  }
}
