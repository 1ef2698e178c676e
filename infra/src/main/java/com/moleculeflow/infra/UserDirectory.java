package com.moleculeflow.infra;

import java.util.List;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cognito.AccountRecovery;
import software.amazon.awscdk.services.cognito.AuthFlow;
import software.amazon.awscdk.services.cognito.FeaturePlan;
import software.amazon.awscdk.services.cognito.Mfa;
import software.amazon.awscdk.services.cognito.MfaSecondFactor;
import software.amazon.awscdk.services.cognito.OAuthFlows;
import software.amazon.awscdk.services.cognito.OAuthScope;
import software.amazon.awscdk.services.cognito.OAuthSettings;
import software.amazon.awscdk.services.cognito.PasswordPolicy;
import software.amazon.awscdk.services.cognito.SignInAliases;
import software.amazon.awscdk.services.cognito.StandardThreatProtectionMode;
import software.amazon.awscdk.services.cognito.UserPool;
import software.amazon.awscdk.services.cognito.UserPoolClient;
import software.amazon.awscdk.services.cognito.UserPoolClientOptions;
import software.amazon.awscdk.services.cognito.UserPoolGroupOptions;
import software.constructs.Construct;

/**
 * Cognito user pool for OIDC sign-in ({@code OIDC_ISSUER_URI}): sign-in by e-mail, no self sign-up (operators
 * invite users), MFA required (TOTP), strong passwords, threat protection enforced, one group per app role.
 * Access tokens live {@code ACCESS_TOKEN_EXPIRE_MINUTES} (15) and refresh tokens {@code REFRESH_TOKEN_EXPIRE_DAYS}
 * (7), as the seed says; refresh tokens can be revoked (sign-out revokes them).
 */
public final class UserDirectory extends Construct {

    /** Cognito groups, one per role of the app. */
    public static final List<String> GROUPS = List.of("scientists", "approvers", "managers", "admins", "cro");

    /** @param appDomainName public host name of the app; the OIDC callback lives there */
    public record Props(String appDomainName) {
    }

    private final UserPool userPool;
    private final UserPoolClient appClient;

    public UserDirectory(Construct scope, String id, Props props) {
        super(scope, id);
        userPool = UserPool.Builder.create(this, "UserPool")
                .selfSignUpEnabled(false)
                .signInAliases(SignInAliases.builder().email(true).build())
                .signInCaseSensitive(false)
                .mfa(Mfa.REQUIRED)
                .mfaSecondFactor(MfaSecondFactor.builder().otp(true).sms(false).build())
                .passwordPolicy(PasswordPolicy.builder()
                        .minLength(12).requireLowercase(true).requireUppercase(true)
                        .requireDigits(true).requireSymbols(true)
                        .tempPasswordValidity(Duration.days(3)).build())
                .accountRecovery(AccountRecovery.EMAIL_ONLY)
                .featurePlan(FeaturePlan.PLUS)
                .standardThreatProtectionMode(StandardThreatProtectionMode.FULL_FUNCTION)
                .deletionProtection(true)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        GROUPS.forEach(group -> userPool.addGroup(group, UserPoolGroupOptions.builder()
                .groupName(group).description("MoleculeFlow role " + group).build()));
        appClient = userPool.addClient("App", UserPoolClientOptions.builder()
                .generateSecret(true)
                .authFlows(AuthFlow.builder().userSrp(true).build())
                .oAuth(OAuthSettings.builder()
                        .flows(OAuthFlows.builder().authorizationCodeGrant(true).build())
                        .scopes(List.of(OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE))
                        .callbackUrls(List.of("https://" + props.appDomainName() + "/login/oauth2/code/cognito"))
                        .logoutUrls(List.of("https://" + props.appDomainName() + "/"))
                        .build())
                .accessTokenValidity(Duration.minutes(15))
                .idTokenValidity(Duration.minutes(15))
                .refreshTokenValidity(Duration.days(7))
                .enableTokenRevocation(true)
                .preventUserExistenceErrors(true)
                .build());
    }

    /** The OIDC issuer, {@code https://cognito-idp.<region>.amazonaws.com/<pool id>}. */
    public String issuerUri() {
        return userPool.getUserPoolProviderUrl();
    }

    public UserPool userPool() {
        return userPool;
    }

    public UserPoolClient appClient() {
        return appClient;
    }
}
