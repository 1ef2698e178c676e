package com.moleculeflow.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.moleculeflow.app.RunningApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A CRO user works only on the submissions sent to their organisation: the portal offers nothing else. */
@RunningApplicationTest
class CroSeesOnlyWhatWasSentTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void theCroUserIsOfferedSubmissionsOnlyAndTheImportsPageIsForbidden() {
        browser.signIn("cro", "cro-demo");

        assertThat(browser.text(By.cssSelector(".who .org"))).isEqualTo("Acme CRO");
        assertThat(browser.findAll(By.cssSelector("nav.nav a")).stream().map(WebElement::getText)).containsExactly("Submissions");

        browser.open("/imports");
        assertThat(browser.text(By.cssSelector(".error-page h1"))).startsWith("403");
        assertThat(browser.text(By.cssSelector(".error-page"))).contains("Your role does not allow this page.");
        assertThat(browser.findAll(By.cssSelector("input[type=file]"))).isEmpty();
    }
}
