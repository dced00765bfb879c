package org.lmskit.core.competency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.competency.Catalogue.Job;
import org.lmskit.core.competency.Catalogue.Profile;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.ScaleId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;

/**
 * What the services of the competency capability share: the stores, the operation kernel, the directory, the
 * gap calculator with the host's acquisition policy, the access policy, and the catalogue reads several
 * services make (one store call per kind of record, whatever the number of jobs or competencies).
 */
final class CompetencyContext {
    final StorageProvider storage;
    final Operations ops;
    final AuditWriter audit;
    final Directory directory;
    final java.util.function.Supplier<String> ids;
    final GapCalculator gaps;
    final TrainingCatalog trainings;
    final CompetencyAccess access;

    CompetencyContext(StorageProvider storage, Operations ops, Directory directory, java.util.function.Supplier<String> ids,
                      AcquisitionPolicy policy, TrainingCatalog trainings) {
        this.storage = storage;
        this.ops = ops;
        this.audit = ops.audit();
        this.directory = directory;
        this.ids = ids;
        this.gaps = new GapCalculator(policy, trainings);
        this.trainings = trainings;
        this.access = new CompetencyAccess(directory);
    }

    /** The read rule, required arguments first. */
    void read(Actor actor, UserId learner) {
        Operations.requireActor(actor);
        Operations.required("learner", learner);
        ops.permit(actor, access.read(actor, learner));
    }

    Scale scale(ScaleId id) {
        Operations.required("scaleId", id);
        if (id.equals(Scale.DEFAULT_ID)) {
            return storage.competencyCatalog().findScale(id.value()).map(CompetencyRecords::scale)
                    .orElseGet(Scale::ofDefaults);
        }
        return storage.competencyCatalog().findScale(id.value()).map(CompetencyRecords::scale)
                .orElseThrow(() -> new NotFoundException("scale", id.value()));
    }

    Competency competency(CompetencyCode code) {
        Operations.required("code", code);
        return storage.competencyCatalog().findCompetency(code.value()).map(CompetencyRecords::competency)
                .orElseThrow(() -> new NotFoundException("competency", code.value()));
    }

    Job job(JobId id) {
        Operations.required("jobId", id);
        return storage.competencyCatalog().findJob(id.value()).map(CompetencyRecords::job)
                .orElseThrow(() -> new NotFoundException("job", id.value()));
    }


    Positioning appendReviewPositioning(Actor actor, UserId learner, CompetencyCode code, LevelValue level, Instant at) {
        return CompetencyRecords.positioning(storage.positionings().append(new NewPositioningRecord(learner.value(),
                code.value(), level.code(), Source.REVIEW.name(), actor.id().value(), at, Optional.empty(),
                Optional.empty())));
    }

    /** The scale of each competency, with one call for the competencies and one for their scales. */
    Map<CompetencyCode, Scale> scalesOf(Collection<CompetencyCode> codes) {
        List<Competency> found = storage.competencyCatalog()
                .findCompetencies(codes.stream().map(CompetencyCode::value).toList()).stream()
                .map(CompetencyRecords::competency).toList();
        Map<ScaleId, Scale> scales = new HashMap<>();
        storage.competencyCatalog().findScales(found.stream().map(c -> c.scale().value()).collect(Collectors.toSet()))
                .forEach(r -> scales.put(ScaleId.of(r.scaleId()), CompetencyRecords.scale(r)));
        scales.putIfAbsent(Scale.DEFAULT_ID, Scale.ofDefaults());
        Map<CompetencyCode, Scale> byCode = new HashMap<>();
        found.forEach(c -> byCode.put(c.code(), scales.get(c.scale())));
        for (CompetencyCode code : codes) {
            if (byCode.get(code) == null) {
                throw new NotFoundException("competency", code.value());
            }
        }
        return byCode;
    }

    GapCalculator.JobContext context(Job job) {
        return contexts(List.of(job)).values().iterator().next();
    }

    Map<String, GapCalculator.JobContext> contexts(Collection<String> jobIds) {
        if (jobIds.isEmpty()) {
            return Map.of();
        }
        return contexts(storage.competencyCatalog().findJobs(jobIds).stream().map(CompetencyRecords::job).toList());
    }

    /** Loads what the jobs need with one call per kind of record. */
    Map<String, GapCalculator.JobContext> contexts(List<Job> jobs) {
        Set<String> profileIds = jobs.stream().flatMap(j -> j.profiles().stream()).map(ProfileId::value)
                .collect(Collectors.toSet());
        Map<ProfileId, Profile> profiles = storage.competencyCatalog().findProfiles(profileIds).stream()
                .map(CompetencyRecords::profile).collect(Collectors.toMap(Profile::id, Function.identity()));
        Set<String> codes = profiles.values().stream().flatMap(p -> p.competencies().stream())
                .map(CompetencyCode::value).collect(Collectors.toSet());
        Map<CompetencyCode, Competency> competencies = storage.competencyCatalog().findCompetencies(codes).stream()
                .map(CompetencyRecords::competency).collect(Collectors.toMap(Competency::code, Function.identity()));
        Set<String> scaleIds = competencies.values().stream().map(c -> c.scale().value()).collect(Collectors.toSet());
        Map<ScaleId, Scale> scales = new HashMap<>();
        storage.competencyCatalog().findScales(scaleIds).forEach(r -> scales.put(ScaleId.of(r.scaleId()),
                CompetencyRecords.scale(r)));
        scales.putIfAbsent(Scale.DEFAULT_ID, Scale.ofDefaults());
        Map<String, GapCalculator.JobContext> byJob = new HashMap<>();
        for (Job job : jobs) {
            List<Profile> jobProfiles = new ArrayList<>();
            for (ProfileId id : job.profiles()) {
                Profile profile = profiles.get(id);
                if (profile == null) {
                    throw InvalidInputException.of("profiles", "profile '" + id + "' does not exist");
                }
                jobProfiles.add(profile);
                for (CompetencyCode code : profile.competencies()) {
                    Competency competency = competencies.get(code);
                    if (competency == null || !scales.containsKey(competency.scale())) {
                        throw new NotFoundException("competency", code.value());
                    }
                }
            }
            byJob.put(job.id().value(), new GapCalculator.JobContext(job, jobProfiles, competencies, scales));
        }
        return byJob;
    }

    List<Competency> competencies(List<CompetencyCode> codes) {
        List<Competency> found = storage.competencyCatalog()
                .findCompetencies(codes.stream().map(CompetencyCode::value).toList()).stream()
                .map(CompetencyRecords::competency).toList();
        Set<CompetencyCode> known = found.stream().map(Competency::code).collect(Collectors.toSet());
        codes.stream().filter(c -> !known.contains(c)).findFirst().ifPresent(c -> {
            throw InvalidInputException.of("competencies", "competency '" + c + "' does not exist");
        });
        return found;
    }

    List<Positioning> positionings(Set<UserId> learners, CompetencyViews.Period period) {
        if (learners.isEmpty()) {
            return List.of();
        }
        List<PositioningRecord> records = storage.positionings().find(new PositioningQuery(
                learners.stream().map(UserId::value).collect(Collectors.toSet()), period.from(), period.to()));
        PositioningConverter converter = new PositioningConverter(learners);
        List<Positioning> positionings = new ArrayList<>(records.size());
        for (PositioningRecord r : records) {
            positionings.add(converter.convert(r));
        }
        return positionings;
    }

    static Map<UserId, Map<CompetencyCode, List<Positioning>>> byCompetency(List<Positioning> positionings) {
        Map<UserId, Map<CompetencyCode, List<Positioning>>> grouped = new HashMap<>();
        for (Positioning p : positionings) {
            grouped.computeIfAbsent(p.learner(), k -> new HashMap<>())
                    .computeIfAbsent(p.competency(), k -> new ArrayList<>()).add(p);
        }
        return grouped;
    }

}
