package com.moleculeflow.app.libraries;

import java.time.Instant;
import java.util.UUID;

public record Library(UUID id, String name, String description, long moleculeCount, String createdBy, Instant createdAt) {
}
