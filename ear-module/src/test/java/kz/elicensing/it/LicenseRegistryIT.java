package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.elicensing.sandbox.portal.ApplicationBuilder;
import kz.elicensing.sandbox.portal.SendResult;
import kz.elicensing.sandbox.portal.ShepFaultException;
import kz.elicensing.sandbox.registry.LegalEntityRegistry;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The license registry end to end: an issued license gets a duplicate (same number, marked duplicate) and a re-issue
 * (new number, pointing to the base, the base REISSUED); the head of the licensor suspends, resumes and changes its
 * objects on the registry page with reasons; a court's decision terminates it over SOAP; ELICENSE_VerifyLicense shows
 * state, lineage and history; a re-issue of a replaced, terminated or another holder's license is OPERATION_NOT_ALLOWED.
 * The objects an application names enter the license and its entry; a re-issue carries its own application's name and
 * objects, and after a named reorganisation the successor's BIN.
 * No lost updates: two re-issues of one base, or a suspension racing a re-issue, made at the same moment, never both
 * win; the loser is OPERATION_NOT_ALLOWED and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class LicenseRegistryIT {
    private static final BigDecimal FEE = new BigDecimal("19660.00");
    private static final BigDecimal REISSUE_FEE = new BigDecimal("1966.00");
    private static final Duration CHECKS = Duration.ofSeconds(60);
    private static final Pattern LICENSE = Pattern.compile("KZ\\d{2}[A-Z]{3}\\d{8}");

    @BeforeAll
    static void outsideWorld() {
        ItEnvironment.sandbox();
    }

    @Test
    void aLicenseThroughDuplicateReissueSuspensionAndACourtsTermination() throws Exception {
        FreshCompany company = FreshCompany.registeredAndPaid();
        String first = decided(submit(company, "ISSUE", null, company.paymentReference(), FEE));
        assertTrue(first.matches("KZ\\d{2}LAA\\d{8}"), first);
        String record = verify(first);
        assertEquals("ISSUED", ItEnvironment.element(record, "status"));
        assertEquals("Берілді", ItEnvironment.element(record, "statusKz"));

        // a duplicate: the same number and content, marked duplicate
        String duplicateApp = submit(company, "DUPLICATE", first, pay(company, FEE), FEE);
        assertEquals(first, decided(duplicateApp));
        String duplicate = SignedApplicationFlowIT.unescape(ItEnvironment.element(
                ItEnvironment.portal().getResult(duplicateApp).dataXml(), "signedDocument"));
        assertEquals(first, ItEnvironment.element(duplicate, "licenseNumber"));
        assertEquals("true", ItEnvironment.element(duplicate, "duplicate"));
        assertEquals("DUPLICATE", ItEnvironment.element(duplicate, "operation"));
        assertTrue(verify(first).contains("duplicateIssuedAt"), "the registry knows the duplicate");

        // a re-issue: a new number pointing to the base, which becomes REISSUED
        String second = decided(submit(company, "REISSUE", first, pay(company, REISSUE_FEE), REISSUE_FEE));
        assertTrue(!second.equals(first) && second.matches("KZ\\d{2}LAA\\d{8}"), second);
        String base = verify(first);
        assertEquals("REISSUED", ItEnvironment.element(base, "status"));
        assertEquals(second, ItEnvironment.element(base, "reissuedAs"));
        assertEquals(first, ItEnvironment.element(verify(second), "reissueOf"));
        refusedAtIntake(
                company, "REISSUE", first, "OPERATION_NOT_ALLOWED", "the replaced license is not re-issued again");
        FreshCompany stranger = FreshCompany.registeredAndPaid();
        refusedAtIntake(stranger, "REISSUE", second, "OPERATION_NOT_ALLOWED", "another holder's license");
        refusedAtIntake(company, "DUPLICATE", "KZ00LAA00000000", "LICENSE_NOT_FOUND", "a malformed number");

        // the head of the licensor suspends and resumes it, and adds an object, each with a reason
        ApiClient officer = ApiClient.signIn("officer1", "officer-demo-pass");
        assertEquals(
                "done=error&code=OFFICER_NOT_ALLOWED",
                registryChange(officer, second, "suspend", Map.of("basis", "OFFICER", "reason", "Проверка")),
                "only the head acts on the registry");
        ApiClient head = ApiClient.signIn("head1", "head-demo-pass");
        assertEquals(
                "done=ok",
                registryChange(
                        head,
                        second,
                        "suspend",
                        Map.of("basis", "OFFICER", "reason", "Біліктілік талаптарының бұзылуы")));
        assertEquals("SUSPENDED", ItEnvironment.element(verify(second), "status"));
        refusedAtIntake(company, "DUPLICATE", second, "OPERATION_NOT_ALLOWED", "a suspended license");
        assertEquals(
                "done=ok",
                registryChange(head, second, "resume", Map.of("basis", "OFFICER", "reason", "Бұзушылық жойылды")));
        assertEquals(
                "done=ok",
                registryChange(
                        head,
                        second,
                        "objects",
                        Map.of("basis", "OFFICER", "reason", "Жаңа филиал", "address", "Алматы қ., Сәтбаев к., 22")));
        String resumed = verify(second);
        assertEquals("RESUMED", ItEnvironment.element(resumed, "status"));
        assertTrue(resumed.contains("Сәтбаев к., 22"), resumed);
        // the registry's search and card through the API: found by the holder's BIN, newest first, the card says who
        // acts
        HttpResponse<String> found = officer.get("api/officer/licenses?holder=" + company.bin() + "&own=true");
        assertEquals(200, found.statusCode(), found.body());
        var rows = ApiClient.object(found).getJsonArray("rows");
        assertEquals(second, rows.getJsonObject(0).getString("number"), found.body());
        assertEquals("RESUMED", rows.getJsonObject(0).getString("status"));
        assertTrue(found.body().contains(first), "the replaced license is in the registry too: " + found.body());
        var officersCard = ApiClient.object(officer.get("api/officer/licenses/" + second));
        assertEquals(false, officersCard.getBoolean("mayChange"));
        assertTrue(officersCard.getJsonArray("actions").isEmpty(), officersCard.toString());
        var headsCard = ApiClient.object(head.get("api/officer/licenses/" + second));
        assertEquals(true, headsCard.getBoolean("mayChange"));
        assertEquals(
                "[\"SUSPEND\",\"TERMINATE\"]", headsCard.getJsonArray("actions").toString());
        assertTrue(headsCard
                .getJsonObject("license")
                .getJsonArray("reissueOf")
                .toString()
                .contains(first));
        assertEquals(404, head.get("api/officer/licenses/KZ00LAA00000000").statusCode(), "a malformed number");

        // a decision comes from the licensor's system or a court's: not from the portal, not from another licensor's
        ShepFaultException byPortal = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.portal()
                        .send(ItEnvironment.CHANGE_LICENSE, changeRequest(second, "TERMINATE", "2-1/2026"), "ru"));
        assertEquals("SENDER_NOT_ALLOWED", byPortal.errorCode(), byPortal.errorMessage());
        ShepFaultException byAnotherLicensor = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.officeAgri()
                        .send(ItEnvironment.CHANGE_LICENSE, changeRequest(second, "TERMINATE", "2-1/2026"), "ru"));
        assertEquals("OPERATION_NOT_ALLOWED", byAnotherLicensor.errorCode(), byAnotherLicensor.errorMessage());
        assertEquals("RESUMED", ItEnvironment.element(verify(second), "status"), "unchanged");

        // a court's decision over SOAP: without its number it is refused, with it the license ends
        ShepFaultException unreasoned = assertThrows(ShepFaultException.class, () -> change(second, "TERMINATE", ""));
        assertEquals("SCHEMA_VIOLATION", unreasoned.errorCode(), unreasoned.errorMessage());
        SendResult terminated = ItEnvironment.court()
                .send(ItEnvironment.CHANGE_LICENSE, changeRequest(second, "TERMINATE", "2-4711/2026"), "ru");
        assertEquals("TERMINATED", ItEnvironment.element(terminated.dataXml(), "status"));
        String ended = verify(second);
        assertTrue(ended.contains("<decisionNumber>2-4711/2026</decisionNumber>"), ended);
        assertTrue(ended.contains("<basis>COURT</basis>"), ended);
        refusedAtIntake(company, "REISSUE", second, "OPERATION_NOT_ALLOWED", "a terminated license");
    }

    @Test
    void theApplicationsObjectsEnterTheLicenseAndAReissueCarriesTheNewApplicationsData() throws Exception {
        String office = "Алматы қ., Абай даңғылы, 150, 12 кеңсе";
        String branch = "Алматы қ., Сәтбаев к., 22";
        FreshCompany company = FreshCompany.registeredAndPaid();
        String firstApp = submit(
                company,
                builder(company, "ISSUE", null, company.paymentReference(), FEE)
                        .clearObjects()
                        .addObject(office, "Офис")
                        .addObject(branch, "Филиал"));
        String first = decided(firstApp);
        assertEquals(List.of(office, branch), objects(verify(first)), "both objects in the registry entry");
        assertEquals(List.of(office, branch), objects(signedResult(firstApp)), "and on the signed license");

        // the company is renamed (the registry says so too) and gives up its branch: a re-issue with the new data
        String renamed = "ТОО «Жаңа Сынақ " + company.bin() + "»";
        ItEnvironment.sandbox()
                .legalEntities()
                .put(new LegalEntityRegistry.Organisation(
                        company.bin(),
                        LegalEntityRegistry.ACTIVE,
                        LocalDate.of(2026, 1, 12),
                        "Товарищество с ограниченной ответственностью «Жаңа Сынақ " + company.bin() + "»",
                        "«Жаңа Сынақ " + company.bin() + "» жауапкершілігі шектеулі серіктестігі",
                        FreshCompany.HEAD_IIN,
                        "СӘРСЕНБАЕВ",
                        "НҰРЛАН",
                        null,
                        "Қазақстан, Алматы қ., Абай даңғылы, 1"));
        String secondApp = submit(
                company,
                builder(company, "REISSUE", first, pay(company, REISSUE_FEE), REISSUE_FEE)
                        .legalEntity(company.bin(), renamed, FreshCompany.HEAD_IIN)
                        .clearObjects()
                        .addObject(office, "Офис"));
        String second = decided(secondApp);
        String reissued = verify(second);
        assertEquals(List.of(office), objects(reissued), "the branch left out is not on the new license");
        assertTrue(licensee(reissued).contains("Жаңа Сынақ"), reissued);
        String signed = signedResult(secondApp);
        assertEquals(List.of(office), objects(signed));
        assertTrue(licensee(signed).contains("Жаңа Сынақ"), "the signed license names the new name");
        String base = verify(first);
        assertEquals("REISSUED", ItEnvironment.element(base, "status"));
        assertEquals(second, ItEnvironment.element(base, "reissuedAs"));
        assertEquals(List.of(office, branch), objects(base), "the base keeps what it covered");

        // a reorganisation: the successor (another BIN) re-issues it when the form names the reorganisation
        FreshCompany successor = FreshCompany.registeredAndPaid();
        ShepFaultException unnamed = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.portal()
                        .submitApplication(ItEnvironment.sign(
                                builder(successor, "REISSUE", second, pay(successor, REISSUE_FEE), REISSUE_FEE),
                                successor.head())));
        assertEquals("OPERATION_NOT_ALLOWED", unnamed.errorCode(), "no reorganisation named: another holder's");
        String third = decided(submit(
                successor,
                builder(successor, "REISSUE", second, pay(successor, REISSUE_FEE), REISSUE_FEE)
                        .reorganisation("MERGER")
                        .clearObjects()));
        String merged = verify(third);
        assertEquals(successor.bin(), ItEnvironment.element(licensee(merged), "id"));
        assertEquals(List.of(office), objects(merged), "no objects named: the base's carry over");
        assertEquals(second, ItEnvironment.element(merged, "reissueOf"));
        assertEquals("REISSUED", ItEnvironment.element(verify(second), "status"));
    }

    /**
     * Two officers approve two re-issues of one base at the same moment. The test holds the base's row while both
     * approvals read it and get ready to write; then it lets go. One re-issue wins; the other is OPERATION_NOT_ALLOWED
     * (LICENSE_CHANGED_CONCURRENTLY), its application stays IN_REVIEW and no second license points to the base.
     */
    @Test
    void twoReissuesOfOneBaseCannotBothWin() throws Exception {
        FreshCompany company = FreshCompany.registeredAndPaid();
        String base = decided(submit(company, "ISSUE", null, company.paymentReference(), FEE));
        List<String> reissues = List.of(
                submit(company, "REISSUE", base, pay(company, REISSUE_FEE), REISSUE_FEE),
                submit(company, "REISSUE", base, pay(company, REISSUE_FEE), REISSUE_FEE));
        List<OfficerApi> officers = new ArrayList<>();
        for (String number : reissues) {
            ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);
            officers.add(OfficerApi.signIn("officer1", "officer-demo-pass"));
        }

        List<String> outcomes = racingOn(
                base,
                List.of(
                        () -> approval(officers.get(0), reissues.get(0)),
                        () -> approval(officers.get(1), reissues.get(1))));

        List<Integer> won = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            if (outcomes.get(i).contains("done=approved")) {
                won.add(i);
            }
        }
        assertEquals(1, won.size(), "exactly one re-issue wins: " + outcomes);
        int winner = won.get(0);
        int loser = 1 - winner;
        assertTrue(
                outcomes.get(loser).contains("done=error")
                        && outcomes.get(loser).contains("code=OPERATION_NOT_ALLOWED"),
                "the loser gets a typed fault: " + outcomes.get(loser));
        Matcher m = Pattern.compile("n=(KZ\\d{2}LAA\\d{8})").matcher(outcomes.get(winner));
        assertTrue(m.find(), outcomes.get(winner));
        String successor = m.group(1);
        String record = verify(base);
        assertEquals("REISSUED", ItEnvironment.element(record, "status"));
        assertEquals(successor, ItEnvironment.element(record, "reissuedAs"), "the base points to the winner");
        assertEquals(
                1,
                ItEnvironment.countRows("SELECT COUNT(*) FROM license WHERE base_number = '" + base + "'"),
                "no second license re-issues the base");
        assertEquals(
                "IN_REVIEW",
                ItEnvironment.element(
                        ItEnvironment.portal().getStatus(reissues.get(loser)).dataXml(), "status"),
                "the loser's application is untouched");

        // approved again now, the loser meets the base as it is: replaced
        String query = approval(OfficerApi.signIn("officer1", "officer-demo-pass"), reissues.get(loser));
        assertTrue(query.contains("done=error") && query.contains("code=OPERATION_NOT_ALLOWED"), query);
    }

    /**
     * The head suspends a license while an officer approves its re-issue, at the same moment (the test holds the row
     * until both wait to write it). Either the re-issue wins (the base REISSUED, the suspension OPERATION_NOT_ALLOWED)
     * or the suspension does (the base SUSPENDED and not re-issued, the approval OPERATION_NOT_ALLOWED), never both.
     */
    @Test
    void aSuspensionRacingAReissueCannotBothWin() throws Exception {
        FreshCompany company = FreshCompany.registeredAndPaid();
        String base = decided(submit(company, "ISSUE", null, company.paymentReference(), FEE));
        String reissue = submit(company, "REISSUE", base, pay(company, REISSUE_FEE), REISSUE_FEE);
        ItEnvironment.awaitStatus(reissue, "IN_REVIEW", CHECKS);
        OfficerApi officer = OfficerApi.signIn("officer1", "officer-demo-pass");
        ApiClient head = ApiClient.signIn("head1", "head-demo-pass");

        List<String> outcomes = racingOn(
                base,
                List.of(
                        () -> approval(officer, reissue),
                        () -> registryChange(
                                head,
                                base,
                                "suspend",
                                Map.of("basis", "OFFICER", "reason", "Біліктілік талаптарының бұзылуы"))));

        boolean reissued = outcomes.get(0).contains("done=approved");
        boolean suspended = outcomes.get(1).contains("done=ok");
        assertTrue(reissued != suspended, "exactly one of them wins: " + outcomes);
        String loser = reissued ? outcomes.get(1) : outcomes.get(0);
        assertTrue(
                loser.contains("done=error") && loser.contains("code=OPERATION_NOT_ALLOWED"),
                "the loser gets a typed fault: " + loser);
        String record = verify(base);
        if (reissued) {
            assertEquals("REISSUED", ItEnvironment.element(record, "status"), record);
        } else {
            assertEquals("SUSPENDED", ItEnvironment.element(record, "status"), record);
            assertEquals(null, ItEnvironment.element(record, "reissuedAs"), "a suspended license is not re-issued");
            assertEquals(
                    "IN_REVIEW",
                    ItEnvironment.element(
                            ItEnvironment.portal().getStatus(reissue).dataXml(), "status"));
        }
        assertEquals(
                reissued ? 1 : 0,
                ItEnvironment.countRows("SELECT COUNT(*) FROM license WHERE base_number = '" + base + "'"));
    }

    /**
     * Runs {@code calls} at once while this test holds the license's row in the server's database (SELECT ... FOR
     * UPDATE): each reads the license and then waits to write it. When all of them wait (or one has already answered:
     * the database may give up waiting), the test lets go, and they write one after the other. Their results, in order.
     */
    private static List<String> racingOn(String license, List<Callable<String>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try (Connection holder = ItEnvironment.database();
                Connection watcher = ItEnvironment.database()) {
            holder.setAutoCommit(false);
            try (PreparedStatement hold =
                    holder.prepareStatement("SELECT id FROM license WHERE license_number = ? FOR UPDATE")) {
                hold.setString(1, license);
                try (ResultSet rs = hold.executeQuery()) {
                    assertTrue(rs.next(), license);
                }
            }
            List<Future<String>> running = new ArrayList<>();
            for (Callable<String> call : calls) {
                running.add(pool.submit(call));
            }
            awaitWaiting(holder, watcher, calls.size(), running);
            holder.rollback();
            List<String> results = new ArrayList<>();
            for (Future<String> f : running) {
                results.add(f.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Until {@code n} sessions wait for {@code holder}'s lock, or one of the calls has answered already. */
    private static void awaitWaiting(Connection holder, Connection watcher, int n, List<Future<String>> running)
            throws Exception {
        boolean postgres = "PostgreSQL".equalsIgnoreCase(holder.getMetaData().getDatabaseProductName());
        long me;
        try (Statement s = holder.createStatement();
                ResultSet rs = s.executeQuery(postgres ? "SELECT pg_backend_pid()" : "SELECT SESSION_ID()")) {
            rs.next();
            me = rs.getLong(1);
        }
        String waiting = postgres
                // a second waiter queues behind the first (PostgreSQL's tuple lock), so it is not blocked by this
                // session
                // directly: count every session of this database that waits for a lock
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND cardinality(pg_blocking_pids(pid)) > 0"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = ?";
        Instant end = Instant.now().plus(CHECKS);
        try (PreparedStatement q = watcher.prepareStatement(waiting)) {
            if (!postgres) {
                q.setLong(1, me);
            }
            while (Instant.now().isBefore(end)) {
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) >= n || running.stream().anyMatch(Future::isDone)) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the calls never waited for the license's row");
    }

    /** Submits a signed SECURITY_ACTIVITY application of the company; returns its number. */
    static String submit(FreshCompany c, String operation, String base, String payment, BigDecimal amount) {
        return submit(c, builder(c, operation, base, payment, amount));
    }

    /** Submits the company's application as built, signed by its head; returns its number. */
    static String submit(FreshCompany c, ApplicationBuilder b) {
        SendResult receipt = ItEnvironment.portal().submitApplication(ItEnvironment.sign(b, c.head()));
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        return ItEnvironment.element(receipt.dataXml(), "applicationNumber");
    }

    /** The addresses of the current objects in a registry entry or a license document, in order. */
    static List<String> objects(String xml) {
        return Pattern.compile("<(?:\\w+:)?object>(.*?)</(?:\\w+:)?object>", Pattern.DOTALL)
                .matcher(xml)
                .results()
                .map(r -> ItEnvironment.element(r.group(1), "address"))
                .toList();
    }

    /** The licensee part of a registry entry. */
    static String licensee(String record) {
        Matcher m = Pattern.compile("<(?:\\w+:)?licensee>(.*?)</(?:\\w+:)?licensee>", Pattern.DOTALL)
                .matcher(record);
        assertTrue(m.find(), record);
        return m.group(1);
    }

    /** The signed result document (license, duplicate) of an application. */
    static String signedResult(String applicationNumber) {
        return SignedApplicationFlowIT.unescape(ItEnvironment.element(
                ItEnvironment.readerOf(applicationNumber)
                        .getResult(applicationNumber)
                        .dataXml(),
                "signedDocument"));
    }

    private static ApplicationBuilder builder(
            FreshCompany c, String operation, String base, String payment, BigDecimal amount) {
        ApplicationBuilder b = ApplicationBuilder.securityActivity()
                .legalEntity(c.bin(), c.name(), FreshCompany.HEAD_IIN)
                .requestId(UUID.randomUUID().toString())
                .operation(operation)
                .payment(payment, amount);
        if (base != null) {
            b.baseLicenseNumber(base);
        }
        return b;
    }

    private static String application(
            FreshCompany c, String operation, String base, String payment, BigDecimal amount) {
        return ItEnvironment.sign(builder(c, operation, base, payment, amount), c.head());
    }

    private static void refusedAtIntake(FreshCompany c, String operation, String base, String code, String why) {
        ShepFaultException fault = assertThrows(
                ShepFaultException.class,
                () -> ItEnvironment.portal().submitApplication(application(c, operation, base, pay(c, FEE), FEE)),
                why);
        assertEquals(code, fault.errorCode(), why + ": " + fault.errorMessage());
    }

    static String pay(FreshCompany c, BigDecimal amount) {
        String reference = "PAY-REG-" + UUID.randomUUID();
        ItEnvironment.sandbox().payments().pay(reference, c.bin(), amount);
        return reference;
    }

    /** Waits for review, approves as officer1, returns the license number the page reports. */
    static String decided(String number) throws Exception {
        ItEnvironment.awaitStatus(number, "IN_REVIEW", CHECKS);
        JsonObject done = OfficerApi.done(
                OfficerApi.signIn("officer1", "officer-demo-pass").approve(number));
        String license = done.getString("resultNumber");
        assertTrue(LICENSE.matcher(license).matches(), done.toString());
        return license;
    }

    static String verify(String license) {
        SendResult r = ItEnvironment.portal()
                .send(
                        ItEnvironment.VERIFY_LICENSE,
                        "<LicenseQuery xmlns=\"urn:kz:elicensing:v1\"><licenseNumber>" + license
                                + "</licenseNumber></LicenseQuery>",
                        "kk");
        assertEquals("SUCCESS", r.statusCode(), r.statusMessage());
        return r.dataXml();
    }

    private static SendResult change(String license, String action, String decisionNumber) {
        return ItEnvironment.court()
                .send(ItEnvironment.CHANGE_LICENSE, changeRequest(license, action, decisionNumber), "ru");
    }

    private static String changeRequest(String license, String action, String decisionNumber) {
        return "<ChangeLicenseRequest xmlns=\"urn:kz:elicensing:v1\"><licenseNumber>" + license
                + "</licenseNumber><action>"
                + action + "</action><basis>COURT</basis><reason>Запрет на занятие охранной деятельностью</reason>"
                + "<decisionNumber>" + decisionNumber + "</decisionNumber><decisionDate>2026-11-20</decisionDate>"
                + "<decisionBody>Медеуский районный суд г. Алматы</decisionBody></ChangeLicenseRequest>";
    }

    /**
     * An approval through the API, told as the old decision page's answer so that a race compares both alike:
     * {@code done=approved&n=<the license>}, or {@code done=error&code=<the refusal's code>}.
     */
    private static String approval(OfficerApi officer, String number) throws Exception {
        HttpResponse<String> r = officer.approve(number);
        if (r.statusCode() == 200) {
            return "done=approved&n=" + ApiClient.object(r).getString("resultNumber");
        }
        return "done=error&code=" + OfficerApi.code(r);
    }

    /**
     * A registry change through the API ({@code POST api/officer/licenses/{number}/{what}}; a status change prepared,
     * signed by the authorized person and submitted), told in the decision page's terms so that a race compares both
     * alike: {@code done=ok}, or {@code done=error&code=<the refusal's code>}.
     */
    private static String registryChange(ApiClient api, String license, String what, Map<String, String> form)
            throws Exception {
        HttpResponse<String> r = OfficerApi.of(api).registryChange(license, what, form);
        if (r.statusCode() == 200) {
            assertEquals(license, ApiClient.object(r).getString("number"), r.body());
            return "done=ok";
        }
        return "done=error&code=" + ApiClient.object(r).getString("code");
    }
}
