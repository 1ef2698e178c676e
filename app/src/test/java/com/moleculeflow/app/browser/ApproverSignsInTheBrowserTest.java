package com.moleculeflow.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.moleculeflow.app.Api;
import com.moleculeflow.app.RunningApplicationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An approver finds a scientist's submission in Tasks and signs its approval with their password. */
@RunningApplicationTest
class ApproverSignsInTheBrowserTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void aWrongPasswordLeavesTheTaskOpenAndTheRightOneSignsTheApprovalAndSendsTheSubmissionToTheCro() {
        String title = "Browser approval " + UUID.randomUUID().toString().substring(0, 8);
        String submissionId = submittedByTheScientist(title);

        browser.signIn("approver", "approver-demo");
        String approverName = browser.text(By.cssSelector(".who .name"));
        browser.click(By.linkText("Tasks"));
        browser.click(By.xpath("//tr[td[normalize-space()='%s']]/td[1]/a".formatted(title)));
        String taskPath = browser.waitUntil(d -> browser.path().startsWith("/tasks/") ? browser.path() : null);
        assertThat(browser.text(By.xpath("//dt[.='Title']/following-sibling::dd[1]"))).isEqualTo(title);

        // a wrong password: the page says so and the task stays open
        signAsApproved("not-my-password");
        assertThat(browser.text(By.cssSelector(".flash.error[role=alert]"))).containsIgnoringCase("password");
        assertThat(browser.path()).isEqualTo(taskPath);
        assertThat(browser.findAll(By.cssSelector("form.sign"))).hasSize(1);
        browser.open("/tasks");
        assertThat(browser.findAll(By.xpath("//tr[td[normalize-space()='%s']]".formatted(title)))).hasSize(1);

        // the right password signs (once the brief lock-out after the wrong one is over): the submission shows the
        // signature, then goes to the CRO
        Api.awaitPasswordAcceptedAgain(port, "approver", "approver-demo");
        browser.open(taskPath);
        signAsApproved("approver-demo");
        browser.waitUntil(d -> browser.path().equals("/submissions/" + submissionId));
        assertThat(browser.text(By.cssSelector(".flash.ok[role=status]"))).contains("Approved").contains(approverName);
        String signature = browser.text(By.xpath("//h2[.='Electronic signatures']/following-sibling::table[1]/tbody/tr[1]"));
        assertThat(signature).contains(approverName).contains("Approved");
        browser.waitUntil(d -> {
            if (d.findElement(By.xpath("//dt[.='Status']/following-sibling::dd[1]")).getText().equals("Sent to CRO")) {
                return true;
            }
            d.navigate().refresh(); // the submission page does not follow the process by itself: the user reloads it
            return false;
        });
        browser.open("/tasks");
        assertThat(browser.findAll(By.xpath("//tr[td[normalize-space()='%s']]".formatted(title)))).isEmpty();
    }

    @Test
    void tasklistsApprovalFormLinkOpensThatSubmissionsTaskInThePortal() {
        String title = "Linked approval " + UUID.randomUUID().toString().substring(0, 8);
        String submissionId = submittedByTheScientist(title);
        browser.signIn("approver", "approver-demo");

        // the link in forms/approve-submission.form, as Tasklist renders it for this submission
        browser.open("/tasks?submission=" + submissionId);
        browser.waitUntil(d -> browser.path().startsWith("/tasks/"));
        assertThat(browser.text(By.xpath("//dt[.='Title']/following-sibling::dd[1]"))).isEqualTo(title);

        browser.open("/tasks?submission=" + UUID.randomUUID());
        browser.waitUntil(d -> browser.path().equals("/tasks"));
        assertThat(browser.text(By.cssSelector(".flash.error[role=alert]"))).contains("no open approval task");
    }

    private void signAsApproved(String password) {
        browser.click(By.cssSelector("input[name=approved][value=true]"));
        browser.type(By.name("comment"), "in scope for the kinase panel");
        browser.type(By.name("password"), password);
        browser.click(By.xpath("//form[contains(@class,'sign')]//button[normalize-space()='Sign']"));
    }

    /** A draft of two freshly imported molecules for Acme CRO, submitted for approval by the scientist over the REST API. */
    private String submittedByTheScientist(String title) {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");
        Api.Reply upload = scientist.upload("/api/v1/imports", "for-approval.csv",
                "smiles,id\nCOc1ccc2nc(S(=O)(=O)C)sc2c1,APR-1\nCN1CCN(CC1)c1ncccc1C#N,APR-2\n".getBytes());
        assertThat(upload.status()).as("import accepted: %s", upload.body()).isEqualTo(202);
        String importId = upload.body().path("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "COMPLETED".equals(scientist.get("/api/v1/imports/" + importId).body().path("status").asText()));
        StringBuilder ids = new StringBuilder();
        for (JsonNode row : scientist.get("/api/v1/imports/" + importId + "/rows").body().path("items")) {
            ids.append(ids.isEmpty() ? "" : ",").append(row.path("parentId").asLong());
        }
        Api.Reply draft = scientist.post("/api/v1/submissions", """
                {"title":"%s","moleculeIds":[%s],"croOrganisationId":"acme-cro","assay":"Kinase IC50 panel"}"""
                .formatted(title, ids));
        assertThat(draft.status()).as("draft created: %s", draft.body()).isEqualTo(201);
        String submissionId = draft.body().path("id").asText();
        assertThat(scientist.post("/api/v1/submissions/" + submissionId + "/submit", "{}").body().path("status").asText())
                .isEqualTo("AWAITING_APPROVAL");
        return submissionId;
    }
}
