package org.lmskit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.adaptive.AdaptiveAccess;
import org.lmskit.core.adaptive.Course;
import org.lmskit.core.adaptive.EnrolmentType;
import org.lmskit.core.competency.CompetencyAccess;
import org.lmskit.core.competency.CompetencyRefusals;
import org.lmskit.core.competency.Source;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.recruitment.RecruitmentAccess;
import org.lmskit.core.recruitment.RecruitmentRefusals;
import org.lmskit.core.seats.Rotation;
import org.lmskit.core.seats.SeatAccess;
import org.lmskit.core.seats.SeatSession;
import org.lmskit.core.seats.SessionType;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each capability's access rules, tried alone on a small organisation chart: one test per rule and side. */
class AccessPoliciesTest {
    static final UserId LEA = UserId.of("lea");
    static final Actor LEARNER = Actor.of("lea", Role.LEARNER);
    static final Actor OTHER_LEARNER = Actor.of("tom", Role.LEARNER);
    static final Actor MANAGER = Actor.of("marc", Role.MANAGER);
    static final Actor OTHER_MANAGER = Actor.of("oscar", Role.MANAGER);
    static final Actor SUPERVISOR = Actor.of("sue", Role.SUPERVISOR);
    static final Actor COACH = Actor.of("cora", Role.TUTOR);
    static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    static final Actor DDFPT = Actor.of("dan", Role.DDFPT);
    /** A DDFPT and a supervisor of another establishment than lea's. */
    static final Actor OTHER_DDFPT = Actor.of("dora", Role.DDFPT);
    static final Actor OTHER_SUPERVISOR = Actor.of("saul", Role.SUPERVISOR);
    /** A supervisor the host does not list for lea, of lea's own organisation. */
    static final Actor ORGANISATION_SUPERVISOR = Actor.of("sam", Role.SUPERVISOR);
    static final Actor PILOT = Actor.of("paula", Role.PILOT);
    static final Actor OTHER_PILOT = Actor.of("olga", Role.PILOT);
    static final CompanyId MANPOWER = CompanyId.of("manpower");

    static final Directory CHART = new Directory() {
        @Override
        public Set<UserId> managersOf(UserId learner) {
            return learner.equals(LEA) ? Set.of(MANAGER.id()) : Set.of();
        }

        @Override
        public Set<UserId> supervisorsOf(UserId learner) {
            return learner.equals(LEA) ? Set.of(SUPERVISOR.id()) : Set.of();
        }

        @Override
        public Set<UserId> coachesOf(UserId learner) {
            return learner.equals(LEA) ? Set.of(COACH.id()) : Set.of();
        }

        @Override
        public Optional<CompanyId> companyOf(UserId user) {
            if (user.equals(OTHER_DDFPT.id()) || user.equals(OTHER_SUPERVISOR.id())) {
                return Optional.of(CompanyId.of("lycee-voisin"));
            }
            return user.equals(PILOT.id()) || user.equals(MANAGER.id()) ? Optional.of(MANPOWER)
                    : Optional.of(CompanyId.of("adecco"));
        }
    };

    static String rule(Decision decision) {
        return decision instanceof Decision.Rejected rejected ? rejected.rule() : "allowed";
    }

    @Nested
    class Adaptive {
        final AdaptiveAccess access = new AdaptiveAccess(CHART);
        final Course course = new Course(CourseId.of("c"), "C", java.util.List.of(new Course.Section("S",
                java.util.List.of(LessonId.of("l")))), Set.of(COACH.id()), 0);

        @Test
        void managers_enrol_their_team_and_a_learner_only_themself_freely() {
            assertThat(rule(access.enrol(MANAGER, LEA, EnrolmentType.MANDATORY))).isEqualTo("allowed");
            assertThat(rule(access.enrol(OTHER_MANAGER, LEA, EnrolmentType.MANDATORY))).isEqualTo(AdaptiveAccess.ENROL);
            assertThat(rule(access.enrol(LEARNER, LEA, EnrolmentType.FREE))).isEqualTo("allowed");
            assertThat(rule(access.enrol(LEARNER, LEA, EnrolmentType.MANDATORY))).isEqualTo(AdaptiveAccess.ENROL);
            assertThat(rule(access.enrol(ADMIN, LEA, EnrolmentType.RECOMMENDED))).isEqualTo("allowed");
        }

        @Test
        void progress_is_read_by_the_learner_their_managers_tutors_and_administrators() {
            assertThat(rule(access.readProgress(LEARNER, LEA, null))).isEqualTo("allowed");
            assertThat(rule(access.readProgress(MANAGER, LEA, null))).isEqualTo("allowed");
            assertThat(rule(access.readProgress(OTHER_LEARNER, LEA, null))).isEqualTo(AdaptiveAccess.READ_PROGRESS);
            assertThat(rule(access.readProgress(OTHER_MANAGER, LEA, null))).isEqualTo(AdaptiveAccess.READ_PROGRESS);
        }

        @Test
        void only_the_course_tutors_correct_and_administrators_see_the_centre() {
            assertThat(rule(access.tutor(COACH, course, false))).isEqualTo("allowed");
            assertThat(rule(access.tutor(ADMIN, course, false))).isEqualTo(AdaptiveAccess.TUTOR);
            assertThat(rule(access.tutor(ADMIN, course, true))).isEqualTo("allowed");
            assertThat(rule(access.tutor(MANAGER, course, true))).isEqualTo(AdaptiveAccess.TUTOR);
        }

        @Test
        void the_catalogue_is_the_administrators_and_attempts_are_ones_own() {
            assertThat(rule(access.defineCatalogue(ADMIN))).isEqualTo("allowed");
            assertThat(rule(access.defineCatalogue(COACH))).isEqualTo(AdaptiveAccess.CATALOGUE);
            assertThat(rule(access.recordAttempt(LEARNER, LEA))).isEqualTo("allowed");
            assertThat(rule(access.recordAttempt(OTHER_LEARNER, LEA))).isEqualTo(AdaptiveAccess.OWN_ATTEMPT);
            assertThat(rule(access.recordAttempt(ADMIN, LEA))).isEqualTo("allowed");
        }
    }

    @Nested
    class Competency {
        final CompetencyAccess access = new CompetencyAccess(CHART);

        @Test
        void each_source_positions_only_through_its_own_relation() {
            assertThat(rule(access.position(MANAGER, LEA, Source.MANAGER))).isEqualTo("allowed");
            assertThat(rule(access.position(OTHER_MANAGER, LEA, Source.MANAGER))).isEqualTo(CompetencyRefusals.POSITION);
            assertThat(rule(access.position(SUPERVISOR, LEA, Source.SUPERVISOR))).isEqualTo("allowed");
            assertThat(rule(access.position(MANAGER, LEA, Source.SUPERVISOR))).isEqualTo(CompetencyRefusals.POSITION);
            assertThat(rule(access.position(COACH, LEA, Source.OBSERVATION))).isEqualTo("allowed");
            assertThat(rule(access.position(MANAGER, LEA, Source.OBSERVATION))).isEqualTo(CompetencyRefusals.POSITION);
            assertThat(rule(access.position(ADMIN, LEA, Source.EVALUATION))).isEqualTo("allowed");
            assertThat(rule(access.position(MANAGER, LEA, Source.EVALUATION))).isEqualTo(CompetencyRefusals.POSITION);
            assertThat(rule(access.position(ADMIN, LEA, Source.REVIEW))).isEqualTo(CompetencyRefusals.POSITION);
        }

        @Test
        void self_positioning_needs_the_managers_permission() {
            assertThat(rule(access.position(LEARNER, LEA, Source.SELF))).isEqualTo(CompetencyRefusals.POSITION);
            Directory allowing = new Directory() {
                @Override
                public Set<UserId> managersOf(UserId learner) {
                    return Set.of();
                }

                @Override
                public boolean selfPositioningAllowed(UserId learner) {
                    return true;
                }
            };
            assertThat(rule(new CompetencyAccess(allowing).position(LEARNER, LEA, Source.SELF))).isEqualTo("allowed");
            assertThat(rule(new CompetencyAccess(allowing).position(OTHER_LEARNER, LEA, Source.SELF)))
                    .isEqualTo(CompetencyRefusals.POSITION);
        }

        @Test
        void reading_jobs_teams_catalogue_and_reviews() {
            assertThat(rule(access.read(COACH, LEA))).isEqualTo("allowed");
            assertThat(rule(access.read(OTHER_LEARNER, LEA))).isEqualTo(CompetencyAccess.READ);
            assertThat(rule(access.assignJob(SUPERVISOR, LEA))).isEqualTo("allowed");
            assertThat(rule(access.assignJob(COACH, LEA))).isEqualTo(CompetencyAccess.ASSIGN_JOB);
            assertThat(rule(access.teamView(SUPERVISOR))).isEqualTo("allowed");
            assertThat(rule(access.teamView(COACH))).isEqualTo(CompetencyAccess.TEAM_READ);
            assertThat(rule(access.changeCatalogue(MANAGER))).isEqualTo(CompetencyAccess.CHANGE_CATALOGUE);
            assertThat(rule(access.writeReview(COACH, LEA))).isEqualTo("allowed");
            assertThat(rule(access.writeReview(LEARNER, LEA))).isEqualTo(CompetencyAccess.WRITE_REVIEW);
            assertThat(rule(access.unlockReview(ADMIN, LEA))).isEqualTo(CompetencyRefusals.REVIEW_UNLOCK);
            assertThat(rule(access.unlockReview(DDFPT))).isEqualTo("allowed");
            assertThat(rule(access.unlockReview(ADMIN))).isEqualTo(CompetencyRefusals.REVIEW_UNLOCK);
        }

        /** Seed 002: "Seul le DDFPT de l'établissement a la possibilité de débloquer un bilan". */
        @Test
        void only_the_ddfpt_of_the_learners_establishment_unlocks_a_final_review() {
            assertThat(rule(access.unlockReview(DDFPT, LEA))).isEqualTo("allowed");
            assertThat(rule(access.unlockReview(OTHER_DDFPT, LEA))).isEqualTo(CompetencyRefusals.REVIEW_UNLOCK);
        }

        /** Seed 000: "le superviseur (d'une organisation)". */
        @Test
        void a_supervisor_of_the_learners_organisation_reads_and_positions_one_of_another_does_not() {
            assertThat(rule(access.read(ORGANISATION_SUPERVISOR, LEA))).isEqualTo("allowed");
            assertThat(rule(access.position(ORGANISATION_SUPERVISOR, LEA, Source.SUPERVISOR))).isEqualTo("allowed");
            assertThat(rule(access.read(OTHER_SUPERVISOR, LEA))).isEqualTo(CompetencyAccess.READ);
            assertThat(rule(access.position(OTHER_SUPERVISOR, LEA, Source.SUPERVISOR)))
                    .isEqualTo(CompetencyRefusals.POSITION);
            assertThat(rule(access.writeReview(OTHER_SUPERVISOR, LEA))).isEqualTo(CompetencyAccess.WRITE_REVIEW);
        }
    }

    @Nested
    class Seats {
        final SeatAccess access = new SeatAccess(CHART);
        final SeatSession session = SeatSession.create(SessionId.of("s"), "S", MANPOWER, PathId.of("p"), SessionType.SLOTS,
                LocalDate.of(2021, 9, 6), LocalDate.of(2022, 9, 5), 3, Rotation.none());

        @Test
        void pilots_manage_their_own_companys_sessions_and_managers_read_them() {
            assertThat(rule(access.manage(PILOT, session))).isEqualTo("allowed");
            assertThat(rule(access.manage(OTHER_PILOT, session))).isEqualTo(SeatAccess.MANAGE);
            assertThat(rule(access.manage(MANAGER, session))).isEqualTo(SeatAccess.MANAGE);
            assertThat(rule(access.read(MANAGER, session))).isEqualTo("allowed");
            assertThat(rule(access.read(OTHER_MANAGER, session))).isEqualTo(SeatAccess.READ);
            assertThat(rule(access.company(PILOT, MANPOWER))).isEqualTo("allowed");
            assertThat(rule(access.company(OTHER_PILOT, MANPOWER))).isEqualTo(SeatAccess.COMPANY);
            assertThat(rule(access.role(ADMIN, SeatAccess.DAILY_JOB, Role.ADMINISTRATOR))).isEqualTo("allowed");
            assertThat(rule(access.role(PILOT, SeatAccess.DAILY_JOB, Role.ADMINISTRATOR))).isEqualTo(SeatAccess.DAILY_JOB);
        }
    }

    @Nested
    class Recruitment {
        final RecruitmentAccess access = new RecruitmentAccess();

        @Test
        void only_recruiters_of_a_known_company_use_the_pool_and_only_the_commission_registers() {
            Actor recruiter = Actor.of("paula", Role.RECRUITER);
            assertThat(rule(access.recruiter(recruiter, Optional.of(MANPOWER)))).isEqualTo("allowed");
            assertThat(rule(access.recruiter(recruiter, Optional.empty()))).isEqualTo(RecruitmentRefusals.RECRUITER_ONLY);
            assertThat(rule(access.recruiter(MANAGER, Optional.of(MANPOWER)))).isEqualTo(RecruitmentRefusals.RECRUITER_ONLY);
            assertThat(rule(access.commission(ADMIN))).isEqualTo("allowed");
            assertThat(rule(access.commission(recruiter))).isEqualTo(RecruitmentRefusals.COMMISSION_ONLY);
        }
    }
}
