package kz.elicensing.infrastructure.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import kz.elicensing.contract.v1.Activity;
import kz.elicensing.contract.v1.License;
import kz.elicensing.contract.v1.ObjectFactory;
import kz.elicensing.contract.v1.Operation;
import kz.elicensing.contract.v1.Party;
import kz.elicensing.contract.v1.Refusal;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.licence.DocumentFactory;
import kz.elicensing.infrastructure.signature.EnvelopedSigner;
import kz.elicensing.infrastructure.signature.SealKeys;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.xml.Jaxb;
import kz.elicensing.infrastructure.xml.XmlDates;
import org.w3c.dom.Document;

/**
 * Builds License, Order and Refusal documents (urn:kz:elicensing:v1): unsigned for the authorized person to sign in
 * the browser, or sealed with the provider's system seal (automatic refusals).
 */
@ApplicationScoped
public class XmlResultDocuments implements DocumentFactory {
    private static final ObjectFactory FACTORY = new ObjectFactory();

    @Inject
    SealKeys seals;

    @Inject
    Clock clock;

    @Inject
    Catalog catalog;

    @Override
    public byte[] license(
            kz.elicensing.domain.licence.License license, LicenseApplication application, LicenseService service) {
        License doc = licenseDocument(license, application, service);
        doc.setOperation(Operation.fromValue(application.operation().name()));
        doc.setBaseLicenseNumber(license.baseNumber());
        return unsigned(doc);
    }

    @Override
    public byte[] duplicate(
            kz.elicensing.domain.licence.License original, LicenseApplication application, LicenseService service) {
        License doc = licenseDocument(original, application, service);
        doc.setOperation(Operation.DUPLICATE);
        doc.setBaseLicenseNumber(original.number());
        doc.setDuplicate(Boolean.TRUE);
        return unsigned(doc);
    }

    /** The license's content: number, service, status, issue date, licensor, licensee, activity. */
    private License licenseDocument(
            kz.elicensing.domain.licence.License license, LicenseApplication application, LicenseService service) {
        License doc = FACTORY.createLicense();
        doc.setId("license-" + UUID.randomUUID());
        doc.setLicenseNumber(license.number());
        doc.setApplicationNumber(application.number());
        doc.setService(service.code());
        doc.setTitleRu(service.titleRu());
        doc.setTitleKz(service.titleKz());
        doc.setStatus(license.status().name());
        doc.setIssuedAt(XmlDates.dateTime(license.issuedAt()));
        doc.setLicensor(provider(catalog.providerByCode(license.providerCode()).orElse(service.provider())));
        Party licensee = FACTORY.createParty();
        licensee.setId(license.holderId());
        // the registry's names, address and head (kept when the check answered), never the applicant's own text
        licensee.setNameRu(license.holderName());
        licensee.setNameKz(license.holderNameKz());
        licensee.setAddress(license.holderAddress());
        licensee.setHeadIin(license.holderHeadIin());
        licensee.setHeadName(license.holderHeadName());
        doc.setLicensee(licensee);
        Activity activity = FACTORY.createActivity();
        activity.getSubtype()
                .addAll(
                        license.activitySubtypes().isEmpty()
                                ? application.activitySubtypes()
                                : license.activitySubtypes());
        license.objects().stream().filter(o -> o.current()).forEach(o -> {
            kz.elicensing.contract.v1.ActivityObject object = FACTORY.createActivityObject();
            object.setAddress(o.address());
            object.setDescription(o.description());
            activity.getObject().add(object);
        });
        doc.setActivity(activity);
        return doc;
    }

    @Override
    public boolean hasSeal(String providerCode) {
        return seals.seal(providerCode).isPresent();
    }

    @Override
    public byte[] sealedRefusal(
            LicenseApplication application,
            LicenseService service,
            ErrorCode reason,
            String reasonRu,
            String reasonKz) {
        Refusal doc = FACTORY.createRefusal();
        doc.setId("refusal-" + UUID.randomUUID());
        doc.setApplicationNumber(application.number());
        doc.setService(service.code());
        doc.setApplicantId(application.applicantId());
        doc.setReasonCode(reason.name());
        doc.setReasonRu(reasonRu);
        doc.setReasonKz(reasonKz);
        doc.setRefusedAt(XmlDates.dateTime(clock.instant()));
        doc.setProvider(provider(providerOf(application, service)));
        return seal(doc, application.providerCode());
    }

    @Override
    public byte[] sealedRefusal(
            LicenseApplication application,
            LicenseService service,
            RefusalGround ground,
            String commentRu,
            String commentKz) {
        return seal(
                groundRefusal(application, service, ground, commentRu, commentKz, clock.instant()),
                application.providerCode());
    }

    @Override
    public byte[] refusal(
            LicenseApplication application,
            LicenseService service,
            RefusalGround ground,
            String commentRu,
            String commentKz,
            java.time.Instant at) {
        return unsigned(groundRefusal(application, service, ground, commentRu, commentKz, at));
    }

    private Refusal groundRefusal(
            LicenseApplication application,
            LicenseService service,
            RefusalGround ground,
            String commentRu,
            String commentKz,
            java.time.Instant at) {
        Refusal doc = FACTORY.createRefusal();
        doc.setId("refusal-" + UUID.randomUUID());
        doc.setApplicationNumber(application.number());
        doc.setService(service.code());
        doc.setApplicantId(application.applicantId());
        doc.setReasonCode(ground.code());
        doc.setReasonRu(ground.nameRu());
        doc.setReasonKz(ground.nameKz());
        doc.setRefusedAt(XmlDates.dateTime(at));
        doc.setProvider(provider(providerOf(application, service)));
        doc.setLegalBasisRu(ground.legalBasisRu());
        doc.setLegalBasisKz(ground.legalBasisKz());
        doc.setCommentRu(commentRu);
        doc.setCommentKz(commentKz);
        return doc;
    }

    @Override
    public byte[] order(
            LicenseApplication application, LicenseService service, String orderNumber, java.time.Instant at) {
        kz.elicensing.contract.v1.Order doc = FACTORY.createOrder();
        doc.setId("order-" + UUID.randomUUID());
        doc.setOrderNumber(orderNumber);
        doc.setApplicationNumber(application.number());
        doc.setService(service.code());
        doc.setTitleRu(service.titleRu());
        doc.setTitleKz(service.titleKz());
        doc.setOrderedAt(XmlDates.dateTime(at));
        doc.setIssuer(provider(providerOf(application, service)));
        Party centre = FACTORY.createParty();
        centre.setId(application.applicantId());
        centre.setNameRu(application.applicantName());
        centre.setNameKz(application.applicantName());
        doc.setTrainingCenter(centre);
        doc.setDecisionRu(Messages.ru("order.decision", application.applicantName(), application.applicantId()));
        doc.setDecisionKz(Messages.kk("order.decision", application.applicantName(), application.applicantId()));
        return unsigned(doc);
    }

    /** The application's own provider (a per-region service's regional one), else the service's default. */
    private Provider providerOf(LicenseApplication application, LicenseService service) {
        return catalog.providerByCode(application.providerCode()).orElse(service.provider());
    }

    private static Party provider(Provider p) {
        Party party = FACTORY.createParty();
        party.setId(p.bin());
        party.setNameRu(p.nameRu());
        party.setNameKz(p.nameKz());
        return party;
    }

    /** The document as the person will sign it: parsed back from its bytes, so that what is kept is what is shown. */
    private static byte[] unsigned(Object jaxbElement) {
        Document dom = SecureXml.newDocument();
        Jaxb.toDom(jaxbElement, dom);
        return SecureXml.toBytes(SecureXml.parse(SecureXml.toBytes(dom)));
    }

    /** Signed with the provider's system seal; a provider without one has no automatic results (the caller asks first). */
    private byte[] seal(Object jaxbElement, String providerCode) {
        Document dom = SecureXml.newDocument();
        Jaxb.toDom(jaxbElement, dom);
        return EnvelopedSigner.sign(
                dom,
                seals.seal(providerCode)
                        .orElseThrow(() -> new IllegalStateException(providerCode + " has no system seal")));
    }
}
