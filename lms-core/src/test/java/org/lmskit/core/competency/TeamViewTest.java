package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.DINO;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MANAGER;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MEDINE;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT_HIMSELF;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.StorageProvider;

class TeamViewTest {

    @Test
    void one_row_per_collaborator_with_job_percentage_and_not_evaluated() {
        ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob().withTeam();

        List<CompetencyViews.TeamRow> rows = world.lms.competencies().views().teamView(MANAGER, Optional.empty(), CompetencyViews.TeamSort.NAME,
                false, CompetencyViews.Period.always());

        assertThat(rows).extracting(CompetencyViews.TeamRow::name).containsExactly("Dino Zore", "Medine France", "Robert Redford");
        assertThat(rows).extracting(r -> r.summary().percent()).containsExactly(82, 0, 55);
        assertThat(rows).extracting(r -> r.summary().notEvaluated()).containsExactly(0, 11, 0);
        assertThat(rows.get(0).jobTitle()).contains("Conseiller Carrière Retraite");
    }

    @Test
    void filtered_by_name_and_sorted_by_percentage() {
        ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob().withTeam();
        CompetencyCapability competencies = world.lms.competencies();

        assertThat(competencies.views().teamView(MANAGER, Optional.of("  RED "), CompetencyViews.TeamSort.NAME, false, CompetencyViews.Period.always()))
                .extracting(CompetencyViews.TeamRow::learner).containsExactly(ROBERT);
        assertThat(competencies.views().teamView(MANAGER, Optional.empty(), CompetencyViews.TeamSort.PERCENT, true, CompetencyViews.Period.always()))
                .extracting(CompetencyViews.TeamRow::learner).containsExactly(DINO, ROBERT, MEDINE);
        assertThatThrownBy(() -> competencies.views().teamView(ROBERT_HIMSELF, Optional.empty(), CompetencyViews.TeamSort.NAME, false,
                CompetencyViews.Period.always())).isInstanceOf(PermissionDeniedException.class);
    }

    /**
     * A competency in two profiles of the job counts in both, in the team view as in the job view (seed 000 lists a
     * job's competencies profile by profile): Robert's first competency, acquired, now also heads a fourth profile.
     */
    @Test
    void a_competency_shared_by_two_profiles_of_the_job_counts_in_both_as_in_the_job_view() {
        ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob().withTeam();
        CompetencyCatalogue catalogue = world.lms.competencies().catalogue();
        org.lmskit.core.id.CompetencyCode first = ConseillerCarriereRetraite.allCodes().get(0);
        org.lmskit.core.id.CompetencyCode last = ConseillerCarriereRetraite.allCodes().get(10);
        catalogue.defineProfile(ConseillerCarriereRetraite.ADMIN, new Catalogue.Profile(
                org.lmskit.core.id.ProfileId.of("profile-shared"), "Shared", List.of(first, last), 0));
        Catalogue.Job job = catalogue.job(ConseillerCarriereRetraite.JOB);
        List<org.lmskit.core.id.ProfileId> profiles = new java.util.ArrayList<>(job.profiles());
        profiles.add(org.lmskit.core.id.ProfileId.of("profile-shared"));
        catalogue.defineJob(ConseillerCarriereRetraite.ADMIN, new Catalogue.Job(job.id(), job.title(), profiles,
                job.requirements(), job.version()));

        CompetencyViews.Summary jobView = world.lms.competencies().views().jobView(MANAGER, ROBERT,
                CompetencyViews.Period.always()).summary();
        List<CompetencyViews.TeamRow> rows = world.lms.competencies().views().teamView(MANAGER, Optional.of("Robert"),
                CompetencyViews.TeamSort.NAME, false, CompetencyViews.Period.always());

        assertThat(jobView).isEqualTo(CompetencyViews.Summary.of(7, 13, 0));
        assertThat(rows).singleElement().extracting(CompetencyViews.TeamRow::summary).isEqualTo(jobView);
    }

    /**
     * A host's own policy (not one lmskit ships) sees each line's whole history: delegating to the shipped rule gives
     * the shipped answer, and a policy that never decides leaves every line not evaluated.
     */
    @Test
    void a_host_s_own_policy_decides_the_team_view_from_each_line_s_history() {
        ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob().withTeam();
        AcquisitionPolicy delegating = HostPolicies.latestValidatingAsAHost();
        List<Integer> seen = new java.util.ArrayList<>();
        AcquisitionPolicy undecided = new AcquisitionPolicy() {
            @Override
            public String name() {
                return "NEVER";
            }

            @Override
            public Acquisition decide(List<Positioning> positionings, Scale scale) {
                seen.add(positionings.size());
                return new Acquisition(Optional.empty(), "never");
            }
        };
        GapViews views = world.lms.competencies().views();

        assertThat(views.deciding(delegating).teamView(MANAGER, Optional.empty(), CompetencyViews.TeamSort.NAME, false,
                CompetencyViews.Period.always())).isEqualTo(views.teamView(MANAGER, Optional.empty(),
                CompetencyViews.TeamSort.NAME, false, CompetencyViews.Period.always()));
        assertThat(views.deciding(undecided).teamView(MANAGER, Optional.empty(), CompetencyViews.TeamSort.NAME, false,
                CompetencyViews.Period.always())).extracting(r -> r.summary().notEvaluated()).containsExactly(11, 11, 11);
        assertThat(seen).as("Robert's and Dino's lines come with their history").anyMatch(n -> n > 0);
    }

    @Test
    void comparing_with_another_job_is_read_under_the_same_rule_as_the_job_view() {
        ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob().withTeam();
        Actor dino = new Actor(DINO, java.util.Set.of(org.lmskit.core.security.Role.LEARNER));

        assertThatThrownBy(() -> world.lms.competencies().views().compare(dino, ROBERT, ConseillerCarriereRetraite.JOB,
                CompetencyViews.Period.always())).isInstanceOf(PermissionDeniedException.class);
        assertThat(world.lms.competencies().views().compare(ROBERT_HIMSELF, ROBERT, ConseillerCarriereRetraite.JOB,
                CompetencyViews.Period.always()).summary().applicable()).isEqualTo(11);
    }

    @Test
    void the_team_view_uses_the_same_number_of_store_calls_for_3_or_300_collaborators() {
        assertThat(storeCallsForTeamOf(3)).isEqualTo(storeCallsForTeamOf(300));
    }

    private static int storeCallsForTeamOf(int size) {
        InMemoryStorage storage = InMemoryStorage.create();
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger counting = new AtomicInteger();
        StorageProvider counted = (StorageProvider) Proxy.newProxyInstance(StorageProvider.class.getClassLoader(),
                new Class<?>[] {StorageProvider.class}, (proxy, method, args) -> {
                    Object store = method.invoke(storage, args);
                    if (!method.getName().equals("positionings") && !method.getName().equals("jobAssignments")
                            && !method.getName().equals("competencyCatalog")) {
                        return store;
                    }
                    return Proxy.newProxyInstance(StorageProvider.class.getClassLoader(),
                            store.getClass().getInterfaces(), (p, m, a) -> {
                                if (counting.get() == 1) {
                                    calls.incrementAndGet();
                                }
                                try {
                                    return m.invoke(store, a);
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                });
        ConseillerCarriereRetraite world = new ConseillerCarriereRetraite(counted).withJob().withTeam();
        java.util.Set<UserId> team = new java.util.HashSet<>(List.of(ROBERT, DINO, MEDINE));
        for (int i = 3; i < size; i++) {
            UserId extra = UserId.of("collaborator-" + i);
            world.directory.managers.put(extra, java.util.Set.of(MANAGER.id()));
            world.lms.competencies().positionings().assignJob(ConseillerCarriereRetraite.ADMIN, extra, ConseillerCarriereRetraite.JOB);
            world.position(MANAGER, extra, ConseillerCarriereRetraite.allCodes().get(0), LevelValue.of("3"));
            team.add(extra);
        }
        world.directory.team.put(MANAGER.id(), team);
        counting.set(1);
        List<CompetencyViews.TeamRow> rows = world.lms.competencies().views().teamView(MANAGER, Optional.empty(), CompetencyViews.TeamSort.NAME,
                false, CompetencyViews.Period.always());
        counting.set(0);
        assertThat(rows).hasSize(size);
        return calls.get();
    }
}
