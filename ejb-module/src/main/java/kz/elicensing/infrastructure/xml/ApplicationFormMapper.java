package kz.elicensing.infrastructure.xml;

import java.util.List;
import kz.elicensing.contract.v1.Application;
import kz.elicensing.contract.v1.Individual;
import kz.elicensing.contract.v1.LegalEntity;
import kz.elicensing.domain.application.ApplicationForm;
import kz.elicensing.domain.application.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.domain.signature.SignerIdentity;
import org.w3c.dom.Element;

/** Reads the verified {@code Application} element into the domain's {@link ApplicationForm}. */
public final class ApplicationFormMapper {
    private ApplicationFormMapper() {
    }

    public static ApplicationForm read(Element verifiedRoot, SignerIdentity signer) {
        Application a = Jaxb.unmarshal(verifiedRoot, Application.class);
        LegalEntity entity = a.getApplicant().getLegalEntity();
        Individual person = a.getApplicant().getIndividual();
        ApplicantKind kind = entity != null ? ApplicantKind.LEGAL_ENTITY : ApplicantKind.INDIVIDUAL;
        String applicantId = entity != null ? entity.getBin() : person.getIin();
        String name = entity != null ? entity.getName()
                : String.join(" ", nonNull(person.getLastName(), person.getFirstName(), person.getMiddleName()));
        return new ApplicationForm(a.getRequestId(), a.getService(), Operation.valueOf(a.getOperation().value()),
                a.getBaseLicenseNumber(), a.getLanguage().value(), kind, applicantId, name,
                entity != null ? entity.getHeadIin() : null, a.getActivity().getSubtype(),
                a.getPayment().getReference(), a.getPayment().getAmount(), signer);
    }

    private static List<String> nonNull(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList();
    }
}
