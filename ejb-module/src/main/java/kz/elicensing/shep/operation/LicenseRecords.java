package kz.elicensing.shep.operation;

import java.util.Locale;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.contract.v1.LicenseRecord;
import kz.elicensing.contract.v1.Party;
import kz.elicensing.contract.v1.RegistryEvent;
import kz.elicensing.contract.v1.RegistryObject;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.infrastructure.xml.XmlDates;
import kz.elicensing.shep.OperationAnswer;

/** Writes a license's registry entry as a LicenseRecord (VerifyLicense and ChangeLicense answer with it). */
final class LicenseRecords {
    private LicenseRecords() {}

    /** The SUCCESS answer carrying {@code view}, its status named in ru and kk. */
    static OperationAnswer answer(Locale locale, LicenseView view) {
        return Payloads.success(locale, "answer.success", record(view), null);
    }

    private static LicenseRecord record(LicenseView view) {
        LicenseRecord r = Payloads.FACTORY.createLicenseRecord();
        r.setLicenseNumber(view.number());
        r.setStatus(view.status());
        r.setStatusRu(Messages.ru(view.statusKey()));
        r.setStatusKz(Messages.kk(view.statusKey()));
        r.setService(view.service().code());
        r.setTitleRu(view.service().titleRu());
        r.setTitleKz(view.service().titleKz());
        Party licensor = Payloads.FACTORY.createParty();
        licensor.setId(view.licensor().bin());
        licensor.setNameRu(view.licensor().nameRu());
        licensor.setNameKz(view.licensor().nameKz());
        r.setLicensor(licensor);
        Party licensee = Payloads.FACTORY.createParty();
        licensee.setId(view.holderId());
        licensee.setNameRu(view.holderName());
        licensee.setNameKz(view.holderName());
        r.setLicensee(licensee);
        r.setIssuedAt(XmlDates.dateTime(view.issuedAt()));
        r.getSubtype().addAll(view.activitySubtypes());
        for (LicenseView.LicensedObject o : view.objects()) {
            RegistryObject x = Payloads.FACTORY.createRegistryObject();
            x.setId(o.id());
            x.setAddress(o.address());
            x.setDescription(o.description());
            x.setAddedAt(XmlDates.dateTime(o.addedAt()));
            r.getObject().add(x);
        }
        r.getReissueOf().addAll(view.reissueOf());
        r.setReissuedAs(view.reissuedAs());
        view.duplicatesIssuedAt().forEach(at -> r.getDuplicateIssuedAt().add(XmlDates.dateTime(at)));
        for (LicenseView.Event e : view.events()) {
            RegistryEvent x = Payloads.FACTORY.createRegistryEvent();
            x.setAction(e.action());
            x.setStatusAfter(e.statusAfter());
            x.setAt(XmlDates.dateTime(e.at()));
            x.setBasis(e.basis());
            x.setActor(e.actor());
            x.setReason(e.reason());
            x.setDecisionNumber(e.decisionNumber());
            x.setDecisionDate(e.decisionDate() == null ? null : XmlDates.date(e.decisionDate()));
            x.setDecisionBody(e.decisionBody());
            r.getEvent().add(x);
        }
        return r;
    }
}
