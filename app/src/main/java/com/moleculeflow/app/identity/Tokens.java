package com.moleculeflow.app.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and reads the API's bearer tokens: short-lived access tokens and longer refresh tokens, each good for one refresh. */
@Service
public class Tokens {

    static final String TYPE_CLAIM = "typ";
    static final String ACCESS = "access";
    static final String REFRESH = "refresh";

    private final JwtEncoder encoder;
    private final JwtDecoder decoder;
    private final SecurityProperties properties;
    private final JdbcClient jdbc;

    Tokens(JwtEncoder encoder, JwtDecoder decoder, SecurityProperties properties, JdbcClient jdbc) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    public TokenPair issue(CurrentUser user) {
        Duration accessLifetime = Duration.ofMinutes(properties.accessTokenExpireMinutes());
        return new TokenPair(encode(user, ACCESS, accessLifetime),
                encode(user, REFRESH, Duration.ofDays(properties.refreshTokenExpireDays())),
                accessLifetime.toSeconds());
    }

    /**
     * Redeems a refresh token: the username it speaks for, or empty when it is not a valid refresh token or was
     * redeemed before. Each refresh answers a new pair, so a token that comes back a second time is a copy.
     */
    @Transactional
    public Optional<String> redeemRefresh(String refreshToken) {
        Jwt jwt;
        try {
            jwt = decoder.decode(refreshToken);
        } catch (JwtException invalid) {
            return Optional.empty();
        }
        if (!REFRESH.equals(jwt.getClaimAsString(TYPE_CLAIM)) || jwt.getId() == null || jwt.getExpiresAt() == null) {
            return Optional.empty();
        }
        // kept past expiry for longer than the decoder's 60 s clock skew, so an expired copy is still known as used
        jdbc.sql("delete from redeemed_refresh_tokens where expires_at < now() - interval '5 minutes'").update();
        int redeemed = jdbc.sql("""
                        insert into redeemed_refresh_tokens (token_id, username, expires_at) values (?, ?, ?)
                        on conflict (token_id) do nothing""")
                .params(UUID.fromString(jwt.getId()), jwt.getSubject(), Timestamp.from(jwt.getExpiresAt())).update();
        return redeemed == 1 ? Optional.of(jwt.getSubject()) : Optional.empty();
    }

    private String encode(CurrentUser user, String type, Duration lifetime) {
        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("moleculeflow")
                .subject(user.username())
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .id(UUID.randomUUID().toString())
                .claim(TYPE_CLAIM, type)
                .claim("org", user.organisationId() == null ? "" : user.organisationId())
                .claim("groups", List.copyOf(user.groupIds()))
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    public record TokenPair(String accessToken, String refreshToken, long expiresIn) {
    }
}
