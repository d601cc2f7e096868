package kz.elicensing.it;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import kz.elicensing.sandbox.pki.IdentitySpec;
import kz.elicensing.sandbox.pki.IssuedIdentity;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.registry.LegalEntityRegistry;

/**
 * A legal entity of its own for one application: a fresh valid BIN (registered at the sandbox's GBD UL, or not), its
 * head with an EC signing certificate, and a payment reference of its own. So every gateway call about the
 * application has business keys of its own in the sandbox's call journal: the BIN (GbdulInfoByBin_v2) and the payment
 * reference (PEP_PaymentCheck); and a status query by the BIN lists exactly this company's applications.
 */
record FreshCompany(String bin, String name, IssuedIdentity head, String signerIin, String paymentReference) {
    static final String HEAD_IIN = "900515300018";
    /** An employee of a fresh company: signs with the company's BIN but is not the head GBD UL names. */
    static final String EMPLOYEE_IIN = "920202300026";

    static final BigDecimal FEE = new BigDecimal("19660.00");
    /** BINs 260140nnnnnC: registered January 2026, a resident legal entity, head office; nnnnn counts up in this JVM. */
    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** A company the registry knows, with the fee paid at the sandbox's payment gateway. */
    static FreshCompany registeredAndPaid() {
        FreshCompany c = create();
        c.register();
        ItEnvironment.sandbox().payments().pay(c.paymentReference, c.bin, FEE);
        return c;
    }

    /**
     * A company the registry knows, the fee paid, whose application an employee signs and names himself the head
     * ({@code headIin} = his own IIN): the form and the certificate agree, GBD UL's leader does not.
     */
    static FreshCompany signedByAnEmployee() {
        FreshCompany c = create(IdentitySpec.Kind.LEGAL_ENTITY_EMPLOYEE, EMPLOYEE_IIN);
        c.register();
        ItEnvironment.sandbox().payments().pay(c.paymentReference, c.bin, FEE);
        return c;
    }

    /** A company GBD UL records with {@code regStatus} (e.g. LIQUIDATED, SUSPENDED), signed by its head, the fee paid. */
    static FreshCompany inRegistryStatus(String regStatus) {
        FreshCompany c = registeredAndPaid();
        LegalEntityRegistry registry = ItEnvironment.sandbox().legalEntities();
        registry.put(registry.find(c.bin).orElseThrow().withRegStatus(regStatus));
        return c;
    }

    /** The full Russian name GBD UL gives this company (not the short one its form uses). */
    String registryNameRu() {
        return "Товарищество с ограниченной ответственностью «Сынақ " + bin + "»";
    }

    /** The Kazakh name GBD UL gives this company. */
    String registryNameKz() {
        return "«Сынақ " + bin + "» жауапкершілігі шектеулі серіктестігі";
    }

    /** A company with a valid BIN that the registry does not know (the fee paid). */
    static FreshCompany unknownToTheRegistry() {
        FreshCompany c = create();
        ItEnvironment.sandbox().payments().pay(c.paymentReference, c.bin, FEE);
        return c;
    }

    /** A registered company whose payment reference the payment gateway has never seen. */
    static FreshCompany unpaid() {
        FreshCompany c = create();
        c.register();
        return c;
    }

    private static FreshCompany create() {
        return create(IdentitySpec.Kind.LEGAL_ENTITY_HEAD, HEAD_IIN);
    }

    /** A fresh company whose signer is a {@code kind} with {@code signerIin}. */
    private static FreshCompany create(IdentitySpec.Kind kind, String signerIin) {
        String bin = nextBin();
        String name = "ТОО «Сынақ " + bin + "»";
        IssuedIdentity head = ItEnvironment.sandbox()
                .pki()
                .issue(IdentitySpec.builder(kind)
                        .iin(signerIin)
                        .bin(bin)
                        .surname("СӘРСЕНБАЕВ")
                        .name("НҰРЛАН")
                        .organisation(name)
                        .usage(IdentitySpec.Usage.SIGNING)
                        .keyAlgorithm(IdentitySpec.KeyAlgorithm.EC_P256)
                        .build());
        return new FreshCompany(bin, name, head, signerIin, "PAY-FRESH-" + UUID.randomUUID());
    }

    private void register() {
        ItEnvironment.sandbox()
                .legalEntities()
                .put(new LegalEntityRegistry.Organisation(
                        bin,
                        LegalEntityRegistry.ACTIVE,
                        LocalDate.of(2026, 1, 12),
                        registryNameRu(),
                        registryNameKz(),
                        HEAD_IIN,
                        "СӘРСЕНБАЕВ",
                        "НҰРЛАН",
                        null,
                        "Қазақстан, Алматы қ., Абай даңғылы, 1"));
    }

    /** Its SECURITY_ACTIVITY application with a fresh request id, signed by its head. */
    String signedApplication() {
        return signedApplication(name);
    }

    /**
     * Its SECURITY_ACTIVITY application under {@code formName} (whatever the applicant typed), signed by its signer, who
     * names himself the head.
     */
    String signedApplication(String formName) {
        ApplicationBuilder application = ApplicationBuilder.securityActivity()
                .legalEntity(bin, formName, signerIin)
                .requestId(UUID.randomUUID().toString())
                .payment(paymentReference, FEE);
        return ItEnvironment.sign(application, head);
    }

    /** The next unused valid BIN (12 digits, check digit as in contracts.md §5). */
    static String nextBin() {
        while (true) {
            String first11 = String.format("260140%05d", SERIAL.incrementAndGet());
            int check = checkDigit(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }

    /** The check digit of 11 digits, or -1 when the number cannot have one. */
    static int checkDigit(String first11) {
        int check = weighted(first11, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11;
        if (check == 10) {
            check = weighted(first11, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11;
        }
        return check == 10 ? -1 : check;
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
