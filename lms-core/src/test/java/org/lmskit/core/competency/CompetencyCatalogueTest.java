package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ADMIN;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MANAGER;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.Violation;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.ScaleId;

/** The catalogue's own rules: administrators only, thresholds that fit their scale, what a definition returns. */
class CompetencyCatalogueTest {
    private final ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob();
    private final CompetencyCatalogue catalogue = world.lms.competencies().catalogue();
    private final Catalogue.Competency first = catalogue.competency(ConseillerCarriereRetraite.allCodes().get(0));

    @Test
    void only_an_administrator_defines_scales_competencies_and_profiles() {
        Scale scale = new Scale(ScaleId.of("trois"), "Trois niveaux", List.of(new ScaleLevel("A", "A", ""),
                new ScaleLevel("B", "B", ""), new ScaleLevel("C", "C", "")), true, 0);
        Catalogue.Competency competency = new Catalogue.Competency(CompetencyCode.of("NEW-1"), "Nouvelle", "",
                Scale.DEFAULT_ID, ScoreThresholds.evenlyOver(Scale.ofDefaults()), 0);
        Catalogue.Profile profile = new Catalogue.Profile(ProfileId.of("new-profile"), "Nouveau", List.of(first.code()), 0);

        assertThatThrownBy(() -> catalogue.defineScale(MANAGER, scale)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> catalogue.defineCompetency(MANAGER, competency))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> catalogue.defineProfile(MANAGER, profile)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> catalogue.scale(ScaleId.of("trois"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalogue.competency(CompetencyCode.of("NEW-1"))).isInstanceOf(NotFoundException.class);

        assertThat(catalogue.defineScale(ADMIN, scale)).isEqualTo(catalogue.scale(ScaleId.of("trois")));
        assertThat(catalogue.defineCompetency(ADMIN, competency)).isEqualTo(catalogue.competency(competency.code()));
        Catalogue.Profile stored = catalogue.defineProfile(ADMIN, profile);
        assertThat(stored).isEqualTo(catalogue.profile(profile.id()));
        assertThat(stored.competencies()).containsExactly(first.code());
    }

    @Test
    void thresholds_must_fit_the_competency_s_scale() {
        ScoreThresholds misfit = new ScoreThresholds(List.of(new ScoreThresholds.Threshold(BigDecimal.ZERO, "1"),
                new ScoreThresholds.Threshold(new BigDecimal("50"), "Z")));

        assertThatThrownBy(() -> catalogue.defineCompetency(ADMIN, new Catalogue.Competency(first.code(), first.title(),
                first.description(), first.scale(), misfit, first.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("thresholds[1].levelCode"));
        assertThat(catalogue.competency(first.code())).isEqualTo(first);
    }
}
