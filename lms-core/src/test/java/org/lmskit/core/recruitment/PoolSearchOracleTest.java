package org.lmskit.core.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.Storages;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StorageProvider;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Seed 004's pool search against an oracle, on both adapters: for generated searches (domain values, so a
 * failure prints the search that broke), a recruiter finds exactly the visible candidates that satisfy every
 * criterion, and no other. Names are matched on any part, ignoring case and accents, by an oracle written
 * apart from the adapters' {@code NameKey}.
 */
class PoolSearchOracleTest {
    private static final Actor COMMISSION = Actor.of("commission", Role.ADMINISTRATOR);
    private static final Actor RECRUITER = Actor.of("olivier", Role.RECRUITER);
    private static final List<String> AREAS = List.of("Alsace / Bas-Rhin", "Alsace / Haut-Rhin", "Lorraine / Moselle");
    private static final List<String> JOBS = List.of("Analyste fonctionnel", "Conseiller hotline",
            "Architecte logiciel", "Technicien de maintenance");

    /** One criterion of the search form, named as the recruiter would read it. */
    record Criterion(String reads, UnaryOperator<PoolSearch.Builder> apply) {
        @Override
        public String toString() {
            return reads;
        }
    }

    static Gen<Criterion> criteria() {
        return Generate.oneOf(
                arbitrary().pick(AREAS).map(a -> new Criterion("area " + a, b -> b.areas(Set.of(a)))),
                arbitrary().enumValues(StudyLevel.class).zip(arbitrary().enumValues(StudyLevel.class), (x, y) ->
                        new Criterion("study level " + x + " or " + y, b -> b.studyLevels(EnumSet.of(x, y)))),
                arbitrary().pick(JOBS).map(j -> new Criterion("can do " + j, b -> b.currentJobs(Set.of(j)))),
                arbitrary().enumValues(Classification.class).map(c ->
                        new Criterion("classified " + c, b -> b.classifications(Set.of(c)))),
                arbitrary().enumValues(SkillTheme.class).zip(arbitrary().enumValues(Mastery.class), (t, m) ->
                        new Criterion("skill " + t + " at " + m, b -> b.skillThemes(Set.of(t)).masteries(Set.of(m)))),
                // any day, or exactly a candidate's own day: the bound is inclusive
                Generate.oneOf(integers().between(0, 700), integers().between(0, 39).map(i -> i * 17 % 700))
                        .map(d -> Instant.parse("2018-01-01T00:00:00Z").plus(Duration.ofDays(d)))
                        .map(i -> new Criterion("classified from " + i, b -> b.classifiedFrom(i))),
                names(),
                Generate.oneOf(integers().between(0, 500), integers().between(0, 39).map(i -> i * 13 % 500))
                        .map(d -> LocalDate.of(2018, 1, 1).plusDays(d))
                        .map(day -> new Criterion("situation changed from " + day, b -> b.situationChangedFrom(day))));
    }

    /** Names with accents, case and wildcards, as seed 004's pool holds them. */
    private static final List<String> LAST_NAMES = List.of("CORBE", "POLMAN", "ÉCOLE", "Müller", "d'Arc",
            "DELÉAN", "100%_x");
    private static final List<String> FIRST_NAMES = List.of("Jean François", "Nicolas", "Zoé", "Øystein", "Corentin");
    private static final List<String> NAMES = java.util.stream.Stream.concat(LAST_NAMES.stream(), FIRST_NAMES.stream())
            .toList();

    /** A piece of one of the names (any part of it), typed in upper or lower case, with or without accents. */
    static Gen<Criterion> names() {
        return arbitrary().pick(NAMES).zip(integers().between(0, 20), integers().between(1, 6),
                arbitrary().pick(List.of("as is", "upper", "lower", "no accents")), (name, from, length, typed) -> {
                    int start = Math.min(from, name.length() - 1);
                    String cut = name.substring(start, Math.min(name.length(), start + length));
                    // a blank fragment is no search at all: the library refuses it like any blank text
                    String piece = cut.isBlank() ? name : cut;
                    String fragment = switch (typed) {
                        case "upper" -> piece.toUpperCase(Locale.ROOT);
                        case "lower" -> piece.toLowerCase(Locale.ROOT);
                        case "no accents" -> java.text.Normalizer.normalize(piece, java.text.Normalizer.Form.NFD)
                                .replaceAll("\\p{M}", "");
                        default -> piece;
                    };
                    return new Criterion("name contains '" + fragment + "'", b -> b.nameContains(fragment));
                });
    }

    static Gen<List<Criterion>> searches() {
        return lists().of(criteria()).ofSizeBetween(0, 5);
    }

    /** Forty candidates spread over every value the criteria use. */
    private static List<Candidate> population() {
        List<Candidate> all = new ArrayList<>();
        StudyLevel[] levels = StudyLevel.values();
        ExperienceBracket[] brackets = ExperienceBracket.values();
        for (int i = 0; i < 40; i++) {
            all.add(Candidate.builder().id(CandidateId.of("oracle-" + i)).civility(Civility.MR)
                    .lastName(LAST_NAMES.get(i % 7)).firstName(FIRST_NAMES.get(i % 5)).area(AREAS.get(i % AREAS.size()))
                    .city("Strasbourg").currentJobs(List.of(JOBS.get(i % JOBS.size()), JOBS.get(i / 3 % JOBS.size())))
                    .classification(i % 2 == 0 ? Classification.EMPLOYABLE : Classification.ADAPTABLE)
                    .classifiedAt(Instant.parse("2018-01-01T00:00:00Z").plus(Duration.ofDays(i * 17L % 700)))
                    .studyLevel(levels[i % levels.length]).experience(brackets[i / 2 % brackets.length])
                    .skills(List.of(new Candidate.Skill(SkillTheme.values()[i % 4], "x", Mastery.values()[i / 4 % 3])))
                    .situation(Situation.JOB_SEEKING).situationChangedOn(LocalDate.of(2018, 1, 1).plusDays(i * 13L % 500))
                    .submittedBy(UserId.of("pole-emploi-strasbourg")).build());
        }
        return all;
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_search_finds_exactly_the_visible_candidates_meeting_every_criterion(Storages kind) throws Exception {
        try (StorageProvider storage = kind.fresh()) {
            Lms lms = Lms.builder().storage(storage)
                    .clock(Clock.fixed(Instant.parse("2026-11-24T09:30:00Z"), ZoneOffset.UTC))
                    .directory(Directory.ofCompanies(Map.of(RECRUITER.id(), CompanyId.of("sogeti")))).build();
            population().forEach(c -> lms.recruitment().pool().registerCandidate(COMMISSION, c));
            List<Candidate> visible = lms.recruitment().pool().searchPool(RECRUITER, PoolSearch.builder().build(),
                    PageRequest.first(1000)).items();
            assertThat(visible).hasSize(40);

            qt().withExamples(kind == Storages.POSTGRES ? 60 : 150).forAll(searches()).checkAssert(criteria -> {
                PoolSearch.Builder builder = PoolSearch.builder();
                criteria.forEach(c -> c.apply().apply(builder));
                PoolSearch search = builder.build();

                Set<String> found = lms.recruitment().pool().searchPool(RECRUITER, search, PageRequest.first(1000))
                        .items().stream().map(c -> c.id().value()).collect(Collectors.toSet());

                Set<String> expected = visible.stream().filter(c -> satisfies(search, c)).map(c -> c.id().value())
                        .collect(Collectors.toSet());
                assertThat(found).as("%s on %s", criteria, kind).isEqualTo(expected);
            });
        }
    }

    /** The oracle: seed 004's criteria, each one a condition that must hold, values inside one alternatives. */
    private static boolean satisfies(PoolSearch s, Candidate c) {
        return (s.areas().isEmpty() || s.areas().contains(c.area()))
                && (s.studyLevels().isEmpty() || s.studyLevels().contains(c.studyLevel()))
                && (s.currentJobs().isEmpty() || c.currentJobs().stream().anyMatch(s.currentJobs()::contains))
                && (s.classifications().isEmpty() || s.classifications().contains(c.classification()))
                && (s.skillThemes().isEmpty() && s.masteries().isEmpty() || c.skills().stream().anyMatch(k ->
                (s.skillThemes().isEmpty() || s.skillThemes().contains(k.theme()))
                        && (s.masteries().isEmpty() || s.masteries().contains(k.mastery()))))
                && s.classifiedFrom().map(f -> !c.classifiedAt().isBefore(f)).orElse(true)
                && s.situationChangedFrom().map(f -> !c.situationChangedOn().isBefore(f)).orElse(true)
                && s.nameContains().map(fragment -> contains(c.lastName(), fragment)
                || contains(c.firstName(), fragment)).orElse(true);
    }

    /**
     * Written apart from {@code NameKey} on purpose: strip accents by decomposing, compare without case.
     * Seed 004: typing {@code co} lists CORBE Jean François and POLMAN Nicolas.
     */
    private static boolean contains(String name, String fragment) {
        return plain(name).contains(plain(fragment));
    }

    private static String plain(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
