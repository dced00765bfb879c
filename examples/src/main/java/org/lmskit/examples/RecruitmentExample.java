package org.lmskit.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.lmskit.core.Lms;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.recruitment.Candidate;
import org.lmskit.core.recruitment.CardResult;
import org.lmskit.core.recruitment.CardUpdate;
import org.lmskit.core.recruitment.Civility;
import org.lmskit.core.recruitment.Classification;
import org.lmskit.core.recruitment.ExperienceBracket;
import org.lmskit.core.recruitment.FollowUpCard;
import org.lmskit.core.recruitment.PerformedAction;
import org.lmskit.core.recruitment.PoolSearch;
import org.lmskit.core.recruitment.QuickAction;
import org.lmskit.core.recruitment.RecruitmentSettings;
import org.lmskit.core.recruitment.Situation;
import org.lmskit.core.recruitment.StudyLevel;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * Seed 004 in a few calls: the commission registers MBARKI Sofiane, a Divalto recruiter puts him in the
 * portfolio "to study later", lets the 30 days pass, is blocked from the pool, updates the card, and
 * reports that the candidate does not answer (the partner contact and the commission are notified).
 */
public final class RecruitmentExample {
    private RecruitmentExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        SteppingClock clock = new SteppingClock(Instant.parse("2019-05-03T14:25:00Z"));
        Actor commission = Actor.of("commission", Role.ADMINISTRATOR);
        Actor camille = Actor.of("camille", Role.RECRUITER);
        Lms lms = Lms.builder().storage(InMemoryStorage.create()).clock(clock)
                .recruitmentSettings(RecruitmentSettings.ofDefaults().withCommission(Set.of(UserId.of("commission-aar"))))
                .notifier(n -> out.println("notify " + n.recipients().stream().map(UserId::value).sorted().toList()
                        + " with " + n.template()))
                .directory(Directory.ofCompanies(Map.of(camille.id(), CompanyId.of("divalto"))))
                .build();

        lms.recruitment().pool().registerCandidate(commission, Candidate.builder()
                .id(CandidateId.of("mbarki")).civility(Civility.MR).lastName("MBARKI").firstName("Sofiane")
                .area("Alsace / Bas-Rhin").city("Strasbourg")
                .currentJobs(List.of("Responsable Service Desk", "Conseiller hotline"))
                .classification(Classification.ADAPTABLE).classifiedAt(Instant.parse("2019-04-25T10:00:00Z"))
                .studyLevel(StudyLevel.BAC_PLUS_2).experience(ExperienceBracket.FROM_1_TO_3_YEARS)
                .situation(Situation.JOB_SEEKING).situationChangedOn(LocalDate.of(2019, 4, 1))
                .submittedBy(UserId.of("pole-emploi-strasbourg")).documents(List.of("CV.pdf"))
                .build());

        PoolSearch hotline = PoolSearch.builder().currentJobs(Set.of("Conseiller hotline")).build();
        out.println("pool: " + lms.recruitment().pool().searchPool(camille, hotline, org.lmskit.spi.PageRequest.first(10))
                .total() + " candidate(s)");
        FollowUpCard card = lms.recruitment().cards().quickAction(camille, CandidateId.of("mbarki"), QuickAction.STUDY_LATER);
        out.println(card.title() + ": " + card.status().label() + ", due " + card.dueAt().orElseThrow());

        clock.advance(Duration.ofDays(31));
        try {
            lms.recruitment().pool().searchPool(camille, hotline, org.lmskit.spi.PageRequest.first(10));
        } catch (RuleRefusedException blocked) {
            out.println("refused: " + blocked.code() + " " + blocked.subjects().size() + " card(s) to update");
        }

        card = lms.recruitment().cards().updateCard(camille, card.id(), CardUpdate.of(card)
                .withActions(Set.of(PerformedAction.PROFILE_STUDY, PerformedAction.FIRST_CONTACT))
                .withNonResponse(true), card.version());
        out.println("after update: due " + card.dueAt().orElseThrow() + ", pool: "
                + lms.recruitment().pool().searchPool(camille, PoolSearch.builder().build(),
                org.lmskit.spi.PageRequest.first(10)).total() + " candidate(s) left to card");

        card = lms.recruitment().cards().updateCard(camille, card.id(), CardUpdate.of(card)
                .withResult(CardResult.FILE_ABANDONED), card.version());
        out.println("abandoned: " + card.status().label() + ", due " + card.dueAt().map(Instant::toString).orElse("never"));
    }

    /** A clock the example moves forward; a host passes {@code Clock.systemUTC()}. */
    private static final class SteppingClock extends Clock {
        private Instant now;

        SteppingClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
