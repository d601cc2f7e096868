package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Administration in a real browser (issue 14): an admin adds an officer and loads a calendar year, in Russian and
 * Kazakh, and the change log shows both changes with who and when; adds a licensor's authorized person and ends the
 * authorization (issue 15); axe-core on each page; screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationBrowserIT {
    private static WorkbenchBrowser browser;

    @BeforeAll
    static void browser() throws Exception {
        browser = WorkbenchBrowser.shared();
    }

    @Test
    void anAdminAddsAnOfficerLoadsAYearAndSeesBothInTheChangeLog() throws Exception {
        browser.signIn("admin/officers.xhtml?lang=ru", "admin", "admin-demo-pass");
        assertEquals("Сотрудники", browser.find(By.id("page-title")).getText());
        assertTrue(browser.source().contains("officer1"), "the demo officers are listed");
        browser.screenshot("admin-officers-ru");
        browser.assertAccessible("officers (ru)");

        // add an officer of the Astana police department
        browser.find(By.id("officers:add")).click();
        browser.waitFor(By.id("officers:username")).sendKeys("itbrowser1");
        browser.find(By.id("officers:fullName")).sendKeys("Жұмабекова Әлия");
        browser.choose("officers:provider", "DP_ASTANA");
        browser.find(By.id("officers:password")).sendKeys("it-browser-pass-1");
        browser.screenshot("admin-officers-editor-ru");
        browser.assertAccessible("officer editor (ru)");
        browser.find(By.id("officers:save")).click();
        browser.waitForText(By.id("messages"), "itbrowser1");
        assertTrue(browser.find(By.id("officers:table")).getText().contains("Жұмабекова Әлия"));

        // the same page in Kazakh
        browser.find(By.id("lang-kk")).click();
        browser.waitForText(By.id("page-title"), "Қызметкерлер");
        assertTrue(browser.find(By.id("officers:table")).getText().contains("Белсенді"));
        browser.screenshot("admin-officers-kk");
        browser.assertAccessible("officers (kk)");

        // the new officer can sign in (an HTTP client beside the browser)
        HttpResponse<String> me =
                ApiClient.signIn("itbrowser1", "it-browser-pass-1").get("api/officer/me");
        assertTrue(me.body().contains("itbrowser1"), me.body());

        // load 2030 in Kazakh
        browser.go("admin/calendar.xhtml?year=2030&lang=kk");
        browser.waitForText(By.id("page-title"), "Жұмыс күнтізбесі");
        assertTrue(browser.find(By.id("year-state")).getText().contains("жүктелмеген"));
        browser.assertAccessible("calendar, not loaded (kk)");
        browser.find(By.id("calendar:kurbanAit")).sendKeys("13.04.2030");
        browser.find(By.id("calendar:note")).sendKeys("IT браузер");
        browser.find(By.id("calendar:load")).click();
        browser.waitForText(By.id("messages"), "2030");
        WebElement nauryz = browser.waitFor(By.cssSelector("td[data-date='2030-03-21']"));
        assertTrue(nauryz.getAttribute("class").contains("adm-HOLIDAY"), nauryz.getAttribute("class"));
        assertEquals("Наурыз мейрамы", nauryz.getAttribute("title"));
        browser.screenshot("admin-calendar-kk");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('months').scrollIntoView()");
        browser.screenshot("admin-calendar-months-kk");
        accessibleWithItsMessage("calendar (kk)");

        // Russian, and a move of a day off: Saturday 4 May 2030 worked, Friday 3 May off
        browser.go("admin/calendar.xhtml?year=2030&lang=ru");
        browser.waitForText(By.id("page-title"), "Рабочий календарь");
        browser.waitFor(By.id("calendar:from")).sendKeys("04.05.2030");
        browser.find(By.id("calendar:to")).sendKeys("03.05.2030");
        browser.find(By.id("calendar:move")).click();
        browser.waitForText(By.id("messages"), "03.05.2030");
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeContains(
                        By.cssSelector("td[data-date='2030-05-03']"), "class", "adm-MOVED_DAY_OFF"));
        browser.screenshot("admin-calendar-ru");
        accessibleWithItsMessage("calendar (ru)");
        // a refused move shows the code's text
        browser.find(By.id("calendar:from")).sendKeys("01.01.2030");
        browser.find(By.id("calendar:to")).sendKeys("08.01.2030");
        browser.find(By.id("calendar:move")).click();
        browser.waitForText(By.id("messages"), "CALENDAR_MOVE_NOT_ALLOWED");

        // the change log: both changes, by admin, newest first
        browser.go("admin/audit.xhtml?lang=ru");
        browser.waitForText(By.id("page-title"), "Журнал изменений");
        String log = browser.find(By.id("audit:changes")).getText();
        assertTrue(log.contains("itbrowser1"), log);
        assertTrue(log.contains("2030"), log);
        assertTrue(log.contains("admin"), log);
        assertTrue(log.indexOf("MOVE") < log.indexOf("itbrowser1"), "newest first: " + log);
        browser.screenshot("admin-audit-ru");
        accessibleWithItsMessage("change log (ru)");
        browser.go("admin/audit.xhtml?lang=kk");
        browser.waitForText(By.id("page-title"), "Өзгерістер журналы");
        browser.screenshot("admin-audit-kk");
        accessibleWithItsMessage("change log (kk)");
        browser.size(WorkbenchBrowser.PHONE);
        browser.go("admin/officers.xhtml?lang=kk");
        browser.waitFor(By.id("officers:table"));
        browser.screenshot("admin-officers-phone-kk");
        browser.size(WorkbenchBrowser.DESKTOP);
    }

    @Test
    void anAdminAddsAnAuthorizedPersonAndEndsTheAuthorization() throws Exception {
        browser.signIn("admin/authorized-persons.xhtml?lang=ru", "admin", "admin-demo-pass");
        assertEquals(
                "Уполномоченные лица услугодателей",
                browser.find(By.id("page-title")).getText());
        browser.choose("persons:provider", "DP_PAVLODAR");
        // the demo person of DP_PAVLODAR (V1120)
        browser.waitForText(By.id("persons:table"), "ҒАЛЫМЖАНОВА МӘДИНА ЕРЛАНҚЫЗЫ");
        browser.screenshot("admin-persons-ru");
        browser.assertAccessible("authorized persons (ru)");

        browser.find(By.id("persons:add")).click();
        browser.waitFor(By.id("persons:validFrom_input")).sendKeys("01.01.2026");
        browser.find(By.id("page-title")).click(); // a click outside closes the date picker's calendar
        browser.closed(By.id("persons:validFrom_panel"));
        browser.find(By.id("persons:iin")).sendKeys("920711500337");
        browser.find(By.id("persons:surname")).sendKeys("Бекмұхамбетов");
        browser.find(By.id("persons:givenName")).sendKeys("Тоқтар");
        browser.find(By.id("persons:positionRu")).sendKeys("Руководитель управления");
        browser.find(By.id("persons:positionKz")).sendKeys("Басқарма басшысы");
        browser.screenshot("admin-persons-editor-ru");
        browser.assertAccessible("authorized person editor (ru)");
        browser.find(By.id("persons:save")).click();
        browser.waitForText(By.id("messages"), "920711500337");
        assertTrue(browser.find(By.id("persons:table")).getText().contains("Бекмұхамбетов Тоқтар"));
        assertTrue(browser.find(By.id("persons:table")).getText().contains("01.01.2026"));

        // end it today: the row stays, with today as its last day
        browser.find(By.cssSelector("button[aria-label='Завершить полномочия Бекмұхамбетов Тоқтар']"))
                .click();
        browser.waitForText(By.id("messages"), "Бекмұхамбетов Тоқтар");
        assertTrue(browser.find(By.id("persons:table")).getText().contains("Бекмұхамбетов Тоқтар"), "kept");

        // the same page in Kazakh
        browser.find(By.id("lang-kk")).click();
        browser.waitForText(By.id("page-title"), "Көрсетілетін қызметті берушілердің уәкілетті тұлғалары");
        browser.screenshot("admin-persons-kk");
        browser.assertAccessible("authorized persons (kk)");
        HttpResponse<String> log = ApiClient.signIn("admin", "admin-demo-pass")
                .get("api/admin/changes?area=AUTHORIZED_PERSON&subject=DP_PAVLODAR/920711500337");
        assertTrue(log.body().contains("\"END\"") && log.body().contains("\"ADD\""), log.body());
    }

    /**
     * axe-core on the page with the layout's message shown: its list items carry no {@code role="alert"}
     * (AccessibleMessagesRenderer), which axe's "list" rule reported as serious.
     */
    private static void accessibleWithItsMessage(String page) {
        browser.assertAccessible(page + " (with its message)");
    }
}
