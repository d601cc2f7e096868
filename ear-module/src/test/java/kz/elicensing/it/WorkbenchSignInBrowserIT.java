package kz.elicensing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The workbench's door in a real browser: sign-in in both languages, a refused password, sign-out, accessibility. */
@ExtendWith(ArquillianExtension.class)
class WorkbenchSignInBrowserIT {
    private static WorkbenchBrowser browser;

    @BeforeAll
    static void browser() throws Exception {
        browser = WorkbenchBrowser.shared();
    }

    @Test
    void wrongPasswordIsRefusedInKazakh() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.go("officer/index.xhtml?lang=kk");
        browser.waitFor(By.id("j_username")).sendKeys("officer1");
        browser.find(By.id("j_password")).sendKeys("wrong");
        browser.find(By.id("login")).click();
        String error = browser.waitFor(By.id("login-error")).getText();
        assertTrue(error.contains("Авторизациядан бас тарту"), error);
        browser.screenshot("signin-refused-kk");
        browser.assertAccessible("sign-in (kk)");
    }

    @Test
    void anOfficerSignsInSwitchesLanguageAndSignsOut() throws Exception {
        browser.signIn("officer/index.xhtml?lang=ru", "officer1", "officer-demo-pass");
        assertEquals("officer1", browser.find(By.id("signed-in-as")).getText());
        assertEquals("Заявления", browser.find(By.id("nav-worklist")).getText());
        browser.find(By.id("lang-kk")).click();
        browser.waitForText(By.id("nav-worklist"), "Өтініштер");
        assertEquals("kk", browser.find(By.tagName("html")).getAttribute("lang"));
        browser.screenshot("signed-in-kk");
        browser.assertAccessible("worklist (kk)");
        browser.find(By.id("signout-form:logout")).click();
        browser.waitFor(By.id("j_username"));
        browser.go("officer/index.xhtml");
        assertTrue(browser.driver().findElements(By.id("signed-in-as")).isEmpty(), "signed out");
    }
}
