package org.lmskit.core.competency;

import java.util.List;
import org.lmskit.core.id.CompetencyCode;

/** The host's catalogue: which trainings target a competency (seed 000, "Voir les formations liées"). */
@FunctionalInterface
public interface TrainingCatalog {

    /** The host's trainings that target {@code competency} (seed 000, "Voir les formations liées"). */
    List<CompetencyViews.Training> trainingsFor(CompetencyCode competency);

    /** No trainings. */
    static TrainingCatalog empty() {
        return competency -> List.of();
    }
}
