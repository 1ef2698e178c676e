package com.moleculeflow.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Camunda Form shipped in {@code forms/} is valid form-js JSON, named by its id, and never asks for a secret. */
class FormFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(passw|pwd|passphrase|secret|credential).*");

    static Stream<Path> formFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(FormFilesTest.class.getClassLoader().getResource("forms").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".form")).sorted().toList().stream();
        }
    }

    @Test
    void approvalFormIsShipped() throws Exception {
        assertThat(formFiles().map(file -> file.getFileName().toString())).contains("approve-submission.form");
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void formParsesAndItsIdMatchesItsFileName(Path file) throws IOException {
        JsonNode form = JSON.readTree(file.toFile());

        String fileName = file.getFileName().toString();
        assertThat(form.path("id").asText()).isEqualTo(fileName.substring(0, fileName.length() - ".form".length()));
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("schemaVersion").isInt()).isTrue();
        assertThat(form.path("components").isArray()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void formHasNoFieldForAPasswordOrOtherSecret(Path file) throws IOException {
        List<JsonNode> components = new ArrayList<>();
        collectComponents(JSON.readTree(file.toFile()), components);

        assertThat(components)
                .allSatisfy(component -> {
                    assertThat(component.path("key").asText()).doesNotMatch(SECRET_KEY);
                    assertThat(component.path("type").asText()).isNotEqualToIgnoringCase("password");
                });
    }

    private static void collectComponents(JsonNode node, List<JsonNode> into) {
        for (JsonNode component : node.path("components")) {
            into.add(component);
            collectComponents(component, into);
        }
    }
}
