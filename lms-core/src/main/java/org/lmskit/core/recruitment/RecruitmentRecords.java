package org.lmskit.core.recruitment;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CardId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.recruitment.CandidateQuery;
import org.lmskit.spi.recruitment.CandidateRecord;
import org.lmskit.spi.recruitment.CardQuery;
import org.lmskit.spi.recruitment.FollowUpCardRecord;
import org.lmskit.spi.recruitment.RecruitmentRecord;
import org.lmskit.spi.recruitment.SkillRecord;
import org.lmskit.spi.recruitment.TrainingInterestRecord;

/** Maps the capability's model to the SPI's stored records and criteria, and back. */
final class RecruitmentRecords {
    private RecruitmentRecords() {
    }

    static CandidateRecord record(Candidate c) {
        return new CandidateRecord(c.id().value(), c.civility().name(), c.lastName(), c.firstName(), c.area(), c.city(),
                c.currentJobs(), c.classification().name(), c.classifiedAt(), c.studyLevel().name(),
                c.experience().name(),
                c.skills().stream().map(s -> new SkillRecord(s.theme().name(), s.name(), s.mastery().name())).toList(),
                c.trainings().stream().map(t -> new TrainingInterestRecord(t.training(), t.link().name())).toList(),
                c.situation().name(), c.situationChangedOn(), c.submittedBy().value(), c.documents(), c.version());
    }

    static Candidate candidate(CandidateRecord r) {
        return new Candidate(CandidateId.of(r.candidateId()), Civility.valueOf(r.civility()), r.lastName(),
                r.firstName(), r.area(), r.city(), r.currentJobs(), Classification.valueOf(r.classification()),
                r.classifiedAt(), StudyLevel.valueOf(r.studyLevel()), ExperienceBracket.valueOf(r.experience()),
                r.skills().stream().map(s -> new Candidate.Skill(SkillTheme.valueOf(s.theme()), s.name(),
                        Mastery.valueOf(s.mastery()))).toList(),
                r.trainings().stream().map(t -> new Candidate.TrainingInterest(t.training(),
                        TrainingLink.valueOf(t.link()))).toList(),
                Situation.valueOf(r.situation()), r.situationChangedOn(), UserId.of(r.submittedBy()), r.documents(),
                r.version());
    }

    static FollowUpCardRecord record(FollowUpCard c) {
        return new FollowUpCardRecord(c.id().value(), c.company().value(), c.candidate().value(), c.title(),
                c.createdBy().value(), c.result().name(), c.status().name(), ordered(c.actions()), c.nonResponse(),
                c.comment(), ordered(c.rejectionCauses()),
                c.recruitment().map(f -> new RecruitmentRecord(f.recruitedOn(), f.contractType().name(), f.contractEnd(),
                        f.state().name())),
                c.createdAt(), c.updatedAt(), c.updatedBy().value(), c.dueAt(), c.version());
    }

    static FollowUpCard card(FollowUpCardRecord r) {
        return new FollowUpCard(CardId.of(r.cardId()), CompanyId.of(r.companyId()), CandidateId.of(r.candidateId()),
                r.title(), UserId.of(r.createdBy()), CardResult.valueOf(r.result()), CardStatus.valueOf(r.status()),
                enums(PerformedAction.class, r.actions()), r.nonResponse(), r.comment(),
                enums(RejectionCause.class, r.rejectionCauses()),
                r.recruitment().map(f -> new RecruitmentFollowUp(f.recruitedOn(), ContractType.valueOf(f.contractType()),
                        f.contractEnd(), RecruitmentState.valueOf(f.state()))),
                r.createdAt(), r.updatedAt(), UserId.of(r.updatedBy()), r.dueAt(), r.version());
    }

    static CandidateQuery query(PoolSearch s, CompanyId hideCardedBy, org.lmskit.spi.PageRequest page) {
        return new CandidateQuery(s.areas(), s.nameContains(), s.currentJobs(), names(s.studyLevels()),
                names(s.experiences()), names(s.skillThemes()), names(s.masteries()), s.trainings(),
                names(s.trainingLinks()), names(s.classifications()), s.classifiedFrom(), s.classifiedBefore(),
                s.situationChangedFrom(), java.util.Optional.ofNullable(hideCardedBy).map(CompanyId::value), page);
    }

    static CardQuery query(PortfolioSearch s, CompanyId company, Set<String> createdBy, org.lmskit.spi.PageRequest page) {
        return new CardQuery(company.value(), s.areas(), s.nameContains(), createdBy, s.currentJobs(),
                names(s.classifications()), names(s.statuses()), names(s.results()), names(s.actions()),
                s.nonResponse(), names(s.skillThemes()), names(s.masteries()), s.createdFrom(), s.dueBefore(), s.sort(),
                s.direction(), page);
    }

    /** Enum names in declaration order, so stored lists are stable. */
    static <E extends Enum<E>> List<String> ordered(Collection<E> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }

    private static <E extends Enum<E>> Set<String> names(Set<E> values) {
        return values.stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        names.forEach(n -> values.add(Enum.valueOf(type, n)));
        return values;
    }
}
