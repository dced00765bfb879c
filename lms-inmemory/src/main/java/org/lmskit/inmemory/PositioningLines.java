package org.lmskit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;

/**
 * Each learner's positionings laid out flat for the latest-wins question: one array per learner ordered by
 * competency (a "line"), then (at, id), with the instant and the source of each kept in primitive arrays beside
 * it. Answering for a team of ten thousand then reads a handful of contiguous arrays per learner, and never
 * follows a pointer to a record it does not return. Guarded by the store's transactions like every in-memory table.
 */
final class PositioningLines {
    /** Each stored source name's number, in order of first use; a query turns its sources into flags by number. */
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    private final Map<String, Learner> learners = new HashMap<>();

    /** Adds a stored record at its place; returns what undoes it. */
    Runnable add(PositioningRecord record) {
        Integer source = sourceNumbers.get(record.source());
        if (source == null) {
            source = sourceNumbers.size();
            sourceNumbers.put(record.source(), source);
        }
        Learner learner = learners.computeIfAbsent(record.learnerId(), l -> new Learner());
        learner.insert(record, source);
        return () -> learner.remove(record);
    }

    List<PositioningRecord> latest(PositioningQuery query, Set<String> sources) {
        boolean[] asked = new boolean[sourceNumbers.size()];
        boolean any = false;
        long mask = 0; // the same flags as bits, when there are at most 64 sources
        for (String source : sources) {
            Integer number = sourceNumbers.get(source);
            if (number != null) {
                asked[number] = true;
                any = true;
                mask |= 1L << number;
            }
        }
        if (!any) {
            return List.of();
        }
        Instant from = query.from().orElse(null);
        Instant to = query.to().orElse(null);
        if (to == null && asked.length <= Long.SIZE) {
            // a window open at its end: each learner's heads for these sources, kept from the last such question
            List<List<PositioningRecord>> runs = new ArrayList<>(query.learnerIds().size());
            for (String id : query.learnerIds()) {
                Learner learner = learners.get(id);
                if (learner != null) {
                    runs.add(learner.heads(asked, mask, from));
                }
            }
            return new InMemoryCompetencyStores.Runs(runs);
        }
        List<PositioningRecord> latest = new ArrayList<>(query.learnerIds().size() * 12);
        for (String id : query.learnerIds()) {
            Learner learner = learners.get(id);
            if (learner != null) {
                learner.latest(asked, from, to, latest);
            }
        }
        return latest;
    }

    private static final class Learner {
        /** Line i holds positions lineEnds[i - 1] (0 for the first) to lineEnds[i], exclusive. */
        final List<String> codes = new ArrayList<>(4);
        int[] lineEnds = new int[4];
        PositioningRecord[] records = new PositioningRecord[8];
        long[] seconds = new long[8];
        int[] nanos = new int[8];
        int[] sources = new int[8];
        int size;
        /**
         * The heads of every line for one set of sources (a bit per source number), as the last open-ended
         * question found them; dropped by the learner's next insert or removal. Immutable once built, so readers
         * sharing the read lock may each publish one.
         */
        private Heads heads;

        private record Heads(long sources, List<PositioningRecord> records) {
        }

        /** {@link #latest} for a window open at its end; {@code from} (or null) keeps only heads from then on. */
        List<PositioningRecord> heads(boolean[] asked, long mask, Instant from) {
            Heads known = heads;
            if (known == null || known.sources() != mask) {
                List<PositioningRecord> found = new ArrayList<>(codes.size());
                latest(asked, null, null, found);
                // copies, allocated side by side: a team view then reads its heads from contiguous memory instead
                // of one record in five scattered through the history (equal records, the same shared strings)
                PositioningRecord[] copies = new PositioningRecord[found.size()];
                for (int i = 0; i < copies.length; i++) {
                    PositioningRecord r = found.get(i);
                    copies[i] = new PositioningRecord(r.id(), r.learnerId(), r.competencyCode(), r.levelCode(),
                            r.source(), r.actorId(), r.at(), r.score(), r.comment());
                }
                known = new Heads(mask, List.of(copies));
                heads = known;
            }
            if (from == null) {
                return known.records();
            }
            List<PositioningRecord> inside = new ArrayList<>(known.records().size());
            for (PositioningRecord record : known.records()) {
                if (!record.at().isBefore(from)) {
                    inside.add(record);
                }
            }
            return inside;
        }

        void insert(PositioningRecord record, int source) {
            heads = null;
            int line = codes.indexOf(record.competencyCode());
            if (line < 0) {
                line = codes.size();
                codes.add(record.competencyCode());
                if (line == lineEnds.length) {
                    lineEnds = Arrays.copyOf(lineEnds, line * 2);
                }
                lineEnds[line] = size;
            }
            if (size == records.length) {
                int grown = size * 2;
                records = Arrays.copyOf(records, grown);
                seconds = Arrays.copyOf(seconds, grown);
                nanos = Arrays.copyOf(nanos, grown);
                sources = Arrays.copyOf(sources, grown);
            }
            long s = record.at().getEpochSecond();
            int n = record.at().getNano();
            int start = line == 0 ? 0 : lineEnds[line - 1];
            // appends come nearly always in time order: this walks back a step or none
            int at = lineEnds[line];
            while (at > start && compare(seconds[at - 1], nanos[at - 1], records[at - 1].id(), s, n, record.id()) > 0) {
                at--;
            }
            shift(at, 1);
            records[at] = record;
            seconds[at] = s;
            nanos[at] = n;
            sources[at] = source;
            size++;
            for (int l = line; l < codes.size(); l++) {
                lineEnds[l]++;
            }
        }

        void remove(PositioningRecord record) {
            heads = null;
            for (int i = 0; i < size; i++) {
                if (records[i].id() == record.id()) {
                    shift(i + 1, -1);
                    size--;
                    records[size] = null;
                    for (int l = 0; l < codes.size(); l++) {
                        if (lineEnds[l] > i) {
                            lineEnds[l]--;
                        }
                    }
                    return;
                }
            }
        }

        private void shift(int start, int by) {
            System.arraycopy(records, start, records, start + by, size - start);
            System.arraycopy(seconds, start, seconds, start + by, size - start);
            System.arraycopy(nanos, start, nanos, start + by, size - start);
            System.arraycopy(sources, start, sources, start + by, size - start);
        }

        /** Per line, adds the records of an asked source at the newest instant inside the window. */
        void latest(boolean[] asked, Instant from, Instant to, List<PositioningRecord> into) {
            int start = 0;
            for (int line = 0, lines = codes.size(); line < lines; line++) {
                int end = lineEnds[line];
                latestOfLine(start, end, asked, from, to, into);
                start = end;
            }
        }

        private void latestOfLine(int start, int end, boolean[] asked, Instant from, Instant to,
                                  List<PositioningRecord> into) {
            int i = end - 1;
            if (to != null) {
                long s = to.getEpochSecond();
                int n = to.getNano();
                while (i >= start && (seconds[i] > s || seconds[i] == s && nanos[i] > n)) {
                    i--;
                }
            }
            while (i >= start && !asked[sources[i]]) {
                i--;
            }
            if (i < start) {
                return;
            }
            long s = seconds[i];
            int n = nanos[i];
            if (from != null && (s < from.getEpochSecond() || s == from.getEpochSecond() && n < from.getNano())) {
                return;
            }
            for (; i >= start && seconds[i] == s && nanos[i] == n; i--) {
                if (asked[sources[i]]) {
                    into.add(records[i]);
                }
            }
        }

        private static int compare(long s1, int n1, long id1, long s2, int n2, long id2) {
            int c = Long.compare(s1, s2);
            if (c == 0) {
                c = Integer.compare(n1, n2);
            }
            return c != 0 ? c : Long.compare(id1, id2);
        }
    }
}
