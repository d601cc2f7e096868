package kz.elicensing.shep.operation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.application.walkin.ApplicantData;
import kz.elicensing.application.walkin.ApplicantLookup;
import kz.elicensing.application.walkin.WalkInService;
import kz.elicensing.contract.v1.LookupApplicantRequest;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.infrastructure.xml.XmlDates;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/** ELICENSE_LookupApplicant (channel 2): a provider's office system looks a walk-in applicant up for its officer. */
@ApplicationScoped
public class LookupApplicantOperation implements ShepOperation {

    @EJB
    WalkInService walkIn;

    @Inject
    SenderDirectory senders;

    @Override
    public ServiceId serviceId() {
        return ServiceId.LOOKUP_APPLICANT;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        LookupApplicantRequest r = Payloads.read(message.payload(), LookupApplicantRequest.class);
        ApplicantData data = walkIn.lookupBySystem(
                senders.scope(message.senderId()),
                r.getOfficer(),
                new ApplicantLookup(
                        r.getService(),
                        Operation.valueOf(r.getOperation().value()),
                        ApplicantKind.valueOf(r.getApplicantKind().value()),
                        r.getApplicantId()));
        kz.elicensing.contract.v1.ApplicantData d = Payloads.FACTORY.createApplicantData();
        d.setApplicantKind(kz.elicensing.contract.v1.ApplicantKind.fromValue(
                data.applicantKind().name()));
        d.setApplicantId(data.applicantId());
        d.setRegistry(data.registry().name());
        d.setNameRu(data.nameRu());
        d.setNameKz(data.nameKz());
        d.setAddress(data.address());
        d.setBirthDate(data.birthDate() == null ? null : XmlDates.date(data.birthDate()));
        d.setRegistryStatus(data.registryStatus());
        d.setLeaderIin(data.leaderIin());
        d.setLeaderName(data.leaderName());
        for (ApplicantData.Document doc : data.documents()) {
            kz.elicensing.contract.v1.RequiredDocument x = Payloads.FACTORY.createRequiredDocument();
            x.setCode(doc.code());
            x.setNameRu(doc.nameRu());
            x.setNameKz(doc.nameKz());
            x.setMandatory(doc.mandatory());
            d.getRequiredDocument().add(x);
        }
        return Payloads.success(locale, "answer.walkin.found", d, null);
    }
}
