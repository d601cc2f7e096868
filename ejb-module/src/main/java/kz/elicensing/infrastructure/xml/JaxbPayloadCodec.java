package kz.elicensing.infrastructure.xml;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.elicensing.application.walkin.ApplicantData;
import kz.elicensing.application.walkin.ApplicantLookup;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.shep.LicenseChangeRequest;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.shep.WalkInMessages;
import kz.elicensing.application.walkin.WalkInRequest;
import kz.elicensing.shep.PayloadCodec;
import kz.elicensing.application.query.ResultDocument;
import kz.elicensing.shep.StatusQuery;
import kz.elicensing.contract.v1.Acknowledgement;
import kz.elicensing.contract.v1.ApplicationReceipt;
import kz.elicensing.contract.v1.ApplicationStatusList;
import kz.elicensing.contract.v1.ApplicationStatusType;
import kz.elicensing.contract.v1.HistoryStep;
import kz.elicensing.contract.v1.ObjectFactory;
import kz.elicensing.contract.v1.PaymentNotice;
import kz.elicensing.contract.v1.Result;
import kz.elicensing.contract.v1.ResultQuery;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.payment.PaymentRecord;
import kz.elicensing.infrastructure.signature.PayloadSchemas;
import kz.elicensing.infrastructure.signature.SecureXml;
import org.w3c.dom.Document;

/** Reads and writes the urn:kz:elicensing:v1 payloads with the hardened parser, the schema and JAXB. */
@ApplicationScoped
public class JaxbPayloadCodec implements PayloadCodec {
    private static final ObjectFactory FACTORY = new ObjectFactory();
    @Override
    public StatusQuery readStatusQuery(String xml) {
        kz.elicensing.contract.v1.StatusQuery q = read(xml, kz.elicensing.contract.v1.StatusQuery.class);
        return new StatusQuery(q.getApplicationNumber(), q.getApplicantId());
    }

    @Override
    public String readResultQuery(String xml) {
        return read(xml, ResultQuery.class).getApplicationNumber();
    }

    @Override
    public PaymentRecord readPaymentNotice(String xml) {
        PaymentNotice n = read(xml, PaymentNotice.class);
        return new PaymentRecord(n.getReference(), n.getPayerId(), n.getAmount(), n.getBudgetCode(),
                n.getPaidAt().toGregorianCalendar().toInstant());
    }

    @Override
    public String readVerifyDocumentRequest(String xml) {
        return read(xml, kz.elicensing.contract.v1.VerifyDocumentRequest.class).getDocument();
    }

    private static <T> T read(String xml, Class<T> type) {
        Document doc = SecureXml.parseValid(xml.getBytes(StandardCharsets.UTF_8), PayloadSchemas.elicensing());
        if (!"urn:kz:elicensing:v1".equals(doc.getDocumentElement().getNamespaceURI())
                || !type.getSimpleName().equals(doc.getDocumentElement().getLocalName())) {
            throw new ElicensingException(ErrorCode.SCHEMA_VIOLATION, "expected " + type.getSimpleName() + ", got "
                    + doc.getDocumentElement().getLocalName());
        }
        return Jaxb.unmarshal(doc.getDocumentElement(), type);
    }

    @Override
    public String writeReceipt(ApplicationView application, String messageRu, String messageKz) {
        ApplicationReceipt r = FACTORY.createApplicationReceipt();
        r.setApplicationNumber(application.number());
        r.setStatus(application.status().name());
        r.setRegisteredAt(XmlDates.dateTime(application.registeredAt()));
        r.setDeadline(XmlDates.date(application.deadline()));
        r.setMessageRu(messageRu);
        r.setMessageKz(messageKz);
        return Jaxb.toXml(r);
    }

    @Override
    public String writeStatus(ApplicationView application) {
        return Jaxb.toXml(FACTORY.createApplicationStatus(status(application)));
    }

    @Override
    public String writeStatusList(List<ApplicationView> applications) {
        ApplicationStatusList list = FACTORY.createApplicationStatusList();
        applications.forEach(a -> list.getApplicationStatus().add(status(a)));
        return Jaxb.toXml(list);
    }

    private static ApplicationStatusType status(ApplicationView a) {
        ApplicationStatusType s = FACTORY.createApplicationStatusType();
        s.setApplicationNumber(a.number());
        s.setService(a.serviceCode());
        s.setOperation(kz.elicensing.contract.v1.Operation.fromValue(a.operation().name()));
        s.setApplicantId(a.applicantId());
        s.setStatus(a.status().name());
        s.setStatusRu(Messages.ru(a.status().messageKey()));
        s.setStatusKz(Messages.kk(a.status().messageKey()));
        s.setRegisteredAt(XmlDates.dateTime(a.registeredAt()));
        s.setDeadline(XmlDates.date(a.deadline()));
        ApplicationStatusType.History history = FACTORY.createApplicationStatusTypeHistory();
        for (ApplicationView.Step step : a.history()) {
            HistoryStep h = FACTORY.createHistoryStep();
            h.setStatus(step.status().name());
            h.setAt(XmlDates.dateTime(step.at()));
            h.setActorRole(step.actorRole().name());
            h.setNote(step.note());
            history.getStep().add(h);
        }
        s.setHistory(history);
        s.setResultAvailable(a.resultAvailable());
        if (a.currentStep() != null) {
            s.setCurrentStep(a.currentStep());
            s.setStepDeadline(XmlDates.date(a.stepDeadline()));
        }
        return s;
    }

    @Override
    public String writeResult(ResultDocument result, byte[] pdf) {
        Result r = FACTORY.createResult();
        r.setApplicationNumber(result.applicationNumber());
        r.setKind(result.kind());
        r.setSignedDocument(new String(result.signedDocument(), StandardCharsets.UTF_8));
        r.setPdf(pdf);
        return Jaxb.toXml(r);
    }

    @Override
    public String writeAcknowledgement(boolean accepted, String messageRu, String messageKz) {
        Acknowledgement a = FACTORY.createAcknowledgement();
        a.setAccepted(accepted);
        a.setMessageRu(messageRu);
        a.setMessageKz(messageKz);
        return Jaxb.toXml(a);
    }


    // walk-in (channel 2)
    @Override
    public WalkInMessages.Lookup readLookupApplicant(String xml) {
        kz.elicensing.contract.v1.LookupApplicantRequest r = read(xml, kz.elicensing.contract.v1.LookupApplicantRequest.class);
        return new WalkInMessages.Lookup(r.getOfficer(), new ApplicantLookup(r.getService(),
                kz.elicensing.domain.application.Operation.valueOf(r.getOperation().value()),
                kz.elicensing.domain.party.ApplicantKind.valueOf(r.getApplicantKind().value()), r.getApplicantId()));
    }

    @Override
    public WalkInMessages.Register readRegisterWalkIn(String xml) {
        kz.elicensing.contract.v1.RegisterWalkInRequest r = read(xml, kz.elicensing.contract.v1.RegisterWalkInRequest.class);
        List<WalkInRequest.ScanUpload> scans = r.getScan().stream()
                .map(s -> new WalkInRequest.ScanUpload(s.getDocumentCode(), s.getFileName(), s.getContent())).toList();
        return new WalkInMessages.Register(r.getOfficer(), new WalkInRequest(r.getRequestId(), r.getService(),
                kz.elicensing.domain.application.Operation.valueOf(r.getOperation().value()),
                kz.elicensing.domain.party.ApplicantKind.valueOf(r.getApplicantKind().value()), r.getApplicantId(),
                r.getPaymentReference(), r.getPresentedDocument(), scans,
                r.getLanguage() == null ? null : r.getLanguage().value()));
    }

    @Override
    public String writeApplicantData(ApplicantData data) {
        kz.elicensing.contract.v1.ApplicantData d = FACTORY.createApplicantData();
        d.setApplicantKind(kz.elicensing.contract.v1.ApplicantKind.fromValue(data.applicantKind().name()));
        d.setApplicantId(data.applicantId());
        d.setRegistry(data.registry().name());
        d.setNameRu(data.nameRu());
        d.setNameKz(data.nameKz());
        d.setAddress(data.address());
        d.setBirthDate(data.birthDate() == null ? null : XmlDates.date(data.birthDate()));
        d.setRegistryStatus(data.registryStatus());
        d.setLeaderIin(data.leaderIin());
        d.setLeaderName(data.leaderName());
        for (kz.elicensing.domain.catalog.RequiredDocument doc : data.requiredDocuments()) {
            kz.elicensing.contract.v1.RequiredDocument r = FACTORY.createRequiredDocument();
            r.setCode(doc.code());
            r.setNameRu(doc.nameRu());
            r.setNameKz(doc.nameKz());
            r.setMandatory(doc.mandatory());
            d.getRequiredDocument().add(r);
        }
        return Jaxb.toXml(d);
    }

    @Override
    public String readLicenseQuery(String xml) {
        return read(xml, kz.elicensing.contract.v1.LicenseQuery.class).getLicenseNumber();
    }

    @Override
    public LicenseChangeRequest readChangeLicense(String xml) {
        kz.elicensing.contract.v1.ChangeLicenseRequest r = read(xml, kz.elicensing.contract.v1.ChangeLicenseRequest.class);
        return new LicenseChangeRequest(r.getLicenseNumber(), r.getAction(), r.getBasis(), r.getReason(),
                r.getDecisionNumber(), r.getDecisionDate() == null ? null
                : java.time.LocalDate.of(r.getDecisionDate().getYear(), r.getDecisionDate().getMonth(),
                r.getDecisionDate().getDay()), r.getDecisionBody(), r.getObjectAddress(), r.getObjectDescription(),
                r.getObjectId());
    }

    @Override
    public String writeLicenseRecord(LicenseView view, String statusRu, String statusKz) {
        kz.elicensing.domain.licence.License l = view.license();
        kz.elicensing.contract.v1.LicenseRecord r = FACTORY.createLicenseRecord();
        r.setLicenseNumber(l.number());
        r.setStatus(l.status().name());
        r.setStatusRu(statusRu);
        r.setStatusKz(statusKz);
        r.setService(view.service().code());
        r.setTitleRu(view.service().titleRu());
        r.setTitleKz(view.service().titleKz());
        kz.elicensing.contract.v1.Party licensor = FACTORY.createParty();
        licensor.setId(view.licensor().bin());
        licensor.setNameRu(view.licensor().nameRu());
        licensor.setNameKz(view.licensor().nameKz());
        r.setLicensor(licensor);
        kz.elicensing.contract.v1.Party licensee = FACTORY.createParty();
        licensee.setId(l.holderId());
        licensee.setNameRu(l.holderName());
        licensee.setNameKz(l.holderName());
        r.setLicensee(licensee);
        r.setIssuedAt(XmlDates.dateTime(l.issuedAt()));
        r.getSubtype().addAll(l.activitySubtypes());
        for (kz.elicensing.domain.licence.LicenseObject o : view.currentObjects()) {
            kz.elicensing.contract.v1.RegistryObject x = FACTORY.createRegistryObject();
            x.setId(o.id());
            x.setAddress(o.address());
            x.setDescription(o.description());
            x.setAddedAt(XmlDates.dateTime(o.addedAt()));
            r.getObject().add(x);
        }
        r.getReissueOf().addAll(view.reissueOf());
        r.setReissuedAs(l.successorNumber());
        view.duplicatesIssuedAt().forEach(at -> r.getDuplicateIssuedAt().add(XmlDates.dateTime(at)));
        for (kz.elicensing.domain.licence.LicenseEvent e : view.history()) {
            kz.elicensing.contract.v1.RegistryEvent x = FACTORY.createRegistryEvent();
            x.setAction(e.action().name());
            x.setStatusAfter(e.statusAfter().name());
            x.setAt(XmlDates.dateTime(e.at()));
            x.setBasis(e.basis().name());
            x.setActor(e.actor());
            x.setReason(e.reason());
            x.setDecisionNumber(e.decisionNumber());
            x.setDecisionDate(e.decisionDate() == null ? null : XmlDates.date(e.decisionDate()));
            x.setDecisionBody(e.decisionBody());
            r.getEvent().add(x);
        }
        return Jaxb.toXml(r);
    }

    @Override
    public kz.elicensing.shep.QuestionnaireAnswers readQuestionnaire(String xml) {
        kz.elicensing.contract.v1.Questionnaire q = read(xml, kz.elicensing.contract.v1.Questionnaire.class);
        return new kz.elicensing.shep.QuestionnaireAnswers(q.getApplicationNumber(), q.getApplicantId(),
                kz.elicensing.domain.application.SatisfactionLevel.valueOf(q.getProcessQuality().value()),
                kz.elicensing.domain.application.SatisfactionLevel.valueOf(q.getInformationQuality().value()));
    }
}
