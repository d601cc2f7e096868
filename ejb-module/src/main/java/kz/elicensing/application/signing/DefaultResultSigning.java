package kz.elicensing.application.signing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kz.elicensing.application.decision.DecisionService;
import kz.elicensing.application.decision.IssuedResult;
import kz.elicensing.application.decision.PendingResults;
import kz.elicensing.application.decision.ResultKindToSign;
import kz.elicensing.application.registry.LicenseRegistry;

/** Routes a signature by what was prepared: a license act to the registry, any other result to the decisions. */
@Stateless
public class DefaultResultSigning implements ResultSigning {

    @Inject
    PendingResults pending;

    @Inject
    DecisionService decisions;

    @Inject
    LicenseRegistry registry;

    @Override
    public IssuedResult sign(String token, byte[] signedXml, String officer) {
        boolean act = token != null
                && pending.byToken(token.strip())
                        .filter(p -> p.kind() == ResultKindToSign.LICENSE_ACT)
                        .isPresent();
        return act ? registry.signByOfficer(token, signedXml, officer) : decisions.sign(token, signedXml, officer);
    }
}
