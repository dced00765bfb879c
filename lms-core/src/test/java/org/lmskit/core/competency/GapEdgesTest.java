package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * Seed 000 at its edges: a level equal to the required one is acquired (one below is a gap), in the job view and
 * the team view alike; the self-assessment shown is the learner's own, never the manager's; the team sorts by the
 * names people see, not by their ids.
 */
class GapEdgesTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor MANAGER = Actor.of("manon", Role.MANAGER);
    private static final UserId ZOE = UserId.of("a-zoe");
    private static final UserId ADAM = UserId.of("z-adam");
    private static final CompetencyCode C1 = CompetencyCode.of("C1");
    private static final CompetencyCode C2 = CompetencyCode.of("C2");

    private final Lms lms = Lms.builder().storage(InMemoryStorage.create()).directory(new Directory() {
        @Override
        public Set<UserId> managersOf(UserId learner) {
            return Set.of(MANAGER.id());
        }

        @Override
        public Set<UserId> teamOf(UserId manager) {
            return Set.of(ZOE, ADAM);
        }

        @Override
        public boolean selfPositioningAllowed(UserId learner) {
            return true;
        }

        @Override
        public String displayName(UserId user) {
            return Map.of(ZOE, "Zoé Martin", ADAM, "adam Durand").get(user);
        }
    }).build();

    GapEdgesTest() {
        lms.competencies().catalogue().setUp(ADMIN).competency("C1", "Un").competency("C2", "Deux")
                .profile("p", "Profil", "C1", "C2").job("job", "Emploi").requires("C1", "3").requires("C2", "3").define();
        for (UserId learner : List.of(ZOE, ADAM)) {
            lms.competencies().positionings().assignJob(ADMIN, learner, JobId.of("job"));
        }
    }

    private void position(Actor actor, UserId learner, CompetencyCode code, Source source, String level) {
        lms.competencies().positionings().positionAtLevel(actor, learner, code, source, LevelValue.of(level));
    }

    @Test
    void the_required_level_itself_is_acquired_and_one_below_is_a_gap() {
        position(MANAGER, ZOE, C1, Source.MANAGER, "3");
        position(MANAGER, ZOE, C2, Source.MANAGER, "2");

        CompetencyViews.JobView view = lms.competencies().views().jobView(MANAGER, ZOE, CompetencyViews.Period.always());
        assertThat(view.gaps()).extracting(CompetencyViews.CompetencyGap::status)
                .containsExactly(CompetencyViews.GapStatus.ACQUIRED, CompetencyViews.GapStatus.GAP);
        assertThat(lms.competencies().views().teamView(MANAGER, Optional.empty(), CompetencyViews.TeamSort.NAME, false,
                CompetencyViews.Period.always())).filteredOn(r -> r.learner().equals(ZOE)).singleElement()
                .satisfies(r -> assertThat(r.summary().acquired()).isEqualTo(1));
    }

    @Test
    void the_self_assessment_shown_is_the_learner_s_own_even_when_the_manager_positioned_later() {
        Actor zoe = new Actor(ZOE, Set.of(Role.LEARNER));
        position(zoe, ZOE, C1, Source.SELF, "5");
        position(MANAGER, ZOE, C1, Source.MANAGER, "2");

        CompetencyViews.CompetencyGap gap = lms.competencies().views()
                .jobView(MANAGER, ZOE, CompetencyViews.Period.always()).gaps().get(0);
        assertThat(gap.selfAssessed()).contains(LevelValue.of("5"));
        assertThat(gap.acquired()).contains(LevelValue.of("2"));
    }

    @Test
    void the_team_sorts_by_the_names_people_see_ignoring_case() {
        assertThat(lms.competencies().views().teamView(MANAGER, Optional.empty(), CompetencyViews.TeamSort.NAME, false,
                CompetencyViews.Period.always())).extracting(CompetencyViews.TeamRow::name)
                .containsExactly("adam Durand", "Zoé Martin");
    }
}
