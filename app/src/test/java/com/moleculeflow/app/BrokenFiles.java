package com.moleculeflow.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Uploads that pass the checks at upload and break off while the import runs. */
final class BrokenFiles {

    private BrokenFiles() {
    }

    /** A gzip-compressed CSV of 20,000 valid rows, cut off halfway: it starts well and ends in a read error. */
    static byte[] truncatedGzipCsv() {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("smiles,id\n".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 20_000; i++) {
                out.write(("C".repeat(1 + i % 12) + "O,T-" + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
    }
}
