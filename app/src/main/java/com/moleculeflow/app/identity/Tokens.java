package com.moleculeflow.app.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;

/** Issues and reads the API's bearer tokens: short-lived access tokens and longer refresh tokens. */
@Service
public class Tokens {

    static final String TYPE_CLAIM = "typ";
    static final String ACCESS = "access";
    static final String REFRESH = "refresh";

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final SecurityProperties properties;

    Tokens(JwtEncoder encoder, JwtDecoder decoder, SecurityProperties properties) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.properties = properties;
    }

    public TokenPair issue(CurrentUser user) {
        Duration accessLifetime = Duration.ofMinutes(properties.accessTokenExpireMinutes());
        return new TokenPair(encode(user, ACCESS, accessLifetime),
                encode(user, REFRESH, Duration.ofDays(properties.refreshTokenExpireDays())),
                accessLifetime.toSeconds());
    }

    /** The username a refresh token speaks for, or empty when it is not a valid refresh token. */
    public java.util.Optional<String> refreshSubject(String refreshToken) {
        try {
            Jwt jwt = decoder.decode(refreshToken);
            return REFRESH.equals(jwt.getClaimAsString(TYPE_CLAIM)) ? java.util.Optional.of(jwt.getSubject()) : java.util.Optional.empty();
        } catch (JwtException invalid) {
            return java.util.Optional.empty();
        }
    }

    private String encode(CurrentUser user, String type, Duration lifetime) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("moleculeflow")
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .claim(TYPE_CLAIM, type)
                .claim("org", user.organisationId() == null ? "" : user.organisationId())
                .claim("groups", List.copyOf(user.groupIds()))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
    }
}
