package com.moleculeflow.app.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** SECRET_KEY signs tokens (local mode generates and keeps one); token lifetimes as in the seed. */
@ConfigurationProperties("moleculeflow.security")
public record SecurityProperties(String secretKey,
                                 @DefaultValue("15") int accessTokenExpireMinutes,
                                 @DefaultValue("7") int refreshTokenExpireDays) {
}
