package org.lmskit.core.competency;

import org.lmskit.core.assembly.Ports;
import org.lmskit.core.internal.Operations;

/**
 * The competency capability's services (seeds 000 and 002), assembled once by {@code Lms}: the catalogue,
 * learners' jobs and positionings, gap views, interim reviews, and the {@link AcquiredLevels} port other
 * capabilities read levels through.
 */
public final class CompetencyCapability {
    private final CompetencyCatalogue catalogue;
    private final CompetencyFrameworks frameworks;
    private final Positionings positionings;
    private final GapViews views;
    private final ReviewService reviews;
    private final AcquiredLevels levels;

    private CompetencyCapability(CompetencyContext ctx) {
        catalogue = new CompetencyCatalogue(ctx);
        frameworks = new CompetencyFrameworks(ctx, catalogue);
        positionings = new Positionings(ctx);
        views = new GapViews(ctx);
        reviews = new ReviewService(ctx);
        levels = new LevelGridReader(ctx);
    }

    /** {@code policy} decides an acquired level; {@code trainings} lists the trainings offered for a gap. */
    public static CompetencyCapability assemble(Ports ports, AcquisitionPolicy policy, TrainingCatalog trainings) {
        return new CompetencyCapability(new CompetencyContext(ports.storage(),
                Operations.of(ports, "competency", CompetencyEvent.Refused::new), ports.directory(), ports.ids(), policy, trainings));
    }

    /** Scales, competencies, profiles and jobs. */
    public CompetencyCatalogue catalogue() {
        return catalogue;
    }

    /** Competency frameworks imported from and exported as IMS CASE packages. */
    public CompetencyFrameworks frameworks() {
        return frameworks;
    }

    /** Target jobs and positionings. */
    public Positionings positionings() {
        return positionings;
    }

    /** Job views, comparisons with another job, team views. */
    public GapViews views() {
        return views;
    }

    /** Interim reviews: drafts, finalization, unlocking, comparison, grade out of 20. */
    public ReviewService reviews() {
        return reviews;
    }

    /** For the library's other capabilities; reads without an acting user (see {@link AcquiredLevels}). */
    public AcquiredLevels acquiredLevels() {
        return levels;
    }
}
