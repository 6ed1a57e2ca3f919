package org.dyad.web;

import java.util.List;
import org.dyad.actors.gazetteer.Gazetteer;
import org.dyad.coding.Coder;
import org.dyad.nlp.corenlp.CoreNlp;
import org.dyad.places.geonames.Geoparser;
import org.dyad.store.Ingestor;

/** The real coder (CoreNLP, the actor gazetteer, GeoNames places), loaded once per test JVM. */
final class SharedCoder {
  private SharedCoder() {}

  private static final class Holder {
    static final Coder CODER = Coder.standard(CoreNlp.load(), Gazetteer.standard(List.of()),
        Geoparser.standard(List.of()));
  }

  static Ingestor.ArticleCoder get() {
    return Holder.CODER::code;
  }
}
