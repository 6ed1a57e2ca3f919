package org.dyad.bench;

import java.util.List;

/**
 * Sentence templates of the synthetic corpus. A placeholder in braces is filled by {@link
 * SentenceFiller}: {@code C1 C2 C3} countries, {@code D1 D2} their demonyms, {@code CAP1 CAP2}
 * their capitals, {@code P1 P2} people (with {@code POS1} the pronoun of P1), {@code ROLE1 ROLE2}
 * titles, {@code WHEN} a date expression with its leading space (or nothing), and the word lists
 * of {@link Vocabulary}. The event templates cover the CAMEO roots a news desk sees most; the
 * filler templates hold no event on purpose, so that the coder's cheap stages must turn them away.
 */
final class Templates {
  private Templates() {}

  static final List<String> EVENTS = List.of(
      // meetings and consultations
      "{D1} Foreign Minister {P1} met with {POS1} {D2} counterpart {P2} in {CAP1}{WHEN}.",
      "{ROLE1} {P1} of {C1} held talks with {D2} {ROLE2} {P2}{WHEN} on {TOPIC}.",
      "The leaders of {C1} and {C2} met{WHEN} on the sidelines of a regional summit in {CITY}.",
      "{P1}, {C1}'s {ROLE1}, hosted a delegation from {C2} led by {P2}{WHEN}.",
      "{D1} and {D2} officials discussed {TOPIC} during a phone call{WHEN}.",
      // visits
      "{D1} President {P1} arrived in {CAP2}{WHEN} for a two-day official visit.",
      "{P1}, {C1}'s {ROLE1}, visited {C2}{WHEN} and laid a wreath at a war memorial.",
      "A {D2} parliamentary delegation travelled to {CAP1}{WHEN} at the invitation of its {D1} hosts.",
      // agreements and cooperation
      "{C1} and {C2} signed {AGREEMENT} in {CITY}{WHEN}, according to a government statement.",
      "{D1} Prime Minister {P1} and {D2} President {P2} signed {AGREEMENT}{WHEN}.",
      "The two countries agreed{WHEN} to expand cooperation in {TOPIC}.",
      "{C1} agreed to provide {C2} with a loan of {N} million dollars over five years.",
      "{D1} and {D2} naval units held joint exercises off the coast{WHEN}.",
      "{P1} praised {C2} for its role in talks on {TOPIC}.",
      // condemnation, accusation, criticism
      "{C1} condemned the attack on its embassy in {CAP2} and summoned the {D2} ambassador.",
      "The {D1} Foreign Ministry strongly condemned {D2} strikes on civilian areas{WHEN}.",
      "{ORG} condemned the killing of {N2} civilians in the town of {TOWN}.",
      "{D1} officials accused {C2} of violating the ceasefire along the border{WHEN}.",
      "{C1} criticised {C2} over its treatment of foreign journalists.",
      "{C1} denied accusations by {C2} that its troops had crossed the border.",
      "{C1} rejected a proposal by {C2} to hold talks in {CITY}.",
      // sanctions and diplomatic penalties
      "{C1} imposed new sanctions on {C2}{WHEN}, targeting its banks and energy exports.",
      "The European Union imposed sanctions on {N2} {D1} officials accused of human rights abuses.",
      "{C1} expelled {N2} {D2} diplomats{WHEN}, accusing them of espionage.",
      "{C1} recalled its ambassador from {C2} for consultations{WHEN}.",
      // protests and strikes
      "Thousands of {GROUP} protested in {CAP1}{WHEN} against rising fuel prices.",
      "Hundreds of {GROUP} rallied outside the {D2} embassy in {CAP1}, demanding the release of detained activists.",
      "{GROUP} staged a sit-in in front of parliament in {CAP1}{WHEN}.",
      "Workers at the main port of {C1} went on strike{WHEN} over unpaid wages.",
      // police action
      "{D1} police arrested {N2} protesters in {CAP1}{WHEN} after scuffles near the parliament building.",
      "Security forces in {C1} detained opposition leader {P1}{WHEN} on charges of inciting unrest.",
      "Police fired tear gas to disperse demonstrators in {TOWN}{WHEN}.",
      "{D1} authorities arrested {D2} journalist {P2} on spying charges{WHEN}.",
      // fighting
      "{D1} and {D2} troops clashed along the disputed border{WHEN}, leaving {N2} soldiers dead.",
      "{ARMED} attacked an army post near {TOWN}{WHEN}, killing {N2} soldiers.",
      "{D1} forces fought {ARMED} in the hills around {TOWN} for a third day.",
      "Gunmen killed {N2} villagers in an attack on {TOWN} in northern {C1}{WHEN}.",
      "{D1} warplanes carried out air strikes on positions held by {ARMED} near {TOWN}{WHEN}.",
      "{C1} launched drone strikes on targets in {C2}{WHEN}, the defence ministry said.",
      "An air strike by the {D1} air force hit a market in {TOWN}, killing at least {N2} people.",
      "{D1} artillery shelled villages across the border in {C2}{WHEN}.",
      // aid
      "{ORG} delivered {GOODS} to {N} families in {TOWN}{WHEN}.",
      "{C1} sent {N} tonnes of {GOODS} to {C2} after the floods.",
      "{C1} pledged {N} million dollars in humanitarian aid to {C2}{WHEN}.",
      "{C1} released {N2} {D2} prisoners{WHEN} as part of an exchange brokered by {C3}.",
      // threats and warnings
      "{D1} President {P1} threatened to cut off gas supplies to {C2} if the dispute was not settled.",
      "{C1} warned {C2} that it would answer any further provocation with force.",
      "{P1} threatened {C2} with retaliation over the seizure of a {D1} cargo ship.",
      // appeals, offers, statements
      "{ORG} urged {C1} and {C2} to show restraint and return to talks.",
      "{D1} Foreign Minister {P1} called on {C2} to release the detained sailors{WHEN}.",
      "{P1} appealed to {ORG} for help in rebuilding the areas hit by the earthquake.",
      "{C1} offered to mediate between {C2} and {C3}, {P1} told reporters in {CAP1}.",
      "{D1} Prime Minister {P1} expressed condolences to {D2} President {P2} over the deadly fire.",
      "{C1} promised to support the bid of {C2} to join {ORG}.");

  static final List<String> FILLERS = List.of(
      // economy
      "The {D1} economy grew by {PCT} percent in the last quarter, according to official figures.",
      "Inflation in {C1} slowed to {PCT} percent in {MONTH}, the statistics office said.",
      "The {D1} currency has lost about a fifth of its value against the dollar since January.",
      "Oil prices edged higher in early trading, with Brent crude near {PRICE} dollars a barrel.",
      "Trade between {C1} and {C2} reached {N} billion dollars last year.",
      "Tourism accounts for about {PCT} percent of the country's economic output.",
      "The central bank kept its main interest rate unchanged at {PCT} percent.",
      "Unemployment among young people remains above {PCT} percent.",
      "The stock exchange in {CAP1} closed {PCT} percent higher.",
      "Officials expect the new airport in {CAP1} to handle {N2} million passengers a year.",
      "Local media reported long queues at petrol stations in several cities.",
      // weather
      "Temperatures in {CAP1} are expected to reach {TEMP} degrees Celsius later this week.",
      "Heavy rain is forecast for the coastal regions over the weekend.",
      "Schools in {CAP1} will remain closed until Monday because of the heat.",
      "Wheat harvests across the region are expected to be lower than last year.",
      "Snow blocked mountain roads in the north of {C1}, and several villages were without power.",
      // background
      "The two countries have had diplomatic relations since {YEAR}.",
      "{C1} is home to roughly {N2} million people.",
      "The border between the two countries stretches for more than {N} kilometres.",
      "Analysts say the region has become more important for global shipping in recent years.",
      "The ministry did not give further details.",
      "Construction of the new railway line began {YEARS} years ago and is due to end in {FUTUREYEAR}.",
      "The report runs to more than {N} pages and covers the period since {YEAR}.",
      "The talks are the first of their kind in more than a decade.",
      "Both countries are members of the World Trade Organization.",
      "The festival, held every summer since {YEAR}, draws visitors from across the region.",
      "The population of {TOWN} has fallen by almost half over the past two decades.",
      "More than {N} people attended the opening of the new concert hall in {CAP1}.",
      "The old town of {TOWN} is known for its stone bridges and its vineyards.",
      // quotes
      "\"This is a long process and it will take time,\" one official said on condition of anonymity.",
      "\"The numbers speak for themselves,\" said {P1}, an economist at a university in {CAP1}.",
      "\"We hope the weather improves before the harvest,\" said {P1}, a farmer from {TOWN}.",
      "\"Nobody here remembers a summer like this one,\" said a shopkeeper in {CAP1}.",
      "\"Prices go up every week, but our wages stay the same,\" said {P2}, a teacher.");

  static final List<String> HEADLINES = List.of(
      "{C1} and {C2} hold talks on {TOPIC}",
      "{D1} police detain protesters in {CAP1}",
      "{C1} imposes new sanctions on {C2}",
      "Aid reaches {TOWN} after weeks of fighting",
      "{D1} minister visits {CAP2}",
      "Tensions rise on {D1}-{D2} border",
      "{C1} and {C2} sign {AGREEMENT}",
      "{C1} warns {C2} over border incidents",
      "Air strikes reported near {TOWN}",
      "{ORG} calls for calm between {C1} and {C2}");
}
