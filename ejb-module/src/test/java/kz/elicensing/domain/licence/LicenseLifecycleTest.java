package kz.elicensing.domain.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.elicensing.domain.application.ActivityObject;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** The registry's lifecycle: suspend, resume, terminate, re-issue and duplicate, each kept with who, when and why. */
class LicenseLifecycleTest {
    private static final Instant T0 = Instant.parse("2026-11-02T05:00:00Z");

    private static License issued() {
        License l = new License(
                LicenseNumber.of("LAA", 1),
                "EL-2026-00000001",
                "SECURITY_ACTIVITY",
                "DP_ALMATY",
                "150140000012",
                "ТОО «Қорғау-Сервис»",
                T0);
        l.cover(
                List.of("GUARD_OBJECTS"),
                List.of(
                        new ActivityObject("Алматы, Абай даңғылы, 1", "офис"),
                        new ActivityObject("Алматы, Сәтбаев к., 2", "филиал")),
                T0);
        return l;
    }

    private static LicenseChange byHead(String reason) {
        return new LicenseChange(T0.plusSeconds(60), DecisionBasis.OFFICER, "head1", reason, null, null, null);
    }

    private static LicenseChange byCourt(String number) {
        return new LicenseChange(
                T0.plusSeconds(120),
                DecisionBasis.COURT,
                "COURT",
                "Решение суда о запрете деятельности",
                number,
                LocalDate.of(2026, 11, 1),
                "Медеуский районный суд г. Алматы");
    }

    @Test
    void suspendResumeTerminateAreKeptWithWhoWhenAndWhy() {
        License l = issued();
        l.change(LicenseAction.SUSPEND, byHead("Нарушение квалификационных требований"));
        assertEquals(LicenseStatus.SUSPENDED, l.status());
        l.change(LicenseAction.RESUME, byHead("Нарушение устранено"));
        assertEquals(LicenseStatus.RESUMED, l.status());
        l.change(LicenseAction.TERMINATE, byCourt("2-1234/2026"));
        assertEquals(LicenseStatus.TERMINATED, l.status());
        List<LicenseEvent> h = l.history();
        assertEquals(
                List.of(LicenseAction.ISSUE, LicenseAction.SUSPEND, LicenseAction.RESUME, LicenseAction.TERMINATE),
                h.stream().map(LicenseEvent::action).toList());
        assertEquals("head1", h.get(1).actor());
        assertEquals("Медеуский районный суд г. Алматы", h.get(3).decisionBody());
    }

    @Test
    void aTerminatedLicenseIsFinalAndASuspendedOneOnlyResumesOrEnds() {
        License l = issued();
        l.change(LicenseAction.SUSPEND, byHead("Проверка"));
        ElicensingException suspendAgain =
                assertThrows(ElicensingException.class, () -> l.change(LicenseAction.SUSPEND, byHead("ещё раз")));
        assertEquals(ErrorCode.OPERATION_NOT_ALLOWED, suspendAgain.code());
        assertThrows(ElicensingException.class, () -> l.addObject("Алматы, Сәтбаев к., 2", null, byHead("филиал")));
        l.change(LicenseAction.TERMINATE, byHead("Заявление лицензиата"));
        for (LicenseAction a :
                new LicenseAction[] {LicenseAction.RESUME, LicenseAction.SUSPEND, LicenseAction.TERMINATE}) {
            assertEquals(
                    ErrorCode.OPERATION_NOT_ALLOWED,
                    assertThrows(ElicensingException.class, () -> l.change(a, byHead("x")))
                            .code());
        }
    }

    @Test
    void aChangeWithoutItsReasonOrACourtDecisionWithoutItsNumberIsRefused() {
        License l = issued();
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(ElicensingException.class, () -> l.change(LicenseAction.SUSPEND, byHead(" ")))
                        .code());
        assertEquals(
                ErrorCode.SCHEMA_VIOLATION,
                assertThrows(ElicensingException.class, () -> l.change(LicenseAction.TERMINATE, byCourt(null)))
                        .code());
        assertEquals(LicenseStatus.ISSUED, l.status(), "nothing changed");
    }

    @Test
    void aReissueReplacesTheBaseAndPointsToIt() {
        License base = issued();
        License next = License.reissueOf(
                base,
                LicenseNumber.of("LAA", 2),
                "EL-2026-00000002",
                base.holderId(),
                null,
                List.of(),
                List.of(),
                T0.plusSeconds(300));
        assertEquals(LicenseStatus.REISSUED, base.status());
        assertEquals(next.number(), base.successorNumber());
        assertEquals(base.number(), next.baseNumber());
        assertEquals(base.holderId(), next.holderId());
        assertEquals(List.of("GUARD_OBJECTS"), next.activitySubtypes());
        assertEquals(2, next.objects().size(), "none named: the current objects carry over");
        assertEquals(
                LicenseAction.REPLACED,
                base.history().get(base.history().size() - 1).action());
        assertThrows(
                ElicensingException.class,
                () -> License.reissueOf(
                        base, LicenseNumber.of("LAA", 3), "EL-3", base.holderId(), null, List.of(), List.of(), T0));
    }

    @Test
    void aReissueCarriesTheApplicationsNameSubtypesAndObjectsNotTheBases() {
        License base = issued();
        License next = License.reissueOf(
                base,
                LicenseNumber.of("LAA", 2),
                "EL-2026-00000002",
                base.holderId(),
                "ТОО «Қорғау-Сервис Плюс»",
                List.of("GUARD_OBJECTS", "ESCORT_CARGO"),
                List.of(new ActivityObject("Алматы, Абай даңғылы, 1", "офис")),
                T0.plusSeconds(300));
        assertEquals("ТОО «Қорғау-Сервис Плюс»", next.holderName());
        assertEquals(List.of("GUARD_OBJECTS", "ESCORT_CARGO"), next.activitySubtypes());
        assertEquals(
                List.of("Алматы, Абай даңғылы, 1"),
                next.objects().stream().map(LicenseObject::address).toList(),
                "the branch left out is not on the new license");
        assertEquals("ТОО «Қорғау-Сервис»", base.holderName(), "the base is kept as it was");
        assertEquals(2, base.objects().size());
    }

    @Test
    void aReissueToTheSuccessorOfAReorganisationHasTheSuccessorAsHolder() {
        License base = issued();
        License next = License.reissueOf(
                base,
                LicenseNumber.of("LAA", 2),
                "EL-2026-00000002",
                "160240000018",
                "ТОО «Жаңа Қорғау»",
                List.of(),
                List.of(),
                T0.plusSeconds(300));
        assertEquals("160240000018", next.holderId());
        assertEquals(LicenseStatus.REISSUED, base.status());
        assertEquals("150140000012", base.holderId(), "the base stays the predecessor's");
        assertTrue(next.history().get(0).reason().contains("successor"));
        assertTrue(base.history().get(base.history().size() - 1).reason().contains("160240000018"));
    }

    @Test
    void aDuplicateKeepsTheNumberAndIsRecorded() {
        License l = issued();
        l.addDuplicate("EL-2026-00000009", T0.plusSeconds(600), "<License/>".getBytes());
        assertEquals(1, l.duplicates().size());
        assertEquals(LicenseStatus.ISSUED, l.status());
        assertTrue(l.history().stream().anyMatch(e -> e.action() == LicenseAction.DUPLICATE));
    }

    @Test
    void theHolderIsWhoTheRegistrySaysAndARe_issueKeepsItUnlessTheRegistrySaysOtherwise() {
        License l = issued();
        l.describeHolder(new kz.elicensing.domain.party.RegistryExtract(
                "Товарищество с ограниченной ответственностью «Қорғау-Сервис»",
                "«Қорғау-Сервис» жауапкершілігі шектеулі серіктестігі",
                "Алматы қ., Абай даңғылы, 150",
                "900515300018",
                "СӘРСЕНБАЕВ НҰРЛАН",
                "ACTIVE"));
        assertEquals("Товарищество с ограниченной ответственностью «Қорғау-Сервис»", l.holderName());
        assertEquals("«Қорғау-Сервис» жауапкершілігі шектеулі серіктестігі", l.holderNameKz());
        assertEquals("900515300018", l.holderHeadIin());
        License next = License.reissueOf(l, LicenseNumber.of("LAA", 2), "EL-2026-00000002", null, T0);
        assertEquals(l.holderNameKz(), next.holderNameKz());
        assertEquals(l.holderAddress(), next.holderAddress());
    }

    /** Every change, also one that only adds beside the license (a duplicate, an object), is a change of its entry. */
    @Test
    void everyChangeMovesTheEntrysChangeTime() {
        License l = issued();
        assertEquals(T0, l.changedAt());
        l.addObject("Алматы, Сәтбаев к., 22", null, byHead("филиал"));
        assertEquals(T0.plusSeconds(60), l.changedAt());
        l.addDuplicate("EL-2026-00000009", T0.plusSeconds(600), "<License/>".getBytes());
        assertEquals(T0.plusSeconds(600), l.changedAt());
        License next = License.reissueOf(l, LicenseNumber.of("LAA", 2), "EL-2026-00000002", null, T0.plusSeconds(900));
        assertEquals(T0.plusSeconds(900), l.changedAt(), "replaced");
        assertEquals(T0.plusSeconds(900), next.changedAt(), "issued");
        assertThrows(ElicensingException.class, () -> l.change(LicenseAction.SUSPEND, byHead("поздно")));
        assertEquals(T0.plusSeconds(900), l.changedAt(), "a refused change changes nothing");
    }
}
