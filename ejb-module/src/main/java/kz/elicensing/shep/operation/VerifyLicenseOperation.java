package kz.elicensing.shep.operation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import kz.elicensing.application.registry.LicenseRegistry;
import kz.elicensing.contract.v1.LicenseQuery;
import kz.elicensing.shep.InboundMessage;
import kz.elicensing.shep.OperationAnswer;
import kz.elicensing.shep.ServiceId;
import kz.elicensing.shep.ShepOperation;

/** ELICENSE_VerifyLicense: a license's registry entry with its state, lineage and history. */
@ApplicationScoped
public class VerifyLicenseOperation implements ShepOperation {

    @EJB
    LicenseRegistry registry;

    @Override
    public ServiceId serviceId() {
        return ServiceId.VERIFY_LICENSE;
    }

    @Override
    public OperationAnswer handle(InboundMessage message, Locale locale) {
        String number = Payloads.read(message.payload(), LicenseQuery.class).getLicenseNumber();
        return LicenseRecords.answer(locale, registry.verify(number));
    }
}
