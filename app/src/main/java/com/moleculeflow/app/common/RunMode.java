package com.moleculeflow.app.common;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Local mode (the default) runs everything embedded with demo users; production mode takes everything from the
 * environment and fails loudly on a missing setting. Production is chosen by profile {@code prod} or
 * {@code MOLECULEFLOW_MODE=production}.
 */
public enum RunMode {
    LOCAL, PRODUCTION;

    public static RunMode of(Environment environment) {
        boolean production = environment.acceptsProfiles(Profiles.of("prod"))
                || "production".equalsIgnoreCase(environment.getProperty("MOLECULEFLOW_MODE", ""));
        return production ? PRODUCTION : LOCAL;
    }

    /** A setting production cannot run without; local mode never calls this. */
    public static String required(Environment environment, String name) {
        String value = environment.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("production mode: required setting " + name + " is not set");
        }
        return value;
    }
}
