package com.moleculeflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The identity policy of DESIGN.md on whole imports: an exact match is a new batch, a tautomer-only match goes to
 * review, a stereo-only match is a new parent listed as related; a racemate is its own compound.
 */
@RunningApplicationTest
class RegistrationPolicyTest {

    @LocalServerPort
    int port;

    @Test
    void enantiomersAreDifferentParentsTheSecondListedAsRelatedToTheFirst() {
        List<JsonNode> rows = imported("id,smiles\nL-ALA,C[C@H](N)C(=O)O\nD-ALA,C[C@@H](N)C(=O)O\n");

        assertThat(rows).extracting(r -> r.path("outcome").asText()).containsExactly("registered", "registered");
        assertThat(rows.get(0).path("parentId").asLong()).isNotEqualTo(rows.get(1).path("parentId").asLong());
        assertThat(rows.get(1).path("reason").asText()).matches("related to MF-\\d{7} \\(same structure without stereo: a stereoisomer\\): registered as a new parent");
    }

    @Test
    void aTautomerOfARegisteredParentGoesToReviewAndIsNotMerged() {
        List<JsonNode> rows = imported("id,smiles\nHP,Oc1ccccn1\nPY,O=c1cccc[nH]1\n");

        assertThat(rows).extracting(r -> r.path("outcome").asText()).containsExactly("registered", "in_review");
        assertThat(rows.get(1).path("reason").asText()).matches("tautomer of MF-\\d{7} \\(same standard InChIKey, different fixed-H structure\\): needs review");
    }

    @Test
    void aRacemateIsOneCompoundWhicheverEnantiomerItIsDrawnAsAndEachEnantiomerIsARelatedParent() {
        List<JsonNode> rows = imported("""
                ID,SMILES
                RAC-1,"C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2 |&1:1,4|"
                RAC-2,"C[C@H]1CC[C@H](O1)C(=O)N2CCC=C(F)C2 |&1:1,4|"
                RR,C[C@@H]1CC[C@@H](O1)C(=O)N2CCC=C(F)C2
                SS,C[C@H]1CC[C@H](O1)C(=O)N2CCC=C(F)C2
                """);

        assertThat(rows).extracting(r -> r.path("outcome").asText()).containsExactly("registered", "duplicate", "registered", "registered");
        assertThat(rows.get(1).path("parentId").asLong()).isEqualTo(rows.get(0).path("parentId").asLong());
        String racemate = "related to MF-\\d{7} \\(same structure without stereo: a stereoisomer\\): registered as a new parent";
        assertThat(rows.get(2).path("reason").asText()).matches(racemate);
        assertThat(rows.get(3).path("reason").asText()).matches(racemate);
    }

    /** The rows of a finished import, in file order. */
    private List<JsonNode> imported(String csv) {
        Api scientist = Api.signIn(port, "scientist", "scientist-demo");
        String importId = scientist.upload("/api/v1/imports", "policy.csv", csv.getBytes(StandardCharsets.UTF_8)).body().path("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                "COMPLETED".equals(scientist.get("/api/v1/imports/" + importId).body().path("status").asText()));
        List<JsonNode> rows = new ArrayList<>();
        scientist.get("/api/v1/imports/" + importId + "/rows").body().path("items").forEach(rows::add);
        return rows;
    }
}
