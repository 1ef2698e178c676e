package com.moleculeflow.app.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Refuses an uploaded "text" file that is binary (an image, a spreadsheet, an executable) before its bytes end up
 * parsed as rows or quoted in an error message. Legacy 8-bit text (e.g. Latin-1 from Excel) passes here; the reader
 * then refuses each of its rows that is not UTF-8, naming the line.
 */
public final class TextUploads {

    private static final int SNIFF_BYTES = 8192;

    private TextUploads() {
    }

    /**
     * Looks at the first 8 KB: a NUL byte, or more than 5% control characters, means binary. A {@code .gz} file must
     * start with gzip's signature; its content is left to the reader.
     */
    public static void requireText(InputStream in, String fileName) throws IOException {
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            byte[] magic = in.readNBytes(2);
            if (magic.length < 2 || (magic[0] & 0xFF) != 0x1F || (magic[1] & 0xFF) != 0x8B) {
                throw DomainException.invalid("file " + fileName + ": named .gz but not gzip-compressed (it does not start with "
                        + "the gzip signature 1F 8B); upload it without .gz, or compress it");
            }
            return;
        }
        byte[] head = in.readNBytes(SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                throw binary(fileName, "NUL byte at offset " + i);
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                control++;
            }
        }
        if (control * 20 > head.length) {
            throw binary(fileName, control + " control characters in the first " + head.length + " bytes");
        }
    }

    private static DomainException binary(String fileName, String evidence) {
        return DomainException.invalid("file " + fileName + ": binary content (" + evidence + "), expected a text file (CSV, TSV or SMILES)");
    }
}
