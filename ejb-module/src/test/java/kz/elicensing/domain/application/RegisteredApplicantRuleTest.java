package kz.elicensing.domain.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import kz.elicensing.domain.application.RegisteredApplicantRule.Confirmed;
import kz.elicensing.domain.application.RegisteredApplicantRule.Refused;
import kz.elicensing.domain.application.RegisteredApplicantRule.RefusedOnGround;
import kz.elicensing.domain.application.RegisteredApplicantRule.Undecided;
import kz.elicensing.domain.application.RegisteredApplicantRule.Verdict;
import kz.elicensing.domain.catalog.RefusalGround;
import kz.elicensing.domain.catalog.RegistryStatus;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.LegalEntityRecord;
import kz.elicensing.domain.party.RegistryExtract;
import org.junit.jupiter.api.Test;

/** Conditions 3 and 4 against GBD UL: the registry's leader signs, the registry's status is active, its name is used. */
class RegisteredApplicantRuleTest {
    private static final String HEAD = "900515300018";
    private static final String EMPLOYEE = "920202300026";
    private static final RegistryStatus ACTIVE =
            new RegistryStatus("ACTIVE", true, null, "Действующее", "Әрекет етуші");
    private static final RegistryStatus LIQUIDATED =
            new RegistryStatus("LIQUIDATED", false, "APPLICANT_LIQUIDATED", "Ликвидировано", "Таратылған");
    private static final RefusalGround LIQUIDATED_GROUND =
            new RefusalGround("APPLICANT_LIQUIDATED", "ликвидировано", "таратылған", "ст. 43", "43-бап");
    private static final List<RefusalGround> GROUNDS =
            List.of(new RefusalGround("QUALIFICATION_NOT_MET", "нет", "жоқ", "ст. 43", "43-бап"), LIQUIDATED_GROUND);

    private final RegisteredApplicantRule rule = new RegisteredApplicantRule();

    private static LegalEntityRecord entity(String status) {
        return new LegalEntityRecord(
                "260140000012",
                status,
                "Товарищество с ограниченной ответственностью «Сынақ»",
                "«Сынақ» жауапкершілігі шектеулі серіктестігі",
                HEAD,
                "СӘРСЕНБАЕВ НҰРЛАН",
                "Алматы қ., Абай даңғылы, 1");
    }

    @Test
    void theHeadTheRegistryNamesIsConfirmedWithTheRegistrysData() {
        Verdict v = rule.check(entity("ACTIVE"), Optional.of(ACTIVE), GROUNDS, HEAD, true, "ТОО «Сынақ»");
        Confirmed c = assertInstanceOf(Confirmed.class, v);
        assertEquals("«Сынақ» жауапкершілігі шектеулі серіктестігі", c.extract().nameKz());
        assertEquals(HEAD, c.extract().headIin());
        assertEquals("Алматы қ., Абай даңғылы, 1", c.extract().address());
        assertTrue(c.note().contains("ТОО «Сынақ»"), "a name in the form that is not the registry's is recorded");
    }

    @Test
    void anEmployeeWhoCallsHimselfTheHeadIsRefusedSignerMismatch() {
        Verdict v = rule.check(entity("ACTIVE"), Optional.of(ACTIVE), GROUNDS, EMPLOYEE, true, null);
        Refused r = assertInstanceOf(Refused.class, v);
        assertEquals(ErrorCode.SIGNER_MISMATCH, r.code());
        assertEquals(RegisteredApplicantRule.SIGNER_NOT_HEAD, r.messageKey());
        assertTrue(r.note().contains(HEAD) && r.note().contains(EMPLOYEE), r.note());
    }

    @Test
    void whereTheCatalogWantsNoHeadAnEmployeeMaySign() {
        assertInstanceOf(
                Confirmed.class, rule.check(entity("ACTIVE"), Optional.of(ACTIVE), GROUNDS, EMPLOYEE, false, null));
    }

    @Test
    void aWalkInHasNoSignerToCompare() {
        assertInstanceOf(Confirmed.class, rule.check(entity("ACTIVE"), Optional.of(ACTIVE), GROUNDS, null, true, null));
    }

    @Test
    void aLiquidatedEntityIsRefusedOnTheCatalogsGroundEvenWhenTheHeadSigned() {
        Verdict v = rule.check(entity("LIQUIDATED"), Optional.of(LIQUIDATED), GROUNDS, HEAD, true, null);
        RefusedOnGround g = assertInstanceOf(RefusedOnGround.class, v);
        assertEquals(LIQUIDATED_GROUND, g.ground());
        assertEquals(LIQUIDATED, g.status());
        assertTrue(g.note().contains("LIQUIDATED"), g.note());
    }

    @Test
    void aStatusTheCatalogDoesNotKnowIsLeftToAnOfficerNeverTakenForActive() {
        Verdict v = rule.check(entity("REORGANISED"), Optional.empty(), GROUNDS, HEAD, true, null);
        assertTrue(assertInstanceOf(Undecided.class, v).note().contains("REORGANISED"));
    }

    @Test
    void aNonActiveStatusWhoseGroundTheServiceLacksIsLeftToAnOfficer() {
        Verdict v = rule.check(entity("LIQUIDATED"), Optional.of(LIQUIDATED), GROUNDS.subList(0, 1), HEAD, true, null);
        assertTrue(assertInstanceOf(Undecided.class, v).note().contains("APPLICANT_LIQUIDATED"));
    }

    @Test
    void theRegistrysOwnNameInEitherLanguageIsNoDifference() {
        RegistryExtract e = RegistryExtract.of(entity("ACTIVE"));
        assertFalse(e.differsFrom("товарищество с ограниченной ответственностью \"Сынақ\""));
        assertFalse(e.differsFrom("«Сынақ»  жауапкершілігі шектеулі серіктестігі"));
        assertFalse(e.differsFrom(null));
        assertTrue(e.differsFrom("ТОО «Другое»"));
        assertNull(RegisteredApplicantRule.nameNote(e, "«Сынақ» жауапкершілігі шектеулі серіктестігі", "GBD UL"));
    }
}
