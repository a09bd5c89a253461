package fr.ptce.model.reference;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows of {@code cog/communes.csv} ({@code code;type;departement;region;epci;parent;name}, one header line, sorted
 * by code), kept as the file's bytes and read only where asked: a code is found by binary search over the lines and
 * only its row is decoded. A pole names a few dozen communes at most, so reading the 37,000 rows into objects up
 * front (about 120 ms at a cold start, most of the COG's cost) is not needed; an EPCI's member communes are found by
 * one scan for its SIREN (after a few such scans, one pass indexes every EPCI), the number of current communes by one
 * count, each kept once computed. Thread-safe.
 */
final class Communes {
    private static final int COLUMNS = 7;
    private static final CommuneRecord UNKNOWN = new CommuneRecord("", CommuneRecord.Kind.COM, "", "", null, null, "");

    /** The communes and départements of one EPCI. */
    record Epci(SortedSet<String> communes, SortedSet<String> departements) {
    }

    private final String resource;
    private final byte[] data;
    /** Offset of the first data line (after the header). */
    private final int first;
    private final ConcurrentHashMap<String, CommuneRecord> rows = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Epci> epcis = new ConcurrentHashMap<>();
    /** Every EPCI's communes, once more than {@link #SCANS} EPCI have been asked for. */
    private volatile java.util.Map<String, Epci> allEpcis;
    private final java.util.concurrent.atomic.AtomicInteger scans = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int currentCount = -1;

    /**
     * EPCI looked up by a scan of the file each before the whole index is built: a one-pole run pays for a scan or
     * two, a run over many poles for one pass over the file.
     */
    static final int SCANS = 4;

    Communes(String resource, byte[] data) {
        this.resource = resource;
        this.data = data;
        int header = indexOf((byte) '\n', 0, data.length);
        if (header < 0 || header + 1 >= data.length) {
            throw new IllegalStateException(resource + ": no rows");
        }
        this.first = header + 1;
    }

    /** The row of {@code code}, or null when the code is not in the file. */
    CommuneRecord get(String code) {
        CommuneRecord row = rows.get(code);
        if (row == null) {
            row = find(code);
            rows.putIfAbsent(code, row == null ? UNKNOWN : row);
        }
        return row == UNKNOWN ? null : row;
    }

    /** The current communes of the EPCI with this SIREN and their départements (empty when it has none). */
    Epci ofEpci(String siren) {
        java.util.Map<String, Epci> all = allEpcis;
        if (all != null) {
            return all.getOrDefault(siren, NO_EPCI);
        }
        Epci epci = epcis.get(siren);
        if (epci == null) {
            if (scans.incrementAndGet() > SCANS) {
                all = indexEpcis();
                allEpcis = all;
                return all.getOrDefault(siren, NO_EPCI);
            }
            epci = scanEpci(siren);
            epcis.putIfAbsent(siren, epci);
        }
        return epci;
    }

    private static final Epci NO_EPCI = new Epci(Collections.emptySortedSet(), Collections.emptySortedSet());

    /** Every EPCI's current communes and départements, in one pass over the file. */
    private java.util.Map<String, Epci> indexEpcis() {
        java.util.Map<String, SortedSet<String>> communes = new java.util.HashMap<>(2048);
        java.util.Map<String, SortedSet<String>> departements = new java.util.HashMap<>(2048);
        for (int line = first; line < data.length; line = nextLine(line)) {
            if (!isCurrent(line)) {
                continue;
            }
            CommuneRecord row = parse(line);
            if (row.epci() != null) {
                communes.computeIfAbsent(row.epci(), k -> new TreeSet<>()).add(row.code());
                departements.computeIfAbsent(row.epci(), k -> new TreeSet<>()).add(row.departement());
            }
        }
        java.util.Map<String, Epci> index = new java.util.HashMap<>(communes.size() * 2);
        communes.forEach((siren, members) -> index.put(siren, new Epci(Collections.unmodifiableSortedSet(members),
                Collections.unmodifiableSortedSet(departements.get(siren)))));
        return index;
    }

    /** The number of current communes (type {@code COM}). */
    int currentCount() {
        int count = currentCount;
        if (count < 0) {
            count = 0;
            for (int line = first; line < data.length; line = nextLine(line)) {
                if (isCurrent(line)) {
                    count++;
                }
            }
            currentCount = count;
        }
        return count;
    }

    // ---- the bytes ------------------------------------------------------------------------------------------

    /** Binary search over the lines: a probe at any byte goes back to the start of its line. */
    private CommuneRecord find(String code) {
        byte[] key = code.getBytes(StandardCharsets.UTF_8);
        int low = first;
        int high = data.length; // the search space: lines starting in [low, high)
        while (low < high) {
            int mid = lineStart((low + high) >>> 1);
            if (mid < low) {
                mid = low;
            }
            int cmp = compareCode(mid, key);
            if (cmp == 0) {
                return parse(mid);
            }
            if (cmp < 0) {
                low = nextLine(mid);
            } else {
                high = mid;
            }
        }
        return null;
    }

    /** Compares the code at the start of the line at {@code line} with {@code key}, as strings of bytes. */
    private int compareCode(int line, byte[] key) {
        int end = codeEnd(line);
        int length = end - line;
        int n = Math.min(length, key.length);
        for (int i = 0; i < n; i++) {
            int a = data[line + i] & 0xff;
            int b = key[i] & 0xff;
            if (a != b) {
                return a - b;
            }
        }
        return length - key.length;
    }

    private int codeEnd(int line) {
        int end = line;
        while (end < data.length && data[end] != ';' && data[end] != '\n') {
            end++;
        }
        return end;
    }

    private boolean isCurrent(int line) {
        int type = codeEnd(line) + 1;
        return type + 3 < data.length && data[type] == 'C' && data[type + 1] == 'O' && data[type + 2] == 'M'
                && data[type + 3] == ';';
    }

    /** The current communes whose epci column is {@code siren}: one pass over the bytes for the SIREN. */
    private Epci scanEpci(String siren) {
        byte[] key = (";" + siren + ";").getBytes(StandardCharsets.UTF_8);
        SortedSet<String> communes = new TreeSet<>();
        SortedSet<String> departements = new TreeSet<>();
        int from = first;
        while (true) {
            int at = indexOf(key, from);
            if (at < 0) {
                break;
            }
            int line = lineStart(at);
            CommuneRecord row = parse(line);
            if (row.isCurrent() && siren.equals(row.epci())) {
                communes.add(row.code());
                departements.add(row.departement());
            }
            from = nextLine(at);
        }
        return new Epci(Collections.unmodifiableSortedSet(communes), Collections.unmodifiableSortedSet(departements));
    }

    private CommuneRecord parse(int line) {
        int end = indexOf((byte) '\n', line, data.length);
        if (end < 0) {
            end = data.length;
        }
        int stop = end > line && data[end - 1] == '\r' ? end - 1 : end;
        String[] row = new String(data, line, stop - line, StandardCharsets.UTF_8).split(";", COLUMNS);
        if (row.length != COLUMNS || row[0].isEmpty() || row[COLUMNS - 1].isEmpty()) {
            throw new IllegalStateException(resource + ":" + lineNumber(line) + ": malformed row");
        }
        try {
            return new CommuneRecord(row[0], CommuneRecord.Kind.valueOf(row[1]), row[2], row[3],
                    row[4].isEmpty() ? null : row[4], row[5].isEmpty() ? null : row[5], row[6]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ":" + lineNumber(line) + ": " + e.getMessage(), e);
        }
    }

    private int lineNumber(int offset) {
        int n = 1;
        for (int i = 0; i < offset; i++) {
            if (data[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The start of the line that holds {@code offset}. */
    private int lineStart(int offset) {
        int i = Math.min(offset, data.length - 1);
        while (i > 0 && data[i - 1] != '\n') {
            i--;
        }
        return i;
    }

    /** The start of the line after the one that holds {@code offset} ({@code data.length} after the last). */
    private int nextLine(int offset) {
        int end = indexOf((byte) '\n', offset, data.length);
        return end < 0 ? data.length : end + 1;
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(byte[] key, int from) {
        int last = data.length - key.length;
        byte head = key[0];
        for (int i = from; i <= last; i++) {
            if (data[i] != head) {
                continue;
            }
            int k = 1;
            while (k < key.length && data[i + k] == key[k]) {
                k++;
            }
            if (k == key.length) {
                return i;
            }
        }
        return -1;
    }
}
