package org.marsad.translit;

import java.util.List;

/** A hand-made training set where each Arabic letter has one Latin spelling. */
final class TinyNames {
    private TinyNames() {
    }

    static final List<NamePair> PAIRS = List.of(
            new NamePair("بارك", "bark"), new NamePair("ماري", "mari"), new NamePair("نيكو", "niko"),
            new NamePair("تولا", "tola"), new NamePair("سامي", "sami"), new NamePair("ليون", "lion"),
            new NamePair("كارلو", "karlo"), new NamePair("مونيكا", "monika"), new NamePair("ساكو", "sako"),
            new NamePair("توني", "toni"), new NamePair("نيلسون", "nilson"), new NamePair("روسو", "roso"),
            new NamePair("بيلا", "bila"), new NamePair("ماركو", "marko"), new NamePair("سيمون", "simon"),
            new NamePair("تشاك", "chak"), new NamePair("تشيكو", "chiko"), new NamePair("ريتشي", "richi"));

    static GraphoneModel model(int order) {
        return new GraphoneModelTrainer(order, 5, 1).train(PAIRS, "tiny test set");
    }
}
