package kz.elicensing.application.decision;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import kz.elicensing.application.officer.OfficerAccess;
import kz.elicensing.domain.application.ApplicationRepository;
import kz.elicensing.domain.application.ApplicationScan;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.application.PaymentReceipt;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;

/** The officer's scanned receipts: only the officer's own provider's applications, as the officer may see them. */
@Stateless
public class DefaultPaymentReceipts implements PaymentReceipts {
    private static final Logger LOG = Logger.getLogger(DefaultPaymentReceipts.class.getName());

    @Inject
    ApplicationRepository applications;

    @Inject
    OfficerDirectory officers;

    @Inject
    Clock clock;

    @Override
    public List<String> toConfirm(String officer) {
        Officer me = officer(officer);
        return applications.openByProvider(me.providerCode()).stream()
                .filter(me::maySee)
                .filter(LicenseApplication::paymentToConfirm)
                .map(LicenseApplication::number)
                .toList();
    }

    @Override
    public ReceiptView receipt(String applicationNumber, String officer) {
        LicenseApplication application = visible(applicationNumber, officer);
        ApplicationScan scan = application.scans().stream()
                .filter(s -> PaymentReceipt.DOCUMENT_CODE.equals(s.documentCode()))
                .findFirst()
                .orElseThrow(() -> new ElicensingException(
                        ErrorCode.APPLICATION_NOT_FOUND,
                        applicationNumber + " carries no scanned receipt",
                        applicationNumber));
        return new ReceiptView(
                application.number(),
                scan.fileName(),
                scan.contentType(),
                scan.sha256(),
                scan.content(),
                application.paymentToConfirm());
    }

    @Override
    public void confirm(String applicationNumber, String officer) {
        LicenseApplication application = visible(applicationNumber, officer);
        if (application.status().isFinal()) {
            throw new ElicensingException(
                    ErrorCode.OPERATION_NOT_ALLOWED, applicationNumber + " is " + application.status());
        }
        application.confirmReceipt(officer, clock.instant());
        LOG.info(() -> applicationNumber + ": scanned payment receipt confirmed by " + officer);
    }

    private LicenseApplication visible(String number, String officer) {
        return OfficerAccess.visible(applications, officers, number, officer);
    }

    private Officer officer(String officer) {
        return OfficerAccess.officer(officers, officer);
    }
}
