package org.lmskit.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.StoreException;
import org.lmskit.spi.competency.PositioningRecord;

/**
 * Reads V15's packed heads (see {@code V15__positioning_packs.sql} for the format): rows of (learner, source, heads)
 * ordered by learner, the heads taken as the UTF-8 bytes pgjdbc received (its connections always speak UTF-8), so
 * that nothing is decoded but the values kept. For each learner, keeps per competency the records at the newest
 * instant among the sources read, at or after {@code from} when given. A pack holds only heads, so with one source
 * this keeps them all; with several, the newest source's records of each competency win, ties included.
 */
final class PositioningPacks {
    private static final Comparator<PositioningRecord> BY_COMPETENCY = Comparator.comparing(PositioningRecord::competencyCode);
    private static final long MICROS = 1_000_000L;
    private static final byte[] EMPTY = new byte[0];

    private final Instant from;
    private final List<PositioningRecord> found = new ArrayList<>();
    private final List<PositioningRecord> learnerRecords = new ArrayList<>();
    private int learnerRows;
    private String learner;
    private String source;
    private byte[] packed = EMPTY;
    private int at;
    /** Where the field's value starts, once {@link #end} has read its length. */
    private int valueStart;
    /**
     * Texts met so far, to hand back the same instance for the same bytes: a team's ten thousand packs repeat a few
     * competency codes, levels and actors, and records that share them are lighter to keep and faster to compare
     * (a string's hash is computed once; lms-core finds a code's line by its identity first). One slot per hash of
     * the bytes, replaced by the newest value that lands there.
     */
    private final Interned[] interned = new Interned[256];

    private record Interned(byte[] bytes, String text, Optional<String> wrapped) {
    }

    /** The instant of the last record: heads written together share it. */
    private long lastMicros;
    private Instant lastInstant;

    private PositioningPacks(Instant from) {
        this.from = from;
    }

    static List<PositioningRecord> read(ResultSet rows, Instant from) throws SQLException {
        PositioningPacks packs = new PositioningPacks(from);
        while (rows.next()) {
            String rowLearner = rows.getString(1);
            if (!rowLearner.equals(packs.learner)) {
                packs.flush();
                packs.learner = rowLearner;
            }
            packs.source = rows.getString(2);
            packs.unpack(rows.getBytes(3));
        }
        packs.flush();
        return packs.found;
    }

    private void unpack(byte[] heads) {
        packed = heads;
        at = 0;
        learnerRows++;
        while (at < packed.length) {
            long id = number();
            String code = interned(false).text();
            Optional<String> level = level();
            String actor = interned(false).text();
            long micros = number();
            String score = text();
            String comment = text();
            if (micros != lastMicros || lastInstant == null) {
                lastMicros = micros;
                lastInstant = Instant.ofEpochSecond(Math.floorDiv(micros, MICROS), Math.floorMod(micros, MICROS) * 1_000L);
            }
            if (from == null || !lastInstant.isBefore(from)) {
                learnerRecords.add(new PositioningRecord(id, learner, code, level, source, actor, lastInstant,
                        score == null ? Optional.empty() : Optional.of(decimal(score)), Optional.ofNullable(comment)));
            }
        }
    }

    /** The learner's records to {@link #found}: per competency, those at the newest instant. */
    private void flush() {
        if (learnerRows > 1) {
            learnerRecords.sort(BY_COMPETENCY); // stable: each pack's records stay in instant order
        }
        int lineStart = found.size();
        for (PositioningRecord record : learnerRecords) {
            PositioningRecord first = lineStart < found.size() ? found.get(lineStart) : null;
            if (first == null || !first.competencyCode().equals(record.competencyCode())) {
                lineStart = found.size();
                found.add(record);
                continue;
            }
            int newer = record.at().compareTo(first.at());
            if (newer > 0) {
                found.subList(lineStart, found.size()).clear();
            }
            if (newer >= 0) {
                found.add(record);
            }
        }
        learnerRecords.clear();
        learnerRows = 0;
    }

    /**
     * Reads a field's length (UTF-8 bytes) and steps over its value: returns where the value ends, {@link #valueStart}
     * where it starts, or -1 for a null ({@code "~"}).
     */
    private int end(boolean nullable) {
        if (at >= packed.length) {
            throw malformed("the text ends inside a record");
        }
        if (packed[at] == '~') {
            if (!nullable) {
                throw malformed("a null where a value is required");
            }
            at++;
            return -1;
        }
        long length = 0;
        byte b;
        while ((b = packed[at++]) != ':') {
            if (b < '0' || b > '9' || length > packed.length || at == packed.length) {
                throw malformed("no length before a value");
            }
            length = length * 10 + (b - '0');
        }
        if (length > packed.length - at) {
            throw malformed("a value longer than the text");
        }
        valueStart = at;
        at += (int) length;
        return at;
    }

    private String text() {
        int end = end(true);
        return end < 0 ? null : new String(packed, valueStart, end - valueStart, StandardCharsets.UTF_8);
    }

    private Optional<String> level() {
        Interned level = interned(true);
        return level == null ? Optional.empty() : level.wrapped();
    }

    /** A whole number field, read in place. */
    private long number() {
        int end = end(false);
        int i = valueStart;
        boolean negative = i < end && packed[i] == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        boolean valid = i < end;
        for (; valid && i < end; i++) {
            int digit = packed[i] - '0';
            valid = digit >= 0 && digit <= 9
                    && (value < Long.MAX_VALUE / 10 || value == Long.MAX_VALUE / 10 && digit <= Long.MAX_VALUE % 10);
            value = value * 10 + digit;
        }
        if (!valid) {
            throw malformed("'" + new String(packed, valueStart, end - valueStart, StandardCharsets.UTF_8)
                    + "' where a whole number is expected");
        }
        return negative ? -value : value;
    }

    /** A text field as the instance kept for the same bytes (null for a null field). */
    private Interned interned(boolean nullable) {
        int end = end(nullable);
        if (end < 0) {
            return null;
        }
        int hash = 0;
        for (int i = valueStart; i < end; i++) {
            hash = 31 * hash + packed[i];
        }
        int slot = hash & (interned.length - 1);
        Interned known = interned[slot];
        if (known != null && Arrays.equals(packed, valueStart, end, known.bytes(), 0, known.bytes().length)) {
            return known;
        }
        String text = new String(packed, valueStart, end - valueStart, StandardCharsets.UTF_8);
        known = new Interned(Arrays.copyOfRange(packed, valueStart, end), text, Optional.of(text));
        interned[slot] = known;
        return known;
    }

    private BigDecimal decimal(String digits) {
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw malformed("'" + digits + "' where a score is expected");
        }
    }

    private StoreException malformed(String what) {
        return new StoreException("lmskit_positioning_pack of " + learner + " / " + source + " is malformed at "
                + at + ": " + what);
    }
}
