package org.lmskit.core.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lmskit.core.error.PermissionDeniedException;

/** Seed 004: the commission registers and changes candidates; recruiters of a company read them. */
class CandidatePoolTest {
    private final RecruitmentWorld world = new RecruitmentWorld();
    private final CandidatePool pool = world.recruitment.pool();

    @Test
    void a_recruiter_reads_a_candidate_but_does_not_change_one() {
        Candidate anais = world.anais;

        assertThat(pool.candidate(RecruitmentWorld.LUC, anais.id())).isEqualTo(anais);
        assertThat(pool.candidate(RecruitmentWorld.COMMISSION, anais.id())).isEqualTo(anais);
        assertThatThrownBy(() -> pool.candidate(RecruitmentWorld.NOBODY_S_RECRUITER, anais.id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> pool.updateCandidate(RecruitmentWorld.LUC, anais.toBuilder().city("Colmar").build()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(pool.candidate(RecruitmentWorld.LUC, anais.id()).city()).isEqualTo(anais.city());
    }
}
