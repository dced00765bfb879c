package org.lmskit.inmemory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lmskit.spi.recruitment.CandidateQuery;
import org.lmskit.spi.recruitment.CandidateRecord;
import org.lmskit.spi.recruitment.NameKey;
import org.lmskit.spi.recruitment.SkillRecord;
import org.lmskit.spi.recruitment.TrainingInterestRecord;

/**
 * What the recruitment stores share in memory (each store has its own file). The pool is kept in name order so a search is one
 * pass that filters and counts; each company's carded candidates are indexed so hiding them is a lookup.
 */
final class InMemoryRecruitmentStores {
    private InMemoryRecruitmentStores() {
    }

    /**
     * A stored candidate with its names' {@link NameKey}s computed once, for name search, joined by a NUL: a
     * fragment is checked text without control characters, so one search of the pair never matches across it.
     */
    record Entry(CandidateRecord record, String nameKeys) {
        static Entry of(CandidateRecord record) {
            return new Entry(record, NameKey.of(record.lastName()) + '\u0000' + NameKey.of(record.firstName()));
        }

        /** Whether the last or first name contains the fragment, given by its {@link NameKey}. */
        boolean nameContains(String fragmentKey) {
            return fragmentKey.indexOf('\u0000') < 0 && nameKeys.contains(fragmentKey);
        }
    }

    static List<String> nameKey(CandidateRecord c) {
        return List.of(c.lastName(), c.firstName(), c.candidateId());
    }

    static final Comparator<List<String>> NAME_ORDER = Comparator.<List<String>, String>comparing(k -> k.get(0))
            .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2));

    /** Codes of one column numbered in order of appearance, so a criterion becomes an array of booleans. */
    static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();

        int id(String code) {
            return ids.computeIfAbsent(code, k -> ids.size());
        }

        /** {@code allowed[id]} for each code of the column; null when the criterion is absent. */
        boolean[] allowed(Set<String> wanted) {
            if (wanted.isEmpty()) {
                return null;
            }
            boolean[] allowed = new boolean[ids.size()];
            ids.forEach((code, id) -> allowed[id] = wanted.contains(code));
            return allowed;
        }
    }

    /**
     * The pool as columns: the exact-match criteria (area, study level, experience, classification) and the
     * dates are read from flat arrays, and a candidate's record is touched only when those already hold.
     */
    static final class Pool {
        final int size;
        final Entry[] entries;
        final Dictionary areaCodes = new Dictionary();
        final Dictionary studyCodes = new Dictionary();
        final Dictionary experienceCodes = new Dictionary();
        final Dictionary classificationCodes = new Dictionary();
        final int[] area;
        final int[] study;
        final int[] experience;
        final int[] classification;
        final Instant[] classifiedAt;
        final long[] situationDay;

        Pool(Entry[] entries) {
            this.entries = entries;
            size = entries.length;
            area = new int[size];
            study = new int[size];
            experience = new int[size];
            classification = new int[size];
            classifiedAt = new Instant[size];
            situationDay = new long[size];
            for (int i = 0; i < size; i++) {
                CandidateRecord c = entries[i].record();
                area[i] = areaCodes.id(c.area());
                study[i] = studyCodes.id(c.studyLevel());
                experience[i] = experienceCodes.id(c.experience());
                classification[i] = classificationCodes.id(c.classification());
                classifiedAt[i] = c.classifiedAt();
                situationDay[i] = c.situationChangedOn().toEpochDay();
            }
        }
    }

    /** A pool query compiled once per search against a {@link Pool}; absent criteria cost nothing. */
    static final class PoolFilter {
        private final boolean[] areas;
        private final boolean[] studyLevels;
        private final boolean[] experiences;
        private final boolean[] classifications;
        private final Set<String> jobs;
        private final Instant classifiedFrom;
        private final Instant classifiedBefore;
        private final long situationFrom;
        private final Set<String> themes;
        private final Set<String> masteries;
        private final Set<String> trainings;
        private final Set<String> links;
        private final String name;

        PoolFilter(CandidateQuery q, Pool pool) {
            areas = pool.areaCodes.allowed(q.areas());
            studyLevels = pool.studyCodes.allowed(q.studyLevels());
            experiences = pool.experienceCodes.allowed(q.experiences());
            classifications = pool.classificationCodes.allowed(q.classifications());
            jobs = q.currentJobs().isEmpty() ? null : q.currentJobs();
            classifiedFrom = q.classifiedFrom().orElse(null);
            classifiedBefore = q.classifiedBefore().orElse(null);
            situationFrom = q.situationChangedFrom().map(java.time.LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            themes = q.skillThemes();
            masteries = q.masteries();
            trainings = q.trainings();
            links = q.trainingLinks();
            name = q.nameContains().map(NameKey::of).orElse(null);
        }

        boolean test(Pool pool, int i) {
            if (areas != null && !areas[pool.area[i]]
                    || studyLevels != null && !studyLevels[pool.study[i]]
                    || experiences != null && !experiences[pool.experience[i]]
                    || classifications != null && !classifications[pool.classification[i]]
                    || pool.situationDay[i] < situationFrom
                    || classifiedFrom != null && pool.classifiedAt[i].isBefore(classifiedFrom)
                    || classifiedBefore != null && !pool.classifiedAt[i].isBefore(classifiedBefore)) {
                return false;
            }
            Entry e = pool.entries[i];
            CandidateRecord c = e.record();
            return (jobs == null || anyOf(jobs, c.currentJobs()))
                    && skills(themes, masteries, c.skills())
                    && trainings(trainings, links, c.trainings())
                    && (name == null || e.nameContains(name));
        }
    }

    static boolean oneOf(Set<String> wanted, String value) {
        return wanted.isEmpty() || wanted.contains(value);
    }

    static boolean anyOf(Set<String> wanted, Collection<String> values) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String value : values) {
            if (wanted.contains(value)) {
                return true;
            }
        }
        return false;
    }

    static boolean skills(Set<String> themes, Set<String> masteries, List<SkillRecord> skills) {
        if (themes.isEmpty() && masteries.isEmpty()) {
            return true;
        }
        for (SkillRecord s : skills) {
            if (oneOf(themes, s.theme()) && oneOf(masteries, s.mastery())) {
                return true;
            }
        }
        return false;
    }

    static boolean trainings(Set<String> trainings, Set<String> links, List<TrainingInterestRecord> entries) {
        if (trainings.isEmpty() && links.isEmpty()) {
            return true;
        }
        for (TrainingInterestRecord t : entries) {
            if (oneOf(trainings, t.training()) && oneOf(links, t.link())) {
                return true;
            }
        }
        return false;
    }

}
