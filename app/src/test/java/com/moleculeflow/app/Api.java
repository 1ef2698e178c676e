package com.moleculeflow.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** A user of the REST API over real HTTP: signs in, then sends bearer-authenticated requests. */
final class Api {

    /** Status and JSON body of one response, whatever the status. */
    record Reply(int status, JsonNode body) {
    }

    private final RestClient http;
    private final String token;

    private Api(RestClient http, String token) {
        this.http = http;
        this.token = token;
    }

    static Api signIn(int port, String username, String password) {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
        JsonNode tokens = http.post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .body("{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password))
                .retrieve().body(JsonNode.class);
        return new Api(http, tokens.path("accessToken").asText());
    }

    Reply get(String path) {
        return http.get().uri(path).header("Authorization", "Bearer " + token)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
    }

    Reply post(String path, String json) {
        return http.post().uri(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).body(json)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
    }

    Reply upload(String path, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return http.post().uri(path).header("Authorization", "Bearer " + token).contentType(MediaType.MULTIPART_FORM_DATA).body(parts)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.bodyTo(JsonNode.class)));
    }
}
