package com.moleculeflow.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code -c key=value} / {@code --context key=value} pairs from the command line, as the CDK CLI accepts them,
 * so the app runs the same from Maven. Context the CLI passes through {@code CDK_CONTEXT_JSON} still applies.
 */
final class ContextArgs {

    private ContextArgs() {
    }

    static Map<String, Object> parse(String... args) {
        Map<String, Object> context = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("-c") || args[i].equals("--context")) && i + 1 < args.length) {
                String pair = args[++i];
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("context must be key=value, was '" + pair + "'");
                }
                context.put(pair.substring(0, eq), pair.substring(eq + 1));
            } else {
                throw new IllegalArgumentException("unknown argument '" + args[i] + "': use -c key=value");
            }
        }
        return context;
    }
}
