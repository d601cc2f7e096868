package kz.elicensing.domain.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import kz.elicensing.domain.catalog.ActivitySubtype;
import kz.elicensing.domain.catalog.RequiredDocument;
import kz.elicensing.domain.error.ElicensingException;
import kz.elicensing.domain.error.ErrorCode;
import kz.elicensing.domain.party.ApplicantKind;
import org.junit.jupiter.api.Test;

/** The catalog's documents and subtypes an application's attachments and activity are checked against. */
class IntakeRulesTest {
    static final List<RequiredDocument> DOCUMENTS = List.of(
            new RequiredDocument("CHARTER", "Устав", "Жарғы", true, ApplicantKind.LEGAL_ENTITY),
            new RequiredDocument("IDENTITY", "Удостоверение", "Куәлік", true, ApplicantKind.INDIVIDUAL),
            new RequiredDocument("QUALIFICATION", "Квалификация", "Біліктілік", true, null),
            new RequiredDocument("STAFF_LIST", "Сведения", "Мәліметтер", false, null));
    final IntakeRules rules = new IntakeRules();

    @Test
    void everyMandatoryDocumentOfTheApplicantsKindMustBeAttached() {
        assertDoesNotThrow(
                () -> rules.checkDocuments(ApplicantKind.LEGAL_ENTITY, List.of("CHARTER", "QUALIFICATION"), DOCUMENTS));
        assertDoesNotThrow(
                () -> rules.checkDocuments(ApplicantKind.INDIVIDUAL, List.of("QUALIFICATION", "IDENTITY"), DOCUMENTS));
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> rules.checkDocuments(ApplicantKind.INDIVIDUAL, List.of("STAFF_LIST"), DOCUMENTS));
        assertEquals(ErrorCode.DOCUMENTS_INCOMPLETE, e.code());
        assertEquals("intake.documentsIncomplete", e.messageKey());
        assertArrayEquals(new Object[] {"IDENTITY, QUALIFICATION"}, e.arguments());
    }

    @Test
    void aDocumentTheCatalogDoesNotListForTheApplicantIsBadInput() {
        ElicensingException e = assertThrows(
                ElicensingException.class,
                () -> rules.checkDocuments(
                        ApplicantKind.LEGAL_ENTITY, List.of("CHARTER", "QUALIFICATION", "IDENTITY"), DOCUMENTS));
        assertEquals(ErrorCode.SCHEMA_VIOLATION, e.code());
        assertEquals("intake.documentUnknown", e.messageKey());
    }

    @Test
    void nothingRequiredNothingMissing() {
        assertDoesNotThrow(() -> rules.checkDocuments(ApplicantKind.LEGAL_ENTITY, List.of(), List.of()));
    }

    @Test
    void onlyTheCatalogsSubtypesOfTheServiceAreTaken() {
        List<ActivitySubtype> catalog = List.of(
                new ActivitySubtype("GUARD", "Охрана", "Күзет"),
                new ActivitySubtype("ESCORT", "Сопровождение", "Алып жүру"));
        assertDoesNotThrow(() -> rules.checkSubtypes(List.of("ESCORT", "GUARD"), catalog));
        ElicensingException e = assertThrows(
                ElicensingException.class, () -> rules.checkSubtypes(List.of("GUARD", "SECURITY_GUARE"), catalog));
        assertEquals(ErrorCode.SUBTYPE_NOT_IN_CATALOG, e.code());
        assertArrayEquals(new Object[] {"SECURITY_GUARE"}, e.arguments());
    }
}
