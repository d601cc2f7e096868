package kz.elicensing.shep.operation;

import java.util.Locale;
import kz.elicensing.application.registry.LicenseView;
import kz.elicensing.contract.v1.LicenseRecord;
import kz.elicensing.contract.v1.Party;
import kz.elicensing.contract.v1.RegistryEvent;
import kz.elicensing.contract.v1.RegistryObject;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseEvent;
import kz.elicensing.domain.licence.LicenseObject;
import kz.elicensing.infrastructure.xml.XmlDates;
import kz.elicensing.shep.OperationAnswer;

/** Writes a license's registry entry as a LicenseRecord (VerifyLicense and ChangeLicense answer with it). */
final class LicenseRecords {
    private LicenseRecords() {
    }

    /** The SUCCESS answer carrying {@code view}, its status named in ru and kk. */
    static OperationAnswer answer(Locale locale, LicenseView view) {
        return Payloads.success(locale, "answer.success", record(view), null);
    }

    private static LicenseRecord record(LicenseView view) {
        License l = view.license();
        String key = l.status().messageKey();
        LicenseRecord r = Payloads.FACTORY.createLicenseRecord();
        r.setLicenseNumber(l.number());
        r.setStatus(l.status().name());
        r.setStatusRu(Messages.ru(key));
        r.setStatusKz(Messages.kk(key));
        r.setService(view.service().code());
        r.setTitleRu(view.service().titleRu());
        r.setTitleKz(view.service().titleKz());
        Party licensor = Payloads.FACTORY.createParty();
        licensor.setId(view.licensor().bin());
        licensor.setNameRu(view.licensor().nameRu());
        licensor.setNameKz(view.licensor().nameKz());
        r.setLicensor(licensor);
        Party licensee = Payloads.FACTORY.createParty();
        licensee.setId(l.holderId());
        licensee.setNameRu(l.holderName());
        licensee.setNameKz(l.holderName());
        r.setLicensee(licensee);
        r.setIssuedAt(XmlDates.dateTime(l.issuedAt()));
        r.getSubtype().addAll(l.activitySubtypes());
        for (LicenseObject o : view.currentObjects()) {
            RegistryObject x = Payloads.FACTORY.createRegistryObject();
            x.setId(o.id());
            x.setAddress(o.address());
            x.setDescription(o.description());
            x.setAddedAt(XmlDates.dateTime(o.addedAt()));
            r.getObject().add(x);
        }
        r.getReissueOf().addAll(view.reissueOf());
        r.setReissuedAs(l.successorNumber());
        view.duplicatesIssuedAt().forEach(at -> r.getDuplicateIssuedAt().add(XmlDates.dateTime(at)));
        for (LicenseEvent e : view.history()) {
            RegistryEvent x = Payloads.FACTORY.createRegistryEvent();
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
        return r;
    }
}
