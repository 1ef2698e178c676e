package com.moleculeflow.workers;

import java.util.Map;

/** One unit of work fetched from the engine: its topic, business key and the (small, primitive) variables it sees. */
public record Job(String id, String topic, String businessKey, Map<String, Object> variables) {

    public Job {
        variables = Map.copyOf(variables);
    }

    public String string(String name) {
        Object value = variables.get(name);
        if (value == null) {
            throw new IllegalArgumentException("job " + id + " on topic " + topic + " lacks variable " + name);
        }
        return value.toString();
    }

    public int integer(String name) {
        Object value = variables.get(name);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("job " + id + " on topic " + topic + " lacks integer variable " + name + " (was " + value + ")");
        }
        return number.intValue();
    }
}
