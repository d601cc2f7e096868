package kz.elicensing.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kz.elicensing.contract.pep.v1.PaymentCheckRequest;
import kz.elicensing.contract.pep.v1.PaymentCheckResponse;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.payment.PaymentGateway;
import kz.elicensing.domain.payment.PaymentRecord;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.xml.Jaxb;

/**
 * Translator for the payment gateway's {@code PEP_PaymentCheck}. Every answer, paid or not found, names its reference:
 * one about another reference than the one asked is no answer (UPSTREAM_UNAVAILABLE).
 */
@ApplicationScoped
public class ShepPaymentGateway implements PaymentGateway {
    static final String SERVICE_ID = "PEP_PaymentCheck";

    @Inject
    ShepClient client;

    @Override
    public Optional<PaymentRecord> findPayment(String reference, String messageId) {
        PaymentCheckRequest request = new PaymentCheckRequest();
        request.setReference(reference);
        String answer = client.send(SERVICE_ID, messageId, Jaxb.toXml(request));
        PaymentCheckResponse r = Jaxb.unmarshal(
                SecureXml.parse(answer.getBytes(StandardCharsets.UTF_8)).getDocumentElement(),
                PaymentCheckResponse.class);
        AnswerCheck.about(SERVICE_ID, messageId, "payment reference", reference, r.getReference());
        if ("NOT_FOUND".equals(r.getStatus())) {
            return Optional.empty();
        }
        if (!"PAID".equals(r.getStatus()) || r.getAmount() == null) {
            throw new ElicensingException(
                    ErrorCode.UPSTREAM_UNAVAILABLE, SERVICE_ID + " answered status " + r.getStatus());
        }
        return Optional.of(new PaymentRecord(
                r.getReference(),
                r.getPayerId(),
                r.getAmount(),
                r.getBudgetCode(),
                r.getPaidAt() == null
                        ? null
                        : r.getPaidAt().toGregorianCalendar().toInstant()));
    }
}
