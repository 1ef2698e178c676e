package com.moleculeflow.chemistry.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Streams the records of a molecule file as {@link InputRow}s; memory does not grow with the file.
 *
 * <p>Formats by file name: {@code .csv} (RFC 4180: quoted fields may hold commas, doubled quotes and line
 * breaks), {@code .tsv} (same, tab-separated), {@code .smi}/{@code .smiles}/{@code .txt} (one
 * {@code SMILES<whitespace>ID} per line; CXSMILES {@code SMILES |...| ID} kept whole; an optional first line
 * starting with {@code smiles} is a header). A trailing {@code .gz} is decompressed. Text is UTF-8 (a row
 * holding bytes that are not UTF-8 becomes an error row naming its line); a byte-order mark is dropped; {@code \r\n}, {@code \n} and {@code \r} all end lines. Blank lines are skipped
 * but still counted, so {@link InputRow#lineNumber()} is the true line in the file.
 *
 * <pre>{@code
 * try (MoleculeFileReader rows = MoleculeFileReader.open(in, "compounds.csv", ColumnMapping.auto())) {
 *     rows.skip(10_000);                 // cheap: no field maps, no chemistry
 *     while (rows.hasNext()) {
 *         InputRow row = rows.next();    // e.g. InputRow[lineNumber=10002, structure=CCO, externalId=NSC-1, ...]
 *     }
 * }
 * }</pre>
 *
 * <p>A CSV record with more fields than the header (an unquoted CXSMILES with commas) becomes a row with
 * {@code error} {@code line N: more fields than the header (4 > 2)} and an empty structure; fewer fields
 * read as empty cells. A quoted field still open at the end of the file, or after
 * {@value #MAX_RECORD_LINES} lines, is an error row too. Not thread-safe; one reader per file and thread.
 * {@link #close()} closes the stream.
 */
public final class MoleculeFileReader implements AutoCloseable, Iterator<InputRow> {

    /** A quoted field longer than this many lines is taken as a missing closing quote. */
    public static final int MAX_RECORD_LINES = 1000;

    private enum Format { DELIMITED, SMILES }

    /** One record before splitting into fields. */
    private record Raw(long line, String text, boolean unterminated) {
    }

    private final BufferedReader reader;
    private final Format format;
    private final char delimiter;
    /** Header names (lower case) that stand more than once; the later ones are read as name_2, name_3. */
    private final Set<String> repeatedHeaders = new HashSet<>();
    private final List<String> headers;
    private final int structureIndex;
    private final int idIndex;
    private long physicalLine;
    private Raw pending;
    private InputRow lookahead;
    private boolean eof;

    private MoleculeFileReader(InputStream in, String fileName, ColumnMapping mapping) throws IOException {
        String name = fileName.toLowerCase(Locale.ROOT);
        InputStream source = in;
        if (name.endsWith(".gz")) {
            source = new GZIPInputStream(in, 1 << 16);
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".csv")) {
            format = Format.DELIMITED;
            delimiter = ',';
        } else if (name.endsWith(".tsv")) {
            format = Format.DELIMITED;
            delimiter = '\t';
        } else if (name.endsWith(".smi") || name.endsWith(".smiles") || name.endsWith(".txt")) {
            format = Format.SMILES;
            delimiter = ' ';
        } else {
            throw new IllegalArgumentException("unsupported file type \"" + fileName + "\": expected .csv, .tsv, .smi, .smiles or .txt (optionally .gz)");
        }
        reader = new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        headers = format == Format.DELIMITED ? readHeader() : smilesHeader();
        if (mapping == null) {
            structureIndex = -1;
            idIndex = -1;
        } else {
            structureIndex = resolve(mapping.structureColumn(), ColumnMapping.STRUCTURE_NAMES, -1, "structure");
            idIndex = resolve(mapping.idColumn(), ColumnMapping.ID_NAMES, structureIndex, "ID");
        }
    }

    /**
     * Opens a file for reading; the format follows the file name.
     *
     * @throws IllegalArgumentException for an unsupported file type, a mapped column missing from the header
     *                                  (the message lists the available headers) or no detectable structure column
     * @throws UncheckedIOException     if the stream cannot be read
     */
    public static MoleculeFileReader open(InputStream in, String fileName, ColumnMapping mapping) {
        try {
            return new MoleculeFileReader(in, fileName, mapping == null ? ColumnMapping.auto() : mapping);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read \"" + fileName + "\"", e);
        }
    }

    /** Number of data rows (records after the header, blank lines not counted); reads the whole stream. */
    public static long countRows(InputStream in, String fileName) {
        try (MoleculeFileReader reader = new MoleculeFileReader(in, fileName, null)) {
            return reader.skip(Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read \"" + fileName + "\"", e);
        }
    }

    /** The header names in file order ({@code smiles}, {@code id} for SMILES files without a header). */
    public List<String> headers() {
        return Collections.unmodifiableList(headers);
    }

    /** Skips up to {@code rows} data rows without splitting fields; returns how many were skipped. */
    public long skip(long rows) {
        long skipped = 0;
        if (lookahead != null && rows > 0) {
            lookahead = null;
            skipped++;
        }
        while (skipped < rows && nextRaw() != null) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean hasNext() {
        if (lookahead == null) {
            Raw raw = nextRaw();
            if (raw != null) {
                lookahead = notUtf8(raw) ? notUtf8Row(raw) : format == Format.DELIMITED ? delimitedRow(raw) : smilesRow(raw);
            }
        }
        return lookahead != null;
    }

    @Override
    public InputRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRow row = lookahead;
        lookahead = null;
        return row;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> readHeader() {
        Raw raw = nextRaw();
        if (raw == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String field : split(raw.text()).fields()) {
            String name = field.strip();
            if (name.isEmpty()) {
                name = "column_" + (names.size() + 1);
            }
            String unique = name;
            for (int n = 2; containsIgnoreCase(names, unique); n++) {
                unique = name + "_" + n;
            }
            if (!unique.equals(name)) {
                repeatedHeaders.add(name.toLowerCase(Locale.ROOT));
            }
            names.add(unique);
        }
        return names;
    }

    private List<String> smilesHeader() {
        Raw first = nextRaw();
        if (first != null && !first.text().strip().toLowerCase(Locale.ROOT).matches("smiles(\\s.*)?")) {
            pending = first; // not a header: the first data row
        }
        return List.of("smiles", "id");
    }

    private int resolve(String wanted, List<String> knownNames, int exclude, String what) {
        if (wanted != null) {
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).equalsIgnoreCase(wanted.strip())) {
                    return i;
                }
            }
            throw new IllegalArgumentException(what + " column \"" + wanted + "\" not found; available headers: " + headers);
        }
        for (String known : knownNames) {
            for (int i = 0; i < headers.size(); i++) {
                if (i != exclude && headers.get(i).equalsIgnoreCase(known)) {
                    if (repeatedHeaders.contains(known.toLowerCase(Locale.ROOT))) {
                        // two columns of one name: guessing which is the structure (and taking the other as the id) loses data
                        throw new IllegalArgumentException("the header has more than one column named \"" + headers.get(i)
                                + "\" (the later ones are read as " + headers.get(i) + "_2 and so on): name the " + what
                                + " column; available headers: " + headers);
                    }
                    return i;
                }
            }
        }
        if (exclude < 0) {
            throw new IllegalArgumentException("no structure column: expected one of " + knownNames + "; available headers: " + headers);
        }
        for (int i = 0; i < headers.size(); i++) {
            if (i != exclude) {
                return i;
            }
        }
        return -1;
    }

    /** The next non-blank record, joining lines while a quoted field is open. */
    private Raw nextRaw() {
        if (pending != null) {
            Raw raw = pending;
            pending = null;
            return raw;
        }
        if (eof) {
            return null;
        }
        try {
            String line;
            do {
                line = reader.readLine();
                if (line == null) {
                    eof = true;
                    return null;
                }
                physicalLine++;
                if (physicalLine == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
            } while (line.isBlank());
            long start = physicalLine;
            if (format == Format.SMILES) {
                return new Raw(start, line, false);
            }
            StringBuilder text = new StringBuilder(line);
            int lines = 1;
            while (line.indexOf('"') >= 0 && split(text).openQuote()) {
                String more = lines < MAX_RECORD_LINES ? reader.readLine() : null;
                if (more == null) {
                    eof = lines < MAX_RECORD_LINES;
                    return new Raw(start, text.toString(), true);
                }
                physicalLine++;
                lines++;
                text.append('\n').append(more);
            }
            return new Raw(start, text.toString(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read line " + (physicalLine + 1), e);
        }
    }

    private record Split(List<String> fields, boolean openQuote) {
    }

    /** RFC 4180 field splitting: a quote opens a quoted field only at the start of a field. */
    private Split split(CharSequence text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        fields.add(field.toString());
        return new Split(fields, quoted);
    }

    /** The decoder put U+FFFD where bytes were not UTF-8 (Latin-1 from Excel, say): such a row is refused, never guessed at. */
    private static boolean notUtf8(Raw raw) {
        return raw.text().indexOf('\uFFFD') >= 0;
    }

    private static InputRow notUtf8Row(Raw raw) {
        return new InputRow(raw.line(), raw.text(), "", null, Map.of(), "line " + raw.line()
                + ": not UTF-8 text (a byte that is not UTF-8, shown as \uFFFD); save the file as UTF-8 (in Excel: CSV UTF-8)");
    }

    private InputRow delimitedRow(Raw raw) {
        List<String> values = split(raw.text()).fields();
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            fields.put(headers.get(i), i < values.size() ? values.get(i) : "");
        }
        String id = idIndex >= 0 && idIndex < values.size() ? emptyToNull(values.get(idIndex).strip()) : null;
        String error = null;
        if (raw.unterminated()) {
            error = "line " + raw.line() + ": quoted field is never closed";
        } else if (values.size() > headers.size()) {
            error = "line " + raw.line() + ": more fields than the header (" + values.size() + " > " + headers.size() + ")";
        }
        String structure = error == null && structureIndex >= 0 && structureIndex < values.size()
                ? values.get(structureIndex).strip() : "";
        return new InputRow(raw.line(), raw.text(), structure, id, Collections.unmodifiableMap(fields), error);
    }

    private InputRow smilesRow(Raw raw) {
        String line = raw.text().strip();
        int end = firstWhitespace(line, 0);
        String rest = end < 0 ? "" : line.substring(end).strip();
        String structure = end < 0 ? line : line.substring(0, end);
        if (rest.startsWith("|")) {
            // CXSMILES: the |...| extension belongs to the structure
            int close = rest.indexOf('|', 1);
            int cut = close < 0 ? rest.length() : close + 1;
            structure = structure + " " + rest.substring(0, cut);
            rest = rest.substring(cut).strip();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("smiles", structure);
        fields.put("id", rest);
        String error = rest.startsWith("|") || (structure.indexOf('|') >= 0 && !structure.endsWith("|"))
                ? "line " + raw.line() + ": CXSMILES extension is never closed" : null;
        return new InputRow(raw.line(), raw.text(), error == null ? structure : "", emptyToNull(rest),
                Collections.unmodifiableMap(fields), error);
    }

    private static int firstWhitespace(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static boolean containsIgnoreCase(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }
}
