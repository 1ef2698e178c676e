package com.moleculeflow.app.identity;

import com.moleculeflow.app.audit.AuditTrail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthController {

    private final UserDirectory directory;
    private final Tokens tokens;
    private final AuditTrail audit;

    AuthController(UserDirectory directory, Tokens tokens, AuditTrail audit) {
        this.directory = directory;
        this.tokens = tokens;
        this.audit = audit;
    }

    record Login(@NotBlank String username, @NotBlank String password) {
    }

    record Refresh(@NotBlank String refreshToken) {
    }

    @PostMapping("/login")
    @Operation(summary = "Exchange username and password for an access token and a refresh token")
    @SecurityRequirements // no token: this is how one is obtained
    ResponseEntity<?> login(@Valid @RequestBody Login login) {
        if (!directory.checkPassword(login.username(), login.password())) {
            // a name no account can have (too long, NUL) is recorded as such, not stored as given
            boolean plausible = login.username().length() <= 64 && login.username().indexOf('\0') < 0;
            String who = plausible ? login.username() : "(invalid user name)";
            audit.record(who, "LOGIN_FAILED", "user", who, null);
            return unauthorized("unknown user or wrong password");
        }
        audit.record(login.username(), "LOGIN", "user", login.username(), null);
        return ResponseEntity.ok(tokens.issue(directory.get(login.username())));
    }

    @PostMapping("/refresh")
    @Operation(summary = "Exchange a refresh token for a new token pair; each refresh token works once")
    @SecurityRequirements // no token: this is how one is obtained
    ResponseEntity<?> refresh(@Valid @RequestBody Refresh refresh) {
        return tokens.redeemRefresh(refresh.refreshToken())
                .flatMap(directory::find)
                .<ResponseEntity<?>>map(user -> ResponseEntity.ok(tokens.issue(user)))
                .orElseGet(() -> unauthorized("refresh token is invalid, expired or already used: sign in again"));
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Sign-in failed");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
}
