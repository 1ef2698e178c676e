package com.moleculeflow.app.identity;

import com.moleculeflow.app.database.LocalDataDirectory;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.crypto.SecretKey;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.http.HttpStatus;

/**
 * Three doors, one user store. The REST API takes bearer tokens only; the engine's REST API takes a token or
 * basic auth and is never anonymous; the portal signs in with a form and a session. Operaton's own web apps
 * (Tasklist, Cockpit) authenticate against the same engine identity store with their own login.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecretKey tokenSigningKey(SecurityProperties properties, Environment env, LocalDataDirectory dataDirectory) throws IOException {
        return SigningKey.load(properties, env, dataDirectory);
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey key) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(key));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey key) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer("moleculeflow"));
        return decoder;
    }

    @Bean
    AuthenticationManager authenticationManager(EngineIdentityAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder) throws Exception {
        return http.securityMatcher("/api/v1/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/health",
                                "/api/v1/openapi/**", "/api/v1/openapi", "/api/v1/docs/**", "/api/v1/docs", "/api/v1/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(accessTokensOnly(decoder)).jwtAuthenticationConverter(new GroupsToRoles()))
                        .authenticationEntryPoint(ProblemResponses::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(ProblemResponses::unauthorized))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * The engine's REST API can modify any process instance and runs without engine authorization checks, so it is
     * for administrators only. Jersey serves it outside Spring MVC: the chain matches the raw path.
     */
    @Bean
    @Order(2)
    SecurityFilterChain engineRest(HttpSecurity http, JwtDecoder decoder, AuthenticationManager passwords) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Role.ADMIN.name()))
                .authenticationManager(passwords)
                .httpBasic(Customizer.withDefaults())
                // the chain's AuthenticationManager checks passwords only, so bearer tokens get their own
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.authenticationManager(bearerTokens(decoder))))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Operaton's web apps carry their own session login and CSRF protection against the engine identity store, and
     * their API runs with engine authorization on (see EngineAuthorizations): approvers reach Tasklist, admins all.
     */
    @Bean
    @Order(3)
    SecurityFilterChain operatonWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/operaton/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain portal(HttpSecurity http, AuthenticationManager passwords) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(passwords)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }

    private static AuthenticationManager bearerTokens(JwtDecoder decoder) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(accessTokensOnly(decoder));
        provider.setJwtAuthenticationConverter(new GroupsToRoles());
        return new ProviderManager(provider);
    }

    /** Refresh tokens are for /auth/refresh only; they never open the API. */
    private static JwtDecoder accessTokensOnly(JwtDecoder decoder) {
        OAuth2TokenValidator<Jwt> accessOnly = jwt -> Tokens.ACCESS.equals(jwt.getClaimAsString(Tokens.TYPE_CLAIM))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "not an access token", null));
        return token -> {
            Jwt jwt = decoder.decode(token);
            OAuth2TokenValidatorResult result = new DelegatingOAuth2TokenValidator<>(accessOnly).validate(jwt);
            if (result.hasErrors()) {
                throw new org.springframework.security.oauth2.jwt.BadJwtException("not an access token");
            }
            return jwt;
        };
    }

    private static final class GroupsToRoles implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            List<String> groups = jwt.getClaimAsStringList("groups");
            if (groups != null) {
                groups.forEach(g -> Role.ofGroup(g).ifPresent(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name()))));
            }
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }
}
