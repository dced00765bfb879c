package org.lmskit.core.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lmskit.core.Lms;
import org.lmskit.core.MovableClock;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.notification.Notification;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/** Seed 004's pool and two companies on in-memory storage, with a clock the test moves. */
final class RecruitmentWorld {
    static final CompanyId DIVALTO = CompanyId.of("divalto");
    static final CompanyId OTHER = CompanyId.of("sogeti");
    static final Actor COMMISSION = Actor.of("commission", Role.ADMINISTRATOR);
    /** FERRENBACH Camille, the seed's recruiter at Divalto. */
    static final Actor CAMILLE = Actor.of("camille", Role.RECRUITER);
    static final Actor LUC = Actor.of("luc", Role.RECRUITER);
    static final Actor OLGA = Actor.of("olga", Role.RECRUITER);
    static final Actor NOBODY_S_RECRUITER = Actor.of("nadia", Role.RECRUITER);
    static final Actor LEARNER = Actor.of("alice", Role.LEARNER);
    static final UserId PARTNER = UserId.of("pole-emploi-contact");
    static final UserId COMMISSION_DESK = UserId.of("commission-desk");
    /** Friday 3 May 2019, 14:25 UTC: MBARKI's card in the seed was created then. */
    static final Instant START = Instant.parse("2019-05-03T14:25:00Z");

    final MovableClock clock = new MovableClock(START);
    final InMemoryStorage storage = InMemoryStorage.create();
    final List<LmsEvent> events = new CopyOnWriteArrayList<>();
    final List<Notification> notifications = new CopyOnWriteArrayList<>();
    final Lms lms = Lms.builder().storage(storage).clock(clock).eventPublisher(events::add)
            .notifier(notifications::add)
            .recruitmentSettings(RecruitmentSettings.ofDefaults().withCommission(Set.of(COMMISSION_DESK)))
            .directory(Directory.ofCompanies(Map.of(CAMILLE.id(), DIVALTO, LUC.id(), DIVALTO, OLGA.id(), OTHER)))
            .build();
    final RecruitmentCapability recruitment = lms.recruitment();

    final Candidate delean = register(candidate("delean", Civility.MR, "DELEAN", "Julien")
            .jobs("Consultant métier", "Analyste fonctionnel", "Architecte logiciel", "Architecte infrastructure")
            .study(StudyLevel.BAC_PLUS_5).experience(ExperienceBracket.MORE_THAN_10_YEARS).build());
    final Candidate anais = register(candidate("anais", Civility.MRS, "KLEIN", "Anaïs")
            .jobs("Analyste fonctionnel", "Conseiller hotline")
            .study(StudyLevel.BAC_PLUS_5).experience(ExperienceBracket.LESS_THAN_1_YEAR).build());
    final Candidate hatterer = register(candidate("hatterer", Civility.MR, "HATTERER", "Pierre")
            .jobs("Administrateur Système / Réseaux").study(StudyLevel.BAC_PLUS_2)
            .experience(ExperienceBracket.FROM_3_TO_5_YEARS)
            .skills(new Candidate.Skill(SkillTheme.TECH_NETWORK, "VPN", Mastery.EXPERIENCED)).build());
    final Candidate mbarki = register(candidate("mbarki", Civility.MR, "MBARKI", "Sofiane")
            .jobs("Responsable Service Desk", "Conseiller hotline", "Technicien assistance sur site",
                    "Technicien de maintenance")
            .classification(Classification.ADAPTABLE).study(StudyLevel.BAC_PLUS_2)
            .experience(ExperienceBracket.FROM_1_TO_3_YEARS)
            .skills(new Candidate.Skill(SkillTheme.SOFTWARE_HELPDESK, "Outil ticketing", Mastery.BEGINNER)).build());

    Candidate register(Candidate candidate) {
        return recruitment.pool().registerCandidate(COMMISSION, candidate);
    }

    static CandidateBuilder candidate(String id, Civility civility, String lastName, String firstName) {
        return new CandidateBuilder(id, civility, lastName, firstName);
    }

    <T extends LmsEvent> List<T> events(Class<T> type) {
        List<T> found = new ArrayList<>();
        events.stream().filter(type::isInstance).map(type::cast).forEach(found::add);
        return found;
    }

    /** Builds seed-shaped candidates: Bas-Rhin, Strasbourg, employable, job seeking. */
    static final class CandidateBuilder {
        private final String id;
        private final Civility civility;
        private final String lastName;
        private final String firstName;
        private List<String> jobs = List.of("Analyste fonctionnel");
        private Classification classification = Classification.EMPLOYABLE;
        private Instant classifiedAt = Instant.parse("2018-10-18T10:00:00Z");
        private StudyLevel study = StudyLevel.BAC;
        private ExperienceBracket experience = ExperienceBracket.LESS_THAN_1_YEAR;
        private List<Candidate.Skill> skills = List.of();
        private String area = "Alsace / Bas-Rhin";

        CandidateBuilder(String id, Civility civility, String lastName, String firstName) {
            this.id = id;
            this.civility = civility;
            this.lastName = lastName;
            this.firstName = firstName;
        }

        CandidateBuilder jobs(String... values) {
            jobs = List.of(values);
            return this;
        }

        CandidateBuilder classification(Classification value) {
            classification = value;
            return this;
        }

        CandidateBuilder classifiedAt(Instant value) {
            classifiedAt = value;
            return this;
        }

        CandidateBuilder study(StudyLevel value) {
            study = value;
            return this;
        }

        CandidateBuilder experience(ExperienceBracket value) {
            experience = value;
            return this;
        }

        CandidateBuilder skills(Candidate.Skill... values) {
            skills = List.of(values);
            return this;
        }

        CandidateBuilder area(String value) {
            area = value;
            return this;
        }

        Candidate build() {
            return new Candidate(CandidateId.of(id), civility, lastName, firstName, area, "Strasbourg", jobs,
                    classification, classifiedAt, study, experience, skills, List.of(), Situation.JOB_SEEKING,
                    LocalDate.of(2018, 10, 1), PARTNER, List.of("CV.pdf"), 0);
        }
    }
}
