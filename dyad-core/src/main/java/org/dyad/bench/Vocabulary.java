package org.dyad.bench;

import java.util.List;

/**
 * The words the synthetic corpus is built from: countries with their demonyms and capitals,
 * invented people, organisations, places and topics. The people and towns are made up on purpose
 * so that the benchmark never depends on the actor dictionary knowing them; the countries are
 * real so that the gazetteer, actor resolution and coding do their usual work.
 */
final class Vocabulary {
  private Vocabulary() {}

  /** A country as news text names it. */
  record Country(String name, String demonym, String capital) {}

  /** An invented person; {@code female} picks the pronoun of templates that use one. */
  record Person(String first, String last, boolean female) {
    String full() {
      return first + " " + last;
    }

    String possessive() {
      return female ? "her" : "his";
    }
  }

  static final List<Country> COUNTRIES = List.of(
      new Country("Azerbaijan", "Azerbaijani", "Baku"),
      new Country("Armenia", "Armenian", "Yerevan"),
      new Country("Georgia", "Georgian", "Tbilisi"),
      new Country("Turkey", "Turkish", "Ankara"),
      new Country("Iran", "Iranian", "Tehran"),
      new Country("Iraq", "Iraqi", "Baghdad"),
      new Country("Syria", "Syrian", "Damascus"),
      new Country("Jordan", "Jordanian", "Amman"),
      new Country("Egypt", "Egyptian", "Cairo"),
      new Country("Israel", "Israeli", "Jerusalem"),
      new Country("Lebanon", "Lebanese", "Beirut"),
      new Country("Saudi Arabia", "Saudi", "Riyadh"),
      new Country("Qatar", "Qatari", "Doha"),
      new Country("Pakistan", "Pakistani", "Islamabad"),
      new Country("India", "Indian", "New Delhi"),
      new Country("China", "Chinese", "Beijing"),
      new Country("Japan", "Japanese", "Tokyo"),
      new Country("South Korea", "South Korean", "Seoul"),
      new Country("Indonesia", "Indonesian", "Jakarta"),
      new Country("Vietnam", "Vietnamese", "Hanoi"),
      new Country("Philippines", "Philippine", "Manila"),
      new Country("Australia", "Australian", "Canberra"),
      new Country("Russia", "Russian", "Moscow"),
      new Country("Ukraine", "Ukrainian", "Kyiv"),
      new Country("Poland", "Polish", "Warsaw"),
      new Country("Germany", "German", "Berlin"),
      new Country("France", "French", "Paris"),
      new Country("Italy", "Italian", "Rome"),
      new Country("Spain", "Spanish", "Madrid"),
      new Country("Britain", "British", "London"),
      new Country("Serbia", "Serbian", "Belgrade"),
      new Country("Hungary", "Hungarian", "Budapest"),
      new Country("Kazakhstan", "Kazakh", "Astana"),
      new Country("Nigeria", "Nigerian", "Abuja"),
      new Country("Kenya", "Kenyan", "Nairobi"),
      new Country("Ethiopia", "Ethiopian", "Addis Ababa"),
      new Country("Sudan", "Sudanese", "Khartoum"),
      new Country("South Africa", "South African", "Pretoria"),
      new Country("Brazil", "Brazilian", "Brasilia"),
      new Country("Mexico", "Mexican", "Mexico City"),
      new Country("Colombia", "Colombian", "Bogota"),
      new Country("Venezuela", "Venezuelan", "Caracas"),
      new Country("Canada", "Canadian", "Ottawa"),
      new Country("United States", "American", "Washington"));

  static final List<String> MALE_FIRST = List.of("Arman", "Tomas", "Rafael", "Kenji", "Oleksiy",
      "Farid", "Mateo", "Idris", "Luka", "Daniyar", "Samuel", "Haroun", "Viktor", "Emeka", "Paulo",
      "Anselm", "Kwame", "Nikolai", "Yusuf", "Bernard");

  static final List<String> FEMALE_FIRST = List.of("Leyla", "Marta", "Anouk", "Sakura", "Olena",
      "Amira", "Lucia", "Zainab", "Ingrid", "Aigerim", "Camille", "Nadia", "Teodora", "Adaeze",
      "Beatriz", "Hana", "Ruth", "Selin", "Mariam", "Elif");

  static final List<String> SURNAMES = List.of("Harvand", "Kolesnyk", "Moravetz", "Tanabe",
      "Okonkwo", "Valdemar", "Rashidova", "Ferreira", "Dunmore", "Azimov", "Lindqvist", "Barakat",
      "Petrovan", "Quiroga", "Achterberg", "Nkemelu", "Sorvani", "Halloran", "Mbeki-Tsoro",
      "Castellano", "Yilmazer", "Demirtel", "Abernathy", "Zhukovin", "Oyelaran", "Brandt-Ruiz");

  static final List<String> ROLES = List.of("Foreign Minister", "President", "Prime Minister",
      "Defence Minister", "Interior Minister", "Trade Minister", "Deputy Foreign Minister",
      "Energy Minister");

  static final List<String> ORGANISATIONS = List.of("the United Nations", "the European Union",
      "the African Union", "NATO", "the World Food Programme", "the International Committee of the Red Cross",
      "the World Health Organization", "the UN Security Council", "UNICEF", "the IAEA",
      "Amnesty International", "the Arab League");

  /** Invented town names, for clashes and protests away from the capitals. */
  static final List<String> TOWNS = List.of("Velmora", "Karsan", "Dunholt", "Tessaro", "Ambrin",
      "Kalvesh", "Oruza", "Nimbara", "Sollet", "Brevik Falls", "Qasrin", "Mardova");

  static final List<String> GROUPS = List.of("opposition supporters", "students", "farmers",
      "factory workers", "teachers", "residents", "pensioners", "lorry drivers", "doctors");

  static final List<String> ARMED = List.of("rebels", "militants", "insurgents", "armed men",
      "separatist fighters");

  static final List<String> TOPICS = List.of("trade and investment", "energy cooperation",
      "border security", "the refugee situation", "regional stability", "transport links",
      "water sharing", "the peace process", "grain exports", "visa rules");

  static final List<String> GOODS = List.of("food", "medical supplies", "fuel", "tents and blankets",
      "drinking water", "wheat flour", "vaccines");

  static final List<String> AGREEMENTS = List.of("a trade agreement", "a memorandum of understanding",
      "a defence cooperation pact", "an energy deal", "a visa-free travel agreement",
      "a ceasefire agreement", "a loan agreement", "an accord on transit");

  static final List<String> PUBLISHERS = List.of("Meridian Wire", "The Coastal Herald",
      "Northgate Times", "Eastern Ledger", "Capital Dispatch", "Global Courier");
}
