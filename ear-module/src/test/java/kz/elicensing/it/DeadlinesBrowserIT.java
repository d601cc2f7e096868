package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import kz.elicensing.sandbox.portal.SendResult;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Deadlines and quality in a real browser: the open application in the watch list, the SLA table, and the SLA chart drawn
 * by Chart.js under the Content-Security-Policy (a canvas with a size, a chart on it), in Russian and Kazakh.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlinesBrowserIT {
    private static WorkbenchBrowser browser;
    private static String application;

    @BeforeAll
    static void anOpenApplication() throws Exception {
        browser = WorkbenchBrowser.shared();
        ItEnvironment.sandbox();
        FreshCompany c = FreshCompany.registeredAndPaid();
        SendResult receipt = ItEnvironment.portal().submitApplication(c.signedApplication());
        assertEquals("SUCCESS", receipt.statusCode(), receipt.statusMessage());
        application = ItEnvironment.element(receipt.dataXml(), "applicationNumber");
        ItEnvironment.awaitStatus(application, "IN_REVIEW", Duration.ofSeconds(60));
    }

    @Test
    void theSlaTableAndChartInBothLanguages() throws Exception {
        browser.signIn("officer/deadlines.xhtml?lang=ru", "officer1", "officer-demo-pass");
        assertEquals("Сроки и качество", browser.waitFor(By.id("page-title")).getText());
        // the watch list is paged by deadline (20 a page): with a whole suite's applications open, the newest one is on
        // a later page; the page lists open applications, and the watch (the same use case, by the API) has this one
        browser.waitFor(By.id("watched"));
        assertTrue(
                !browser.driver()
                        .findElements(By.cssSelector("#watched .watch-number"))
                        .isEmpty(),
                "the open applications are listed");
        assertTrue(
                ApiClient.signIn("officer1", "officer-demo-pass")
                        .get("api/officer/deadlines")
                        .body()
                        .contains(application),
                "the open application is watched");
        assertTrue(
                browser.find(By.id("sla"))
                                .findElements(By.cssSelector("tbody tr.sla-row"))
                                .size()
                        >= 1,
                "a row per service");
        assertChartDrawn("sla-chart");
        browser.screenshot("deadlines-ru");
        browser.assertAccessible("deadlines (ru)");

        browser.go("officer/deadlines.xhtml?lang=kk");
        assertEquals("Мерзімдер және сапа", browser.waitFor(By.id("page-title")).getText());
        assertTrue(browser.find(By.id("sla")).getText().contains("Мерзімінде"), "the table in Kazakh");
        assertChartDrawn("sla-chart");
        browser.screenshot("deadlines-kk");
        browser.assertAccessible("deadlines (kk)");

        browser.size(WorkbenchBrowser.PHONE);
        browser.go("officer/deadlines.xhtml?lang=kk");
        assertChartDrawn("sla-chart");
        browser.screenshot("deadlines-kk-390");
        browser.size(WorkbenchBrowser.DESKTOP);
    }

    /** The chart's canvas has a size and Chart.js drew a chart with its series on it (its script ran under the CSP). */
    private static void assertChartDrawn(String id) {
        WebElement canvas = browser.waitFor(By.cssSelector("[id='" + id + "'] canvas"));
        assertTrue(canvas.getSize().getWidth() > 0 && canvas.getSize().getHeight() > 0, "canvas " + canvas.getSize());
        Object series = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "var c = arguments[0]; var chart = window.Chart && window.Chart.getChart(c);"
                                + " return chart ? chart.data.datasets.length : -1;",
                        canvas);
        assertEquals(3L, series, "Chart.js drew the on-time, late and overdue series");
    }
}
