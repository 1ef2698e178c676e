package com.moleculeflow.infra;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * The prod environment, synthesised once for every test class of this module (one JVM, about 20 s): prod is the
 * environment with every construct (standby site included). The other environments differ only by
 * {@link EnvironmentConfig}, which {@link EnvironmentConfigTest} checks as plain values.
 */
final class ProdStacks {

    static final String IMAGE_TAG = "1.4.2";

    private static MoleculeFlowStacks stacks;
    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private ProdStacks() {
    }

    static synchronized MoleculeFlowStacks stacks() {
        if (stacks == null) {
            App app = new App(AppProps.builder().context(Map.of("env", "prod", "imageTag", IMAGE_TAG)).build());
            stacks = MoleculeFlowInfraApp.configure(app);
        }
        return stacks;
    }

    /** The synthesised template of one stack, e.g. {@code template(MoleculeFlowStacks::data)}. */
    static Template template(Function<MoleculeFlowStacks, Stack> which) {
        Stack stack = which.apply(stacks());
        return TEMPLATES.computeIfAbsent(stack.getStackName(), name -> Template.fromStack(stack));
    }

    /** Properties of every resource of a type, by logical id. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> properties(Template template, String type) {
        Map<String, Map<String, Object>> found = new java.util.LinkedHashMap<>();
        template.findResources(type).forEach((id, resource) ->
                found.put(id, (Map<String, Object>) ((Map<String, Object>) resource).getOrDefault("Properties", Map.of())));
        return found;
    }

    /** Properties of the one resource of a type whose logical id starts with a prefix. */
    static Map<String, Object> one(Template template, String type, String logicalIdPrefix) {
        List<Map<String, Object>> matching = properties(template, type).entrySet().stream()
                .filter(e -> e.getKey().startsWith(logicalIdPrefix)).map(Map.Entry::getValue).toList();
        if (matching.size() != 1) {
            throw new AssertionError("expected one " + type + " with logical id " + logicalIdPrefix + "*, found "
                    + matching.size() + " among " + properties(template, type).keySet());
        }
        return matching.get(0);
    }
}
