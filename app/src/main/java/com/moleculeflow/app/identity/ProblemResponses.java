package com.moleculeflow.app.identity;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** The API's 401 as RFC 9457 problem+json, saying whether the token was missing or which way it was bad. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        String header = request.getHeader("Authorization");
        String detail;
        if (header == null || header.isBlank()) {
            detail = "no access token: send 'Authorization: Bearer <accessToken>' from POST /api/v1/auth/login";
        } else if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            detail = "the API takes bearer tokens only ('Authorization: Bearer <accessToken>' from POST /api/v1/auth/login)";
        } else if (e instanceof InvalidBearerTokenException && e.getMessage() != null && e.getMessage().contains("expired")) {
            detail = "the access token has expired: get a new one from POST /api/v1/auth/refresh or /api/v1/auth/login";
        } else if (e instanceof InvalidBearerTokenException && e.getMessage() != null && e.getMessage().contains("not an access token")) {
            detail = "this is not an access token (a refresh token only works at POST /api/v1/auth/refresh)";
        } else {
            detail = "the access token is invalid (malformed, wrongly signed or expired): sign in again at POST /api/v1/auth/login";
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not signed in\",\"status\":401,\"detail\":\"%s\",\"instance\":\"%s\"}"
                .formatted(detail.replace("\"", "'"), request.getRequestURI().replace("\\", "/").replace("\"", "%22")));
    }
}
