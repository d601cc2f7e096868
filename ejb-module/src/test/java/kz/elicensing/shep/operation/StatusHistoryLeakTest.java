package kz.elicensing.shep.operation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.application.query.ApplicationQueries;
import kz.elicensing.application.query.ApplicationView;
import kz.elicensing.application.sender.SenderDirectory;
import kz.elicensing.application.sender.SenderScope;
import kz.elicensing.domain.application.ActorRole;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.catalog.Operation;
import kz.elicensing.domain.error.Messages;
import kz.elicensing.shep.InboundMessage;
import org.junit.jupiter.api.Test;

/** The status history the portal reads carries roles and catalog/ErrorCode reasons, no officer login, no gateway text. */
class StatusHistoryLeakTest {
    private static final Instant AT = Instant.parse("2026-11-24T04:00:00Z");

    private static ApplicationView.Step step(ApplicationStatus status, ActorRole role, String note) {
        return new ApplicationView.Step(status, AT, role, note);
    }

    private static String statusAnswer(ApplicationView view) {
        GetApplicationStatusOperation op = new GetApplicationStatusOperation();
        op.queries = (ApplicationQueries) Proxy.newProxyInstance(
                ApplicationQueries.class.getClassLoader(),
                new Class<?>[] {ApplicationQueries.class},
                (proxy, method, args) -> view);
        op.senders = (SenderDirectory) Proxy.newProxyInstance(
                SenderDirectory.class.getClassLoader(),
                new Class<?>[] {SenderDirectory.class},
                (proxy, method, args) -> {
                    if (!"scope".equals(method.getName())) {
                        throw new AssertionError("unexpected call " + method.getName());
                    }
                    return SenderScope.unbound((String) args[0]);
                });
        return op.handle(
                        new InboundMessage(
                                "PORTAL",
                                "pass",
                                "m-1",
                                "ELICENSE_GetApplicationStatus",
                                "ru",
                                "<StatusQuery xmlns=\"urn:kz:elicensing:v1\">"
                                        + "<applicationNumber>EL-2026-00000009</applicationNumber></StatusQuery>",
                                new byte[0]),
                        Messages.RU)
                .answer()
                .payload();
    }

    private static ApplicationView view(ApplicationStatus status, String refusalCode, ApplicationView.Step... steps) {
        return new ApplicationView(
                "EL-2026-00000009",
                "SECURITY_ACTIVITY",
                Operation.ISSUE,
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                status,
                AT,
                LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 12, 15),
                List.of(steps),
                status == ApplicationStatus.REFUSED,
                status == ApplicationStatus.REFUSED ? "REFUSAL" : null,
                refusalCode);
    }

    @Test
    void noOfficerLoginAndNoGatewayTextReachThePortal() {
        String answer = statusAnswer(view(
                ApplicationStatus.REFUSED,
                "G-07",
                step(ApplicationStatus.REGISTERED, ActorRole.APPLICANT, null),
                step(ApplicationStatus.CHECKING, ActorRole.OFFICER, "assigned: - -> officer1"),
                step(
                        ApplicationStatus.CHECK_FAILED,
                        ActorRole.SYSTEM,
                        "LEGAL_ENTITY_REGISTRY: java.net.ConnectException: Connection refused (gbdul.gov.local:8443)"),
                step(ApplicationStatus.REFUSED, ActorRole.OFFICER, "G-07: head1 said so, ask Aigerim")));
        assertFalse(answer.contains("officer1"), answer);
        assertFalse(answer.contains("ConnectException") || answer.contains("gbdul.gov.local"), answer);
        assertFalse(answer.contains("head1") || answer.contains("Aigerim"), answer);
        assertTrue(answer.contains("<actorRole>OFFICER</actorRole>"), answer);
        assertTrue(answer.contains("<note>UPSTREAM_UNAVAILABLE</note>"), answer);
        assertTrue(answer.contains("<noteRu>Внешняя государственная система временно недоступна.</noteRu>"), answer);
        assertTrue(answer.contains("<note>G-07</note>"), answer);
        assertTrue(answer.contains("<noteKz>Бас тарту негіздері тізбесіндегі G-07 негізі"), answer);
    }

    @Test
    void aRefusalWithATypedCodeGivesThatCodesText() {
        String answer = statusAnswer(view(
                ApplicationStatus.REFUSED,
                "APPLICANT_NOT_FOUND",
                step(ApplicationStatus.REFUSED, ActorRole.SYSTEM, "GBD UL: no entity 150140000012 (raw)")));
        assertTrue(answer.contains("<note>APPLICANT_NOT_FOUND</note>"), answer);
        assertFalse(answer.contains("(raw)"), answer);
        assertTrue(answer.contains("<noteRu>" + Messages.ru("error.APPLICANT_NOT_FOUND") + "</noteRu>"), answer);
    }
}
