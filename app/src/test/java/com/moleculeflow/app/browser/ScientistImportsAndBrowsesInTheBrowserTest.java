package com.moleculeflow.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.moleculeflow.app.Api;
import com.moleculeflow.app.RunningApplicationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A scientist signs in, imports a small file on the Imports page, watches it register, and browses the molecules. */
@RunningApplicationTest
class ScientistImportsAndBrowsesInTheBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    @Test
    void aWrongPasswordKeepsTheScientistOnTheLoginPageWithTheError() {
        browser.signIn("scientist", "not-my-password");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.text(By.cssSelector("[role=alert]"))).isEqualTo("Unknown user or wrong password.");
        assertThat(browser.findAll(By.cssSelector("nav.nav a"))).isEmpty();

        Api.awaitPasswordAcceptedAgain(port, "scientist", "scientist-demo");
    }

    @Test
    void anUploadedFileRegistersItsValidRowsListsTheRejectedOneAndTheMoleculesShowTheirStructures() throws IOException {
        Path csv = Files.writeString(files.resolve("browser-import.csv"), """
                smiles,id
                CC(C)(C)c1ccc(cc1)C(=O)N1CCOCC1,BRW-1
                O=C(Nc1ccc(F)cc1)c1cccs1,BRW-2
                C(C)(C)(C)(C)C,BRW-3
                CCOC(=O)c1cnc2ccccc2c1Cl,BRW-4
                """);
        browser.signIn("scientist", "scientist-demo");
        assertThat(browser.text(By.cssSelector(".who .name"))).isNotBlank();

        // upload on the Imports page
        browser.click(By.linkText("Imports"));
        browser.find(By.cssSelector("input[type=file][name=file]")).sendKeys(csv.toAbsolutePath().toString());
        browser.click(By.xpath("//button[normalize-space()='Start import']"));

        // the import page follows the progress by itself (htmx polling) until the import has completed
        browser.waitUntil(d -> browser.path().matches("/imports/[0-9a-f-]{36}"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Import of browser-import.csv");
        browser.waitUntil(d -> d.findElement(By.cssSelector("#progress .badge")).getText().equalsIgnoreCase("completed")
                && !d.findElements(By.xpath("//h2[.='Rejected rows']/following-sibling::table")).isEmpty());
        assertThat(browser.text(By.cssSelector("#progress .card.registered .count"))).isEqualTo("3");
        assertThat(browser.text(By.cssSelector("#progress .card.rejected .count"))).isEqualTo("1");
        List<WebElement> rejected = browser.findAll(By.xpath("//h2[.='Rejected rows']/following-sibling::table[1]/tbody/tr"));
        assertThat(rejected).hasSize(1);
        List<String> cells = rejected.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.get(0)).as("line number").isEqualTo("4");
        assertThat(cells.get(1)).as("original text").contains("C(C)(C)(C)(C)C");
        assertThat(cells.get(2)).as("reason").containsIgnoringCase("valence");

        // the Molecules page shows structures as pictures
        browser.click(By.linkText("Molecules"));
        List<WebElement> rows = browser.waitUntil(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("table.molecules tbody tr"));
            return found.isEmpty() ? null : found;
        });
        List<WebElement> pictures = rows.stream().limit(3).map(r -> r.findElement(By.cssSelector("td.structure img"))).toList();
        for (WebElement picture : pictures) {
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0;", picture)));
        }
        assertThat(pictures).allSatisfy(p -> assertThat(p.getAttribute("src")).endsWith("/depiction.svg"));

        // one molecule's page shows its formula and average molecular weight
        WebElement first = rows.get(0);
        String formula = first.findElement(By.cssSelector("td.formula")).getText();
        String corporateId = first.findElement(By.cssSelector("td:nth-child(2) a")).getText();
        first.findElement(By.cssSelector("td:nth-child(2) a")).click();

        browser.waitUntil(d -> d.findElement(By.tagName("h1")).getText().equals(corporateId));
        assertThat(browser.text(By.xpath("//dt[.='Formula']/following-sibling::dd[1]"))).isEqualTo(formula);
        assertThat(browser.text(By.xpath("//dt[.='MW (average)']/following-sibling::dd[1]"))).matches("\\d+\\.\\d{3}");
        browser.waitUntil(d -> Boolean.TRUE.equals(browser.script(
                "var i = document.querySelector('img.big-structure'); return i.complete && i.naturalWidth > 0;")));
    }
}
