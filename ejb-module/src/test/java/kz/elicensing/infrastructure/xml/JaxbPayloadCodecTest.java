package kz.elicensing.infrastructure.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.shep.StatusQuery;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.Operation;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.payment.PaymentRecord;
import org.junit.jupiter.api.Test;

class JaxbPayloadCodecTest {
    private final JaxbPayloadCodec codec = new JaxbPayloadCodec();

    private static ApplicationView view() {
        return new ApplicationView("EL-2026-00000007", "SECURITY_ACTIVITY", Operation.ISSUE, "150140000012",
                "ТОО «Қорғау-Сервис»", ApplicationStatus.IN_REVIEW, Instant.parse("2026-11-24T04:00:00Z"),
                LocalDate.of(2026, 11, 24), LocalDate.of(2026, 12, 15),
                List.of(new ApplicationView.Step(ApplicationStatus.REGISTERED, Instant.parse("2026-11-24T04:00:00Z"),
                        ActorRole.APPLICANT, null)), false, null, null);
    }

    @Test
    void answersCarryOnlyTheirOwnNamespaceAndBothLanguages() {
        String status = codec.writeStatus(view());
        assertTrue(status.startsWith("<ApplicationStatus xmlns=\"urn:kz:elicensing:v1\">"), status);
        assertTrue(status.contains("<statusKz>Көрсетілетін қызметті берушіде қаралуда</statusKz>"), status);
        assertTrue(status.contains("<deadline>2026-12-15</deadline>"), status);
        String list = codec.writeStatusList(List.of(view(), view()));
        assertEquals(2, list.split("<applicationNumber>").length - 1, list);
        assertFalse(codec.writeReceipt(view(), "ру", "қаз").contains("gbdul"));
    }

    @Test
    void readsQueriesAndNotices() {
        StatusQuery q = codec.readStatusQuery("<StatusQuery xmlns=\"urn:kz:elicensing:v1\"><applicantId>150140000012</applicantId></StatusQuery>");
        assertEquals("150140000012", q.applicantId());
        assertEquals("EL-1", codec.readResultQuery("<ResultQuery xmlns=\"urn:kz:elicensing:v1\"><applicationNumber>EL-1</applicationNumber></ResultQuery>"));
        PaymentRecord p = codec.readPaymentNotice("<PaymentNotice xmlns=\"urn:kz:elicensing:v1\"><reference>R</reference>"
                + "<payerId>150140000012</payerId><amount>19660.00</amount><paidAt>2026-11-24T10:00:00+05:00</paidAt></PaymentNotice>");
        assertEquals(new BigDecimal("19660.00"), p.amount());
        assertEquals(Instant.parse("2026-11-24T05:00:00Z"), p.paidAt());
    }

    @Test
    void refusesAnotherDocumentOrABrokenOne() {
        assertEquals(ErrorCode.SCHEMA_VIOLATION, assertThrows(ElicensingException.class,
                () -> codec.readResultQuery("<StatusQuery xmlns=\"urn:kz:elicensing:v1\"><applicantId>150140000012</applicantId></StatusQuery>")).code());
        assertEquals(ErrorCode.SCHEMA_VIOLATION, assertThrows(ElicensingException.class,
                () -> codec.readStatusQuery("<StatusQuery xmlns=\"urn:kz:elicensing:v1\"><applicantId>12</applicantId></StatusQuery>")).code());
        assertEquals(ErrorCode.MALFORMED_XML, assertThrows(ElicensingException.class,
                () -> codec.readStatusQuery("<StatusQuery")).code());
    }
}
