package kz.elicensing.application.decision;

import kz.elicensing.domain.catalog.RefusalGround;

/** A catalog ground an officer may refuse on, with its legal basis, in ru and kk (what the decision page offers). */
public record RefusalGroundView(String code, String nameRu, String nameKz, String legalBasisRu, String legalBasisKz) {

    static RefusalGroundView of(RefusalGround g) {
        return new RefusalGroundView(g.code(), g.nameRu(), g.nameKz(), g.legalBasisRu(), g.legalBasisKz());
    }
}
