package kz.elicensing.application.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.elicensing.application.decision.IssuedResult;
import kz.elicensing.application.decision.PendingResult;
import kz.elicensing.application.decision.PendingResults;
import kz.elicensing.application.decision.PreparedResult;
import kz.elicensing.domain.catalog.AuthorizedPerson;
import kz.elicensing.domain.catalog.AuthorizedPersons;
import kz.elicensing.domain.catalog.Catalog;
import kz.elicensing.domain.catalog.LicenseService;
import kz.elicensing.domain.catalog.Provider;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.licence.License;
import kz.elicensing.domain.licence.LicenseEvent;
import kz.elicensing.domain.licence.LicenseNumber;
import kz.elicensing.domain.licence.LicenseRepository;
import kz.elicensing.domain.licence.LicenseStatus;
import kz.elicensing.domain.licence.SignedAct;
import kz.elicensing.domain.officer.Officer;
import kz.elicensing.domain.officer.OfficerDirectory;
import kz.elicensing.domain.party.ApplicantKind;
import kz.elicensing.infrastructure.document.XmlLicenseActs;
import kz.elicensing.infrastructure.signature.TestResultSignatures;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.TestPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The head's registry acts (issue 15): preparing changes nothing; the act signed by the licensor's authorized person
 * (the real signature check, keys from a test CA) applies with the signed act kept on the event; a wrong person or a
 * changed document is refused and nothing changes.
 */
class SignedLicenseActTest {
    private static final String LICENSOR_BIN = "120340000054";
    private static final String PERSON_IIN = "871214400161";
    private static final String UNLISTED_IIN = "920217372346";
    private static final String REASON = "Біліктілік талаптарының бұзылуы";
    /** The certificates the test CA issues are valid around the real time, so the registry's clock is fixed at it. */
    private static final Instant NOW = Instant.now();

    private static TestPki pki;

    private final Map<String, License> stored = new HashMap<>();
    private final Map<String, PendingResult> pending = new HashMap<>();
    private final DefaultLicenseRegistry registry = new DefaultLicenseRegistry();
    private final License license;

    @BeforeAll
    static void pki() throws Exception {
        pki = TestPki.open(Files.createTempDirectory("license-act"));
    }

    SignedLicenseActTest() {
        Provider dp = new Provider("DP_ALMATY", LICENSOR_BIN, "ДП г. Алматы", "Алматы қ. ПД");
        LicenseService security = new LicenseService(
                "SECURITY_ACTIVITY",
                "Охранная деятельность",
                "Күзет қызметі",
                dp,
                ApplicantKind.LEGAL_ENTITY,
                true,
                new BigDecimal("19660.00"),
                15,
                "LAA");
        registry.catalog = (Catalog) Proxy.newProxyInstance(
                Catalog.class.getClassLoader(),
                new Class<?>[] {Catalog.class},
                (proxy, m, args) -> switch (m.getName()) {
                    case "service" -> Optional.of(security);
                    case "providerByCode" -> Optional.of(dp);
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        registry.licenses = new LicenseRepository() {
            @Override
            public void add(License l) {
                stored.put(l.number(), l);
            }

            @Override
            public Optional<License> byNumber(String number) {
                return Optional.ofNullable(stored.get(number));
            }

            @Override
            public long nextNumberSequence() {
                return stored.size() + 1L;
            }
        };
        registry.officers = new OfficerDirectory() {
            @Override
            public Optional<String> providerOf(String username) {
                return officer(username).map(Officer::providerCode);
            }

            @Override
            public Optional<Officer> officer(String username) {
                return switch (username) {
                    case "head1" -> Optional.of(new Officer("head1", "Head", "DP_ALMATY", Officer.HEAD));
                    case "officer1" -> Optional.of(new Officer("officer1", "Officer", "DP_ALMATY", "officer"));
                    case "head-abai" -> Optional.of(new Officer("head-abai", "Head", "DP_ABAI", Officer.HEAD));
                    default -> Optional.empty();
                };
            }
        };
        registry.pending = new PendingResults() {
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
        registry.acts = new XmlLicenseActs();
        LocalDate today = NOW.atZone(ZoneId.of("Asia/Almaty")).toLocalDate();
        AuthorizedPerson person = new AuthorizedPerson(
                1,
                "DP_ALMATY",
                PERSON_IIN,
                "ӘБІЛҚАСЫМОВА",
                "ҮМІТ",
                "НҰРЛАНҚЫЗЫ",
                "Заместитель начальника департамента",
                "Департамент бастығының орынбасары",
                today.minusYears(1),
                null);
        registry.signatures = TestResultSignatures.check(pki.trustDir(), new AuthorizedPersons() {
            @Override
            public Optional<AuthorizedPerson> validOn(String providerCode, String iin, LocalDate day) {
                return ofProvider(providerCode).stream()
                        .filter(p -> p.iin().equals(iin) && p.validOn(day))
                        .findFirst();
            }

            @Override
            public List<AuthorizedPerson> ofProvider(String providerCode) {
                return "DP_ALMATY".equals(providerCode) ? List.of(person) : List.of();
            }
        });
        registry.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        license = new License(
                LicenseNumber.of("LAA", 1),
                "EL-2026-00000001",
                "SECURITY_ACTIVITY",
                "DP_ALMATY",
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                NOW.minusSeconds(86_400));
        license.cover(List.of("GUARD"), List.of(), NOW.minusSeconds(86_400));
        stored.put(license.number(), license);
    }

    private static OfficerChange suspension(String basis, String decisionNumber) {
        return new OfficerChange(
                "SUSPEND",
                basis,
                "Нарушение квалификационных требований",
                REASON,
                decisionNumber,
                decisionNumber == null ? null : LocalDate.of(2026, 11, 20),
                decisionNumber == null ? null : "Медеуский районный суд г. Алматы",
                null,
                null);
    }

    private static byte[] signedBy(String xml, String iin) {
        return TestResultSignatures.sign(
                xml,
                pki.issue(IdentitySpec.builder(IdentitySpec.Kind.LEGAL_ENTITY_EMPLOYEE)
                        .iin(iin)
                        .bin(LICENSOR_BIN)
                        .surname("ӘБІЛҚАСЫМОВА")
                        .name("ҮМІТ")
                        .organisation("ДП г. Алматы")
                        .build()));
    }

    private void unchanged(String why) {
        assertEquals(LicenseStatus.ISSUED, license.status(), why);
        assertEquals(1, license.history().size(), why + ": only the issue in the history");
    }

    @Test
    void preparingTheActChangesNothingAndPreparesOnce() {
        PreparedResult prepared = registry.prepareByOfficer(license.number(), "head1", suspension("OFFICER", null));
        assertEquals("LICENSE_ACT", prepared.kind());
        assertEquals(license.number(), prepared.number());
        assertEquals(LICENSOR_BIN, prepared.licensorBin());
        String xml = prepared.documentXml();
        assertTrue(xml.contains("LicenseAct") && xml.contains("urn:kz:elicensing:v1"), xml);
        assertTrue(xml.contains(">" + license.number() + "<"), xml);
        assertTrue(xml.contains(">SUSPEND<") && xml.contains(">OFFICER<"), xml);
        assertTrue(xml.contains(REASON) && xml.contains(LICENSOR_BIN) && xml.contains("head1"), xml);
        unchanged("prepared, not applied");
        assertEquals(
                prepared,
                registry.prepareByOfficer(license.number(), "head1", suspension("OFFICER", null)),
                "preparing the same act again gives the same");
        assertEquals(Optional.of(prepared), registry.pendingAct(license.number(), "officer1"));
        assertEquals(Optional.empty(), registry.pendingAct(license.number(), "head-abai"), "another licensor's");

        PreparedResult court = registry.prepareByOfficer(license.number(), "head1", suspension("COURT", "2-1/2026"));
        assertNotEquals(prepared.token(), court.token(), "another act replaces it");
        assertEquals(1, pending.size());
        assertTrue(court.documentXml().contains(">2026-11-20<"), court.documentXml());
        unchanged("replaced, not applied");
    }

    @Test
    void onlyTheHeadPreparesAndOnlyWhatTheStatusAllows() {
        assertEquals(
                ErrorCode.OFFICER_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> registry.prepareByOfficer(
                                        license.number(), "officer1", suspension("OFFICER", null)))
                        .code());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(
                                ElicensingException.class,
                                () -> registry.prepareByOfficer(
                                        license.number(),
                                        "head1",
                                        new OfficerChange(
                                                "SUSPEND",
                                                "COURT",
                                                "Решение суда",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)))
                        .code(),
                "a court's decision needs its number, date and body");
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> registry.prepareByOfficer(
                                        license.number(),
                                        "head1",
                                        new OfficerChange(
                                                "RESUME",
                                                "OFFICER",
                                                "Возобновить",
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null)))
                        .code(),
                "an issued license does not resume");
        assertEquals(
                ErrorCode.OPERATION_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> registry.changeByOfficer(license.number(), "head1", suspension("OFFICER", null)))
                        .code(),
                "a status change without a signed act");
        assertTrue(pending.isEmpty());
        unchanged("refused");
    }

    @Test
    void theActSignedByTheAuthorizedPersonIsAppliedAndKeptWithTheEvent() {
        PreparedResult prepared = registry.prepareByOfficer(license.number(), "head1", suspension("OFFICER", null));
        byte[] signed = signedBy(prepared.documentXml(), PERSON_IIN);

        IssuedResult applied = registry.signByOfficer(prepared.token(), signed, "officer1");

        assertEquals("SUSPENDED", applied.status());
        assertEquals(license.number(), applied.number());
        assertEquals("ӘБІЛҚАСЫМОВА ҮМІТ НҰРЛАНҚЫЗЫ", applied.signerName());
        assertEquals(LicenseStatus.SUSPENDED, license.status());
        LicenseEvent event = license.history().get(license.history().size() - 1);
        assertEquals("head1", event.actor(), "the act stays the preparing head's");
        assertEquals("Нарушение квалификационных требований", event.reason());
        SignedAct act = event.signedAct().orElseThrow();
        assertArrayEquals(signed, act.document(), "the signed XML kept byte for byte");
        assertEquals(PERSON_IIN, act.signerIin());
        assertEquals("Заместитель начальника департамента", act.signerPositionRu());
        assertEquals(
                "ӘБІЛҚАСЫМОВА ҮМІТ НҰРЛАНҚЫЗЫ",
                registry.verify(license.number()).events().get(1).signedBy());
        assertTrue(pending.isEmpty());
        assertEquals(
                ErrorCode.RESULT_PREPARATION_UNKNOWN,
                assertThrows(
                                ElicensingException.class,
                                () -> registry.signByOfficer(prepared.token(), signed, "officer1"))
                        .code(),
                "an act applies once");
    }

    @Test
    void aWrongPersonOrAChangedDocumentIsRefusedAndNothingChanges() {
        PreparedResult prepared = registry.prepareByOfficer(license.number(), "head1", suspension("OFFICER", null));

        assertEquals(
                ErrorCode.RESULT_SIGNER_NOT_AUTHORIZED,
                assertThrows(
                                ElicensingException.class,
                                () -> registry.signByOfficer(
                                        prepared.token(), signedBy(prepared.documentXml(), UNLISTED_IIN), "head1"))
                        .code());
        unchanged("an employee who is no authorized person");

        String changed = prepared.documentXml().replace(">SUSPEND<", ">TERMINATE<");
        assertEquals(
                ErrorCode.RESULT_DOCUMENT_CHANGED,
                assertThrows(
                                ElicensingException.class,
                                () -> registry.signByOfficer(prepared.token(), signedBy(changed, PERSON_IIN), "head1"))
                        .code());
        unchanged("a changed document");

        assertEquals(
                ErrorCode.OFFICER_NOT_ALLOWED,
                assertThrows(
                                ElicensingException.class,
                                () -> registry.signByOfficer(
                                        prepared.token(), signedBy(prepared.documentXml(), PERSON_IIN), "head-abai"))
                        .code(),
                "submitted by another licensor's officer");
        unchanged("another licensor's submitter");

        assertEquals(1, pending.size(), "the prepared act is kept for the right signature");
        registry.signByOfficer(prepared.token(), signedBy(prepared.documentXml(), PERSON_IIN), "head1");
        assertEquals(LicenseStatus.SUSPENDED, license.status());
    }
}
