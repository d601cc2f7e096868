package kz.elicensing.infrastructure.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The public check's summary names the signer by name and BIN, never by IIN. */
class PublicDocumentCheckTest {

    @Test
    void theSignersIinIsLeftOutOfTheSummary() {
        assertEquals(
                "Подпись действительна. Подписант: ӘБІЛҚАСЫМОВА ҮМІТ, 120340000054.",
                PublicDocumentCheck.withoutIin(
                        "Подпись действительна. Подписант: ӘБІЛҚАСЫМОВА ҮМІТ, 871214400161, 120340000054.",
                        "871214400161"));
        assertEquals(
                "Қолтаңба жарамсыз: қол қоюшы  тізімде жоқ.",
                PublicDocumentCheck.withoutIin(
                        "Қолтаңба жарамсыз: қол қоюшы 871214400161 тізімде жоқ.", "871214400161"));
        assertEquals("Подпись действительна.", PublicDocumentCheck.withoutIin("Подпись действительна.", ""));
    }
}
