package org.lmskit.core.recruitment;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import org.quicktheories.core.Gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CandidateId;
import org.lmskit.spi.PageRequest;

/** Invariants of seed 004's cards and pool search, over generated histories and pools. */
class RecruitmentPropertiesTest {
    private static final PerformedAction[] ACTIONS = PerformedAction.values();
    private static final String[] AREAS = {"Alsace / Bas-Rhin", "Alsace / Haut-Rhin", "Lorraine / Moselle"};
    private static final String[] JOBS = {"Analyste fonctionnel", "Conseiller hotline", "Architecte logiciel",
        "Technicien de maintenance"};

    /** A save of a card: how long after the previous one, which result, which actions, which follow-up. */
    record Save(Duration after, CardResult result, Set<PerformedAction> actions, Optional<RecruitmentState> recruitment,
                boolean rejectionCause) {
        @Override
        public String toString() {
            return "after " + after.toHours() + " h: " + result + " " + actions + recruitment.map(r -> " " + r).orElse("")
                    + (rejectionCause ? " with a rejection cause" : "");
        }

        /** The card update this save makes; without a follow-up, "Recrutement" is refused, and refusals change nothing. */
        CardUpdate of(FollowUpCard card) {
            CardUpdate update = CardUpdate.of(card).withResult(result).withActions(actions);
            if (recruitment.isPresent()) {
                update = update.withRecruitment(new RecruitmentFollowUp(LocalDate.of(2019, 6, 3),
                        ContractType.PERMANENT, Optional.empty(), recruitment.get()));
            }
            if (result == CardResult.NOT_EMPLOYABLE_AFTER_INTERVIEW && rejectionCause) {
                update = update.withRejectionCauses(Set.of(RejectionCause.INSUFFICIENT_EXPERIENCE));
            }
            return update;
        }
    }

    static Gen<Save> saves() {
        Gen<Set<PerformedAction>> actions = lists().of(arbitrary().enumValues(PerformedAction.class))
                .ofSizeBetween(0, ACTIONS.length).map(list -> list.isEmpty() ? EnumSet.noneOf(PerformedAction.class)
                        : EnumSet.copyOf(list));
        Gen<Optional<RecruitmentState>> recruitment = integers().between(0, 5)
                .map(i -> i == 0 ? Optional.<RecruitmentState>empty() : Optional.of(RecruitmentState.values()[i]));
        return integers().between(0, 10_000).map(h -> Duration.ofHours(h)).zip(arbitrary().enumValues(CardResult.class),
                actions, recruitment, booleans().all(), Save::new);
    }

    @Test
    void the_due_instant_never_precedes_the_update_that_set_it_and_follows_the_table() {
        qt().withExamples(60).forAll(lists().of(saves()).ofSizeBetween(1, 15))
                .checkAssert(steps -> {
                    RecruitmentWorld world = new RecruitmentWorld();
                    ResultTable table = world.recruitment.resultTable();
                    FollowUpCard opened = world.recruitment.cards().quickAction(RecruitmentWorld.CAMILLE, world.mbarki.id(),
                            QuickAction.STUDY_LATER);
                    assertThat(opened.dueAt()).hasValueSatisfying(due -> assertThat(due).isAfter(opened.updatedAt()));
                    FollowUpCard card = opened;
                    for (Save save : steps) {
                        world.clock.advance(save.after());
                        CardUpdate update = save.of(card);
                        FollowUpCard before = card;
                        try {
                            card = world.recruitment.cards().updateCard(RecruitmentWorld.CAMILLE, card.id(), update,
                                    card.version());
                        } catch (RuleRefusedException refused) {
                            assertThat(world.recruitment.cards().card(RecruitmentWorld.CAMILLE, card.id())).isEqualTo(before);
                            continue;
                        }
                        Instant updatedAt = card.updatedAt();
                        card.dueAt().ifPresent(due -> assertThat(due).isAfter(before.updatedAt()));
                        boolean recounted = before.result() != card.result() || before.status() != card.status()
                                || !before.actions().equals(card.actions());
                        if (recounted) {
                            assertThat(card.dueAt()).isEqualTo(table.deadline(card.status()).map(updatedAt::plus));
                        } else {
                            assertThat(card.dueAt()).isEqualTo(before.dueAt());
                        }
                    }
                });
    }

    @Test
    void every_candidate_found_satisfies_every_criterion_and_every_one_left_out_fails_one() {
        qt().withExamples(40).forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 30),
                        integers().between(0, Integer.MAX_VALUE))
                .checkAssert((seeds, criteria) -> {
                    RecruitmentWorld world = new RecruitmentWorld();
                    List<Candidate> all = new ArrayList<>(List.of(world.delean, world.anais, world.hatterer,
                            world.mbarki));
                    for (int i = 0; i < seeds.size(); i++) {
                        all.add(world.register(generated(i, seeds.get(i))));
                    }
                    PoolSearch search = search(criteria);

                    Set<String> found = world.recruitment.pool().searchPool(RecruitmentWorld.CAMILLE, search,
                            PageRequest.first(1000)).items().stream().map(c -> c.id().value()).collect(Collectors.toSet());

                    for (Candidate c : all) {
                        assertThat(found.contains(c.id().value())).as(c.id() + " against " + search)
                                .isEqualTo(satisfies(search, c));
                    }
                });
    }

    private static Candidate generated(int index, int seed) {
        int s = Math.abs(seed);
        StudyLevel[] levels = StudyLevel.values();
        ExperienceBracket[] brackets = ExperienceBracket.values();
        return new Candidate(CandidateId.of("g" + index), Civility.MR, "NOM" + (s % 7), "Prénom" + (s % 5),
                AREAS[s % AREAS.length], "Strasbourg", List.of(JOBS[s % JOBS.length], JOBS[(s / 3) % JOBS.length]),
                (s & 1) == 0 ? Classification.EMPLOYABLE : Classification.ADAPTABLE,
                Instant.parse("2018-01-01T00:00:00Z").plus(Duration.ofDays(s % 700)), levels[(s / 5) % levels.length],
                brackets[(s / 11) % brackets.length],
                List.of(new Candidate.Skill(SkillTheme.values()[(s / 13) % 4], "x", Mastery.values()[(s / 17) % 3])),
                List.of(), Situation.JOB_SEEKING, LocalDate.of(2018, 1, 1).plusDays(s % 500),
                RecruitmentWorld.PARTNER, List.of(), 0);
    }

    /** Three to six criteria chosen by the bits of one number. */
    private static PoolSearch search(int bits) {
        PoolSearch.Builder b = PoolSearch.builder();
        if ((bits & 1) != 0) {
            b.areas(Set.of(AREAS[(bits >> 8) % AREAS.length]));
        }
        if ((bits & 2) != 0) {
            b.studyLevels(EnumSet.of(StudyLevel.values()[(bits >> 10) % 8], StudyLevel.values()[(bits >> 13) % 8]));
        }
        if ((bits & 4) != 0) {
            b.currentJobs(Set.of(JOBS[(bits >> 16) % JOBS.length]));
        }
        if ((bits & 8) != 0) {
            b.classifications(Set.of(Classification.values()[(bits >> 18) % 2]));
        }
        if ((bits & 16) != 0) {
            b.skillThemes(Set.of(SkillTheme.values()[(bits >> 19) % 4])).masteries(Set.of(Mastery.values()[(bits >> 21) % 3]));
        }
        if ((bits & 32) != 0) {
            b.classifiedFrom(Instant.parse("2018-06-01T00:00:00Z"));
        }
        if ((bits & 64) != 0) {
            b.namePrefix("nom" + ((bits >> 23) % 7));
        }
        if ((bits & 128) != 0) {
            b.situationChangedFrom(LocalDate.of(2018, 9, 1));
        }
        return b.build();
    }

    private static boolean satisfies(PoolSearch s, Candidate c) {
        String prefix = s.namePrefix().map(p -> p.toLowerCase(java.util.Locale.ROOT)).orElse("");
        return (s.areas().isEmpty() || s.areas().contains(c.area()))
                && (s.studyLevels().isEmpty() || s.studyLevels().contains(c.studyLevel()))
                && (s.currentJobs().isEmpty() || c.currentJobs().stream().anyMatch(s.currentJobs()::contains))
                && (s.classifications().isEmpty() || s.classifications().contains(c.classification()))
                && (s.skillThemes().isEmpty() && s.masteries().isEmpty() || c.skills().stream().anyMatch(k ->
                (s.skillThemes().isEmpty() || s.skillThemes().contains(k.theme()))
                        && (s.masteries().isEmpty() || s.masteries().contains(k.mastery()))))
                && s.classifiedFrom().map(f -> !c.classifiedAt().isBefore(f)).orElse(true)
                && s.situationChangedFrom().map(f -> !c.situationChangedOn().isBefore(f)).orElse(true)
                && (c.lastName().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)
                || c.firstName().toLowerCase(java.util.Locale.ROOT).startsWith(prefix));
    }
}
