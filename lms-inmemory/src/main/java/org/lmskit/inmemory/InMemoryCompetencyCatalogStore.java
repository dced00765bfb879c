package org.lmskit.inmemory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.competency.CompetencyCatalogStore;
import org.lmskit.spi.competency.CompetencyRecord;
import org.lmskit.spi.competency.JobRecord;
import org.lmskit.spi.competency.ProfileRecord;
import org.lmskit.spi.competency.ScaleRecord;
import static org.lmskit.inmemory.InMemoryCompetencyStores.*;

final class InMemoryCompetencyCatalogStore implements CompetencyCatalogStore {
    private final VersionedTable<String, ScaleRecord> scales;
    private final VersionedTable<String, CompetencyRecord> competencies;
    private final VersionedTable<String, ProfileRecord> profiles;
    private final VersionedTable<String, JobRecord> jobs;

    InMemoryCompetencyCatalogStore(InMemoryTransactions tx) {
        scales = new VersionedTable<>("scale", tx, ScaleRecord::scaleId, ScaleRecord::version, ScaleRecord::withVersion);
        competencies = new VersionedTable<>("competency", tx, CompetencyRecord::code, CompetencyRecord::version,
                CompetencyRecord::withVersion);
        profiles = new VersionedTable<>("profile", tx, ProfileRecord::profileId, ProfileRecord::version,
                ProfileRecord::withVersion);
        jobs = new VersionedTable<>("job", tx, JobRecord::jobId, JobRecord::version, JobRecord::withVersion);
    }

    @Override
    public Optional<ScaleRecord> findScale(String scaleId) {
        return scales.find(scaleId);
    }

    @Override
    public List<ScaleRecord> findScales(Collection<String> scaleIds) {
        return sortedFind(scales, scaleIds, ScaleRecord::scaleId);
    }

    @Override
    public ScaleRecord insertScale(ScaleRecord scale) {
        return scales.insert(scale);
    }

    @Override
    public ScaleRecord updateScale(ScaleRecord scale) {
        return scales.update(scale);
    }

    @Override
    public Optional<CompetencyRecord> findCompetency(String code) {
        return competencies.find(code);
    }

    @Override
    public List<CompetencyRecord> findCompetencies(Collection<String> codes) {
        return sortedFind(competencies, codes, CompetencyRecord::code);
    }

    @Override
    public CompetencyRecord insertCompetency(CompetencyRecord competency) {
        return competencies.insert(competency);
    }

    @Override
    public CompetencyRecord updateCompetency(CompetencyRecord competency) {
        return competencies.update(competency);
    }

    @Override
    public List<ProfileRecord> findProfiles(Collection<String> profileIds) {
        return sortedFind(profiles, profileIds, ProfileRecord::profileId);
    }

    @Override
    public ProfileRecord insertProfile(ProfileRecord profile) {
        return profiles.insert(profile);
    }

    @Override
    public ProfileRecord updateProfile(ProfileRecord profile) {
        return profiles.update(profile);
    }

    @Override
    public Optional<JobRecord> findJob(String jobId) {
        return jobs.find(jobId);
    }

    @Override
    public List<JobRecord> findJobs(Collection<String> jobIds) {
        return sortedFind(jobs, jobIds, JobRecord::jobId);
    }

    @Override
    public JobRecord insertJob(JobRecord job) {
        return jobs.insert(job);
    }

    @Override
    public JobRecord updateJob(JobRecord job) {
        return jobs.update(job);
    }
}
