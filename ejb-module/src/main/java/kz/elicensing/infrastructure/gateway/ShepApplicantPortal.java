package kz.elicensing.infrastructure.gateway;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import kz.elicensing.contract.portal.v1.ApplicationNotification;
import kz.elicensing.contract.portal.v1.NoticeKind;
import kz.elicensing.contract.portal.v1.NotificationAccepted;
import kz.elicensing.domain.application.ApplicantPortal;
import kz.elicensing.domain.application.PortalNotice;
import kz.elicensing.infrastructure.signature.SecureXml;
import kz.elicensing.infrastructure.xml.Jaxb;
import kz.elicensing.infrastructure.xml.XmlDates;

/** Translator for the portal's {@code PORTAL_Notification}: one notice to the applicant, its signed result attached. */
@ApplicationScoped
public class ShepApplicantPortal implements ApplicantPortal {
    static final String SERVICE_ID = "PORTAL_Notification";

    @Inject
    ShepClient client;

    @Override
    public void deliver(PortalNotice notice, String messageId) {
        String answer = client.send(SERVICE_ID, messageId, Jaxb.toXml(payload(notice)));
        NotificationAccepted accepted = Jaxb.unmarshal(
                SecureXml.parse(answer.getBytes(StandardCharsets.UTF_8)).getDocumentElement(),
                NotificationAccepted.class);
        AnswerCheck.about(
                SERVICE_ID, messageId, "application", notice.applicationNumber(), accepted.getApplicationNumber());
        AnswerCheck.about(
                SERVICE_ID,
                messageId,
                "notice",
                notice.notice().name(),
                accepted.getNotice() == null ? null : accepted.getNotice().value());
    }

    /** The contract's payload of a notice. */
    static ApplicationNotification payload(PortalNotice notice) {
        ApplicationNotification n = new ApplicationNotification();
        n.setApplicationNumber(notice.applicationNumber());
        n.setApplicantKind(
                notice.applicantKind() == null ? "" : notice.applicantKind().name());
        n.setApplicantId(notice.applicantId());
        n.setServiceCode(notice.serviceCode());
        n.setNotice(NoticeKind.fromValue(notice.notice().name()));
        n.setOccurredAt(XmlDates.dateTime(notice.occurredAt()));
        n.setStatus(notice.status() == null ? "" : notice.status().name());
        if (notice.deadline() != null) {
            n.setDeadline(XmlDates.date(notice.deadline()));
        }
        n.setTextRu(notice.textRu());
        n.setTextKk(notice.textKk());
        if (notice.resultDocument() != null) {
            ApplicationNotification.Result r = new ApplicationNotification.Result();
            r.setKind(notice.resultKind());
            r.setDocument(notice.resultDocument());
            n.setResult(r);
        }
        return n;
    }
}
