package org.lmskit.app.recruitment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lmskit.core.Lms;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.recruitment.Candidate;
import org.lmskit.core.recruitment.CardUpdate;
import org.lmskit.core.recruitment.Civility;
import org.lmskit.core.recruitment.Classification;
import org.lmskit.core.recruitment.ExperienceBracket;
import org.lmskit.core.recruitment.FollowUpCard;
import org.lmskit.core.recruitment.Mastery;
import org.lmskit.core.recruitment.PerformedAction;
import org.lmskit.core.recruitment.QuickAction;
import org.lmskit.core.recruitment.RecruitmentSettings;
import org.lmskit.core.recruitment.Situation;
import org.lmskit.core.recruitment.SkillTheme;
import org.lmskit.core.recruitment.StudyLevel;
import org.lmskit.core.recruitment.TrainingLink;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.StorageProvider;

/**
 * Seed 004's pool as demo data: DELEAN Julien, Anaïs, HATTERER Pierre, MBARKI Sofiane, CORBE Jean François and
 * POLMAN Nicolas; Divalto with FERRENBACH Camille (whose card for MBARKI is 15 days past its deadline, so her
 * pool search is blocked) and Luc; Sogeti with Olivier.
 */
public final class RecruitmentDemo {
    public static final CompanyId DIVALTO = CompanyId.of("divalto");
    public static final CompanyId SOGETI = CompanyId.of("sogeti");
    public static final Actor CAMILLE = Actor.of("camille", Role.RECRUITER);
    public static final Actor LUC = Actor.of("luc", Role.RECRUITER);
    public static final Actor OLIVIER = Actor.of("olivier", Role.RECRUITER);
    public static final Map<UserId, CompanyId> COMPANIES = Map.of(CAMILLE.id(), DIVALTO, LUC.id(), DIVALTO,
            OLIVIER.id(), SOGETI);
    /** The employment partner's contact who submitted the candidates, and the commission's desk. */
    public static final UserId PARTNER = UserId.of("pole-emploi-strasbourg");
    public static final UserId COMMISSION_DESK = UserId.of("commission-aar");
    public static final RecruitmentSettings SETTINGS = RecruitmentSettings.ofDefaults()
            .withCommission(Set.of(COMMISSION_DESK));
    private static final Instant SESSION = Instant.parse("2018-10-18T10:00:00Z");

    private RecruitmentDemo() {
    }

    /** Loads once per storage; {@code commission} registers the candidates. */
    public static void load(Lms lms, StorageProvider storage, Actor commission) {
        try {
            lms.recruitment().pool().candidate(commission, CandidateId.of("delean"));
            return;
        } catch (NotFoundException absent) {
            // first start on this storage
        }
        candidates().forEach(c -> lms.recruitment().pool().registerCandidate(commission, c));

        // Camille opened MBARKI's card 45 days ago: 30 days in study, so 15 days overdue today
        Lms fortyFiveDaysAgo = Lms.builder().storage(storage).recruitmentSettings(SETTINGS)
                .clock(Clock.offset(lms.clock(), Duration.ofDays(-45)))
                .directory(Directory.ofCompanies(COMPANIES)).build();
        fortyFiveDaysAgo.recruitment().cards().quickAction(CAMILLE, CandidateId.of("mbarki"), QuickAction.STUDY_LATER);

        FollowUpCard hatterer = lms.recruitment().cards().quickAction(LUC, CandidateId.of("hatterer"),
                QuickAction.POTENTIAL_RECRUITMENT);
        lms.recruitment().cards().updateCard(LUC, hatterer.id(), CardUpdate.of(hatterer)
                .withActions(Set.of(PerformedAction.PROFILE_STUDY, PerformedAction.CV_ANALYSIS,
                        PerformedAction.FIRST_CONTACT)), hatterer.version());
        lms.recruitment().cards().quickAction(OLIVIER, CandidateId.of("delean"), QuickAction.STUDY_LATER);
    }

    private static List<Candidate> candidates() {
        return List.of(
                candidate("delean", Civility.MR, "DELEAN", "Julien", List.of("Consultant métier", "Analyste fonctionnel",
                        "Architecte logiciel", "Architecte infrastructure"), Classification.EMPLOYABLE,
                        StudyLevel.BAC_PLUS_5, ExperienceBracket.MORE_THAN_10_YEARS,
                        List.of(new Candidate.Skill(SkillTheme.METHODOLOGIES, "Conception agile", Mastery.EXPERIENCED))),
                candidate("anais", Civility.MRS, "MEYER", "Anaïs", List.of("Analyste fonctionnel", "Conseiller hotline"),
                        Classification.EMPLOYABLE, StudyLevel.BAC_PLUS_5, ExperienceBracket.LESS_THAN_1_YEAR,
                        List.of(new Candidate.Skill(SkillTheme.SOFTWARE_CMS, "Wordpress", Mastery.BEGINNER),
                                new Candidate.Skill(SkillTheme.SOFTWARE_HELPDESK, "Outil ticketing", Mastery.BEGINNER),
                                new Candidate.Skill(SkillTheme.METHODOLOGIES, "SCRUM", Mastery.BEGINNER))),
                candidate("hatterer", Civility.MR, "HATTERER", "Pierre", List.of("Administrateur Système / Réseaux"),
                        Classification.EMPLOYABLE, StudyLevel.BAC_PLUS_2, ExperienceBracket.FROM_3_TO_5_YEARS,
                        List.of(new Candidate.Skill(SkillTheme.TECH_NETWORK, "VPN", Mastery.EXPERIENCED),
                                new Candidate.Skill(SkillTheme.TECH_OS, "Windows", Mastery.OPERATIONAL))),
                candidate("mbarki", Civility.MR, "MBARKI", "Sofiane", List.of("Responsable Service Desk",
                        "Conseiller hotline", "Technicien assistance sur site", "Technicien de maintenance"),
                        Classification.ADAPTABLE, StudyLevel.BAC_PLUS_2, ExperienceBracket.FROM_1_TO_3_YEARS,
                        List.of(new Candidate.Skill(SkillTheme.SOFTWARE_HELPDESK, "Outil ticketing", Mastery.OPERATIONAL))),
                candidate("corbe", Civility.MR, "CORBE", "Jean François", List.of("Technicien de maintenance"),
                        Classification.EMPLOYABLE, StudyLevel.BAC, ExperienceBracket.FROM_5_TO_10_YEARS, List.of()),
                candidate("polman", Civility.MR, "POLMAN", "Nicolas", List.of("Développeur"), Classification.ADAPTABLE,
                        StudyLevel.BAC_PLUS_3, ExperienceBracket.LESS_THAN_1_YEAR,
                        List.of(new Candidate.Skill(SkillTheme.DEV_LANGUAGE, "Java", Mastery.BEGINNER))));
    }

    private static Candidate candidate(String id, Civility civility, String lastName, String firstName,
                                       List<String> jobs, Classification classification, StudyLevel study,
                                       ExperienceBracket experience, List<Candidate.Skill> skills) {
        List<Candidate.TrainingInterest> trainings = classification == Classification.ADAPTABLE
                ? List.of(new Candidate.TrainingInterest("FIS-3-mois-support", TrainingLink.INTEREST)) : List.of();
        return new Candidate(CandidateId.of(id), civility, lastName, firstName, "Alsace / Bas-Rhin", "Strasbourg", jobs,
                classification, SESSION, study, experience, skills, trainings, Situation.JOB_SEEKING,
                LocalDate.of(2018, 10, 1), PARTNER, List.of("CV.pdf"), 0);
    }
}
