package org.lmskit.spi.competency;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The competency reference data: scales, competencies, profiles, jobs. One port because they are
 * read together, but each record keeps its own key and optimistic version. Inserts throw
 * {@link org.lmskit.spi.DuplicateKeyException}, stale updates {@link org.lmskit.spi.StaleVersionException}.
 */
public interface CompetencyCatalogStore {

    Optional<ScaleRecord> findScale(String scaleId);

    /** Ordered by scale id. */
    List<ScaleRecord> findScales(Collection<String> scaleIds);

    ScaleRecord insertScale(ScaleRecord scale);

    ScaleRecord updateScale(ScaleRecord scale);

    Optional<CompetencyRecord> findCompetency(String code);

    /** Ordered by code. */
    List<CompetencyRecord> findCompetencies(Collection<String> codes);

    CompetencyRecord insertCompetency(CompetencyRecord competency);

    CompetencyRecord updateCompetency(CompetencyRecord competency);

    /** Ordered by profile id. */
    List<ProfileRecord> findProfiles(Collection<String> profileIds);

    ProfileRecord insertProfile(ProfileRecord profile);

    ProfileRecord updateProfile(ProfileRecord profile);

    Optional<JobRecord> findJob(String jobId);

    /** Ordered by job id. */
    List<JobRecord> findJobs(Collection<String> jobIds);

    JobRecord insertJob(JobRecord job);

    JobRecord updateJob(JobRecord job);
}
