package com.moleculeflow.app.imports;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Progress and outcome counts of an import; rows in = registered + duplicates + inReview + rejected when done. */
public record ImportStatus(UUID id, String fileName, String status, Long totalRows, long processedRows, long registered,
                           long duplicates, long inReview, long rejected, Double rowsPerSecond, Long etaSeconds,
                           String failureReason, UUID documentId, String createdBy, Instant createdAt, Instant startedAt,
                           Instant finishedAt) {

    static ImportStatus of(UUID id, String fileName, String status, Long totalRows, long processedRows, long registered,
                           long duplicates, long inReview, long rejected, String failureReason, UUID documentId,
                           String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt) {
        Double rate = null;
        Long eta = null;
        if (startedAt != null && processedRows > 0) {
            Instant end = finishedAt != null ? finishedAt : Instant.now();
            double seconds = Math.max(Duration.between(startedAt, end).toMillis(), 1) / 1000.0;
            rate = Math.round(processedRows / seconds * 10) / 10.0;
            if (finishedAt == null && totalRows != null) {
                eta = Math.round((totalRows - processedRows) / (processedRows / seconds));
            }
        }
        return new ImportStatus(id, fileName, status, totalRows, processedRows, registered, duplicates, inReview, rejected,
                rate, eta, failureReason, documentId, createdBy, createdAt, startedAt, finishedAt);
    }

    public boolean finished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }

    public int percent() {
        return totalRows == null || totalRows == 0 ? (finished() ? 100 : 0) : (int) (processedRows * 100 / totalRows);
    }
}
