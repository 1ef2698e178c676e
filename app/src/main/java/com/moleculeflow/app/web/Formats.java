package com.moleculeflow.app.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** How times and durations read on portal pages ({@code ${@formats.time(x)}} in templates). */
@Component("formats")
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String duration(Long seconds) {
        if (seconds == null) {
            return "–";
        }
        Duration d = Duration.ofSeconds(Math.max(seconds, 0));
        return d.toHours() > 0 ? "%dh %02dm".formatted(d.toHours(), d.toMinutesPart())
                : d.toMinutes() > 0 ? "%dm %02ds".formatted(d.toMinutes(), d.toSecondsPart()) : d.toSeconds() + "s";
    }
}
