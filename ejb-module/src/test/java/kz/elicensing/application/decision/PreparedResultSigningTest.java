package kz.elicensing.application.decision;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.elicensing.domain.application.ApplicationStatus;
import kz.elicensing.domain.application.InMemoryApplications;
import kz.elicensing.domain.application.LicenseApplication;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.evidence.InMemoryEvidenceLog;
import kz.elicensing.domain.licence.DocumentFactory;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.party.ApplicantKind;
import org.junit.jupiter.api.Test;

/**
 * The officer prepares, the authorized person signs in the browser, the server issues: nothing is issued before a
 * signature passes its checks, a refused signature leaves the prepared result as it was, preparing again gives the same.
 */
class PreparedResultSigningTest {
    private static final Instant T0 = Instant.parse("2026-11-23T05:00:00Z");
    private static final RefusalGround GROUND =
            new RefusalGround("INCOMPLETE_DOCUMENTS", "Неполный пакет", "Толық емес", "ст. 1", "1-бап");

    private final InMemoryApplications applications = new InMemoryApplications(T0);
    private final CheckFailedFlowTest.Queue queue = new CheckFailedFlowTest.Queue();
    private final DefaultDecisionService decisions = new DefaultDecisionService();
    private final Map<String, License> licenses = new HashMap<>();
    private final Map<String, PendingResult> pending = new HashMap<>();
    private final InMemoryEvidenceLog evidence = new InMemoryEvidenceLog();
    private final List<String> verifiedBins = new ArrayList<>();
    private Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    private ElicensingException signatureRefusal;

    PreparedResultSigningTest() {
        decisions.applications = applications;
        decisions.checks = queue;
        decisions.clock = clock;
        decisions.evidence = evidence;
        decisions.officers = username -> "officer1".equals(username) ? Optional.of("DP_ALMATY") : Optional.empty();
        LicenseService service = new LicenseService(
                "SECURITY_ACTIVITY",
                "ru",
                "kk",
                null,
                ApplicantKind.LEGAL_ENTITY,
                true,
                new BigDecimal("19660.00"),
                15,
                "LAA");
        Provider provider = new Provider("DP_ALMATY", "120340000054", "ДП г. Алматы", "Алматы қ. ПД");
        decisions.catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(), new Class<?>[] {Catalog.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "service" -> Optional.of(service);
                        case "providerByCode" -> Optional.of(provider);
                        case "procedure" -> Optional.empty();
                        case "refusalGrounds" -> List.of(GROUND);
                        default -> null;
                    };
                });
        decisions.licenses = new LicenseRepository() {
            private long next;

            @Override
            public void add(License license) {
                licenses.put(license.number(), license);
            }

            @Override
            public Optional<License> byNumber(String number) {
                return Optional.ofNullable(licenses.get(number));
            }

            @Override
            public long nextNumberSequence() {
                return ++next;
            }
        };
        decisions.documents = new Documents();
        decisions.pending = new PendingResults() {
            @Override
            public Optional<PendingResult> byToken(String token) {
                return Optional.ofNullable(pending.get(token));
            }

            @Override
            public Optional<PendingResult> bySubject(String subject) {
                return pending.values().stream()
                        .filter(p -> p.subject().equals(subject))
                        .findFirst();
            }

            @Override
            public void add(PendingResult p) {
                pending.put(p.token(), p);
            }

            @Override
            public void remove(String token) {
                pending.remove(token);
            }
        };
        decisions.signatures = (signed, prepared, licensorBin, at) -> {
            verifiedBins.add(licensorBin);
            if (signatureRefusal != null) {
                throw signatureRefusal;
            }
            return new SignedResult(
                    new AuthorizedPerson(
                            1,
                            "DP_ALMATY",
                            "871214400161",
                            "ӘБІЛҚАСЫМОВА",
                            "ҮМІТ",
                            "НҰРЛАНҚЫЗЫ",
                            "Заместитель начальника",
                            "Бастығының орынбасары",
                            LocalDate.of(2026, 1, 1),
                            null),
                    "0A1B");
        };
    }

    private LicenseApplication inReview(String number) {
        LicenseApplication a = applications.checking(number);
        a.confirmApplicant(T0);
        a.confirmPayment(T0);
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());
        return a;
    }

    private static byte[] signed(PreparedResult prepared) {
        return prepared.documentXml()
                .replace("</License>", "<Signature/></License>")
                .replace("</Refusal>", "<Signature/></Refusal>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void approvingPreparesTheNumberedLicenseAndIssuesNothing() {
        LicenseApplication a = inReview("EL-2026-00000001");
        PreparedResult prepared = decisions.approve(a.number(), "officer1");
        assertEquals("LICENSE", prepared.kind());
        assertTrue(prepared.documentXml().contains("KZ"), prepared.documentXml());
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());
        assertTrue(licenses.isEmpty(), "nothing in the registry before the signature");
        assertTrue(evidence.rows.isEmpty());
        assertEquals(prepared, decisions.approve(a.number(), "officer1"), "preparing again gives the same");
        assertEquals(Optional.of(prepared), decisions.pending(a.number(), "officer1"));
    }

    @Test
    void theSignedLicenseIsIssuedAsSignedAndThePreparedResultIsGone() {
        LicenseApplication a = inReview("EL-2026-00000002");
        PreparedResult prepared = decisions.approve(a.number(), "officer1");
        byte[] signed = signed(prepared);
        IssuedResult issued = decisions.sign(prepared.token(), signed, "officer1");
        assertEquals(ApplicationStatus.ISSUED, a.status());
        assertEquals(List.of("120340000054"), verifiedBins, "checked against the licensor's BIN");
        License license = licenses.get(issued.resultNumber());
        assertArrayEquals(signed, license.signedDocument());
        assertTrue(prepared.documentXml().contains(license.number()));
        assertEquals(T0, license.issuedAt(), "the license carries the prepared document's time");
        assertArrayEquals(signed, a.resultDocument());
        assertEquals(1, evidence.rows.size());
        assertEquals("ӘБІЛҚАСЫМОВА ҮМІТ НҰРЛАНҚЫЗЫ", issued.signerName());
        assertTrue(pending.isEmpty());
        assertEquals(
                ErrorCode.RESULT_PREPARATION_UNKNOWN,
                assertThrows(ElicensingException.class, () -> decisions.sign(prepared.token(), signed, "officer1"))
                        .code(),
                "a second signature of the same result is refused");
    }

    @Test
    void aRefusedSignatureIssuesNothingAndKeepsThePreparedResult() {
        LicenseApplication a = inReview("EL-2026-00000003");
        PreparedResult prepared = decisions.approve(a.number(), "officer1");
        signatureRefusal = new ElicensingException(ErrorCode.RESULT_SIGNER_NOT_AUTHORIZED, "not listed", "1");
        assertEquals(
                ErrorCode.RESULT_SIGNER_NOT_AUTHORIZED,
                assertThrows(
                                ElicensingException.class,
                                () -> decisions.sign(prepared.token(), signed(prepared), "officer1"))
                        .code());
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());
        assertTrue(licenses.isEmpty());
        assertTrue(evidence.rows.isEmpty());
        assertEquals(Optional.of(prepared), decisions.pending(a.number(), "officer1"));
        signatureRefusal = null;
        decisions.sign(prepared.token(), signed(prepared), "officer1");
        assertEquals(ApplicationStatus.ISSUED, a.status(), "the right person signs the same prepared result");
    }

    @Test
    void aRefusalIsPreparedThenSignedAndAnotherDecisionReplacesThePreparedOne() {
        LicenseApplication a = inReview("EL-2026-00000004");
        PreparedResult approval = decisions.approve(a.number(), "officer1");
        PreparedResult refusal = decisions.refuse(a.number(), "officer1", GROUND.code(), "Нет лицензии", "Жоқ");
        assertNotEquals(approval.token(), refusal.token());
        assertEquals("REFUSAL", refusal.kind());
        assertEquals(
                ErrorCode.RESULT_PREPARATION_UNKNOWN,
                assertThrows(
                                ElicensingException.class,
                                () -> decisions.sign(approval.token(), signed(approval), "officer1"))
                        .code(),
                "the replaced approval is no longer signed");
        decisions.sign(refusal.token(), signed(refusal), "officer1");
        assertEquals(ApplicationStatus.REFUSED, a.status());
        assertEquals(GROUND.code(), a.refusalCode());
        assertTrue(licenses.isEmpty());
    }

    @Test
    void anExpiredPreparedResultIsNoLongerSigned() {
        LicenseApplication a = inReview("EL-2026-00000005");
        PreparedResult prepared = decisions.approve(a.number(), "officer1");
        decisions.clock = Clock.fixed(T0.plus(DefaultDecisionService.PENDING_TIME), ZoneOffset.UTC);
        assertEquals(
                ErrorCode.RESULT_PREPARATION_UNKNOWN,
                assertThrows(
                                ElicensingException.class,
                                () -> decisions.sign(prepared.token(), signed(prepared), "officer1"))
                        .code());
        assertEquals(ApplicationStatus.IN_REVIEW, a.status());
        assertNotEquals(
                prepared.token(), decisions.approve(a.number(), "officer1").token(), "prepared anew");
    }

    /** Documents as plain XML naming what they carry. */
    private static final class Documents implements DocumentFactory {
        @Override
        public byte[] license(License license, LicenseApplication application, LicenseService service) {
            return ("<License Id=\"l\"><number>" + license.number() + "</number></License>")
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] duplicate(License original, LicenseApplication application, LicenseService service) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] refusal(
                LicenseApplication application,
                LicenseService service,
                RefusalGround ground,
                String commentRu,
                String commentKz,
                Instant at) {
            return ("<Refusal Id=\"r\"><ground>" + ground.code() + "</ground></Refusal>")
                    .getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] order(LicenseApplication application, LicenseService service, String orderNumber, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean hasSeal(String providerCode) {
            return false;
        }

        @Override
        public byte[] sealedRefusal(
                LicenseApplication application,
                LicenseService service,
                ErrorCode reason,
                String reasonRu,
                String reasonKz) {
            throw new UnsupportedOperationException();
        }

        @Override
        public byte[] sealedRefusal(
                LicenseApplication application,
                LicenseService service,
                RefusalGround ground,
                String commentRu,
                String commentKz) {
            throw new UnsupportedOperationException();
        }
    }
}
