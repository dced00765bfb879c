package org.lmskit.core.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.recruitment.RecruitmentWorld.CAMILLE;
import static org.lmskit.core.recruitment.RecruitmentWorld.COMMISSION;
import static org.lmskit.core.recruitment.RecruitmentWorld.COMMISSION_DESK;
import static org.lmskit.core.recruitment.RecruitmentWorld.DIVALTO;
import static org.lmskit.core.recruitment.RecruitmentWorld.LEARNER;
import static org.lmskit.core.recruitment.RecruitmentWorld.LUC;
import static org.lmskit.core.recruitment.RecruitmentWorld.NOBODY_S_RECRUITER;
import static org.lmskit.core.recruitment.RecruitmentWorld.OLGA;
import static org.lmskit.core.recruitment.RecruitmentWorld.PARTNER;
import static org.lmskit.core.recruitment.RecruitmentWorld.START;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.error.Violation;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.recruitment.CardSort;

class RecruitmentCapabilityTest {
    private static final PageRequest PAGE = PageRequest.first(50);

    private final RecruitmentWorld world = new RecruitmentWorld();
    private final RecruitmentCapability recruitment = world.recruitment;

    private List<String> pool(org.lmskit.core.security.Actor actor, PoolSearch search) {
        return recruitment.pool().searchPool(actor, search, PAGE).items().stream().map(c -> c.id().value()).toList();
    }

    private FollowUpCard studyLater(org.lmskit.core.security.Actor actor, Candidate candidate) {
        return recruitment.cards().quickAction(actor, candidate.id(), QuickAction.STUDY_LATER);
    }

    private FollowUpCard save(org.lmskit.core.security.Actor actor, FollowUpCard card, CardUpdate update) {
        return recruitment.cards().updateCard(actor, card.id(), update, card.version());
    }

    @Test
    void study_later_opens_a_card_in_study_due_thirty_days_later() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);

        assertThat(card.title()).isEqualTo("Monsieur MBARKI Sofiane-Alsace / Bas-Rhin");
        assertThat(card.result()).isEqualTo(CardResult.NONE_STUDY_IN_PROGRESS);
        assertThat(card.status()).isEqualTo(CardStatus.STUDY_IN_PROGRESS);
        assertThat(card.createdAt()).isEqualTo(START);
        assertThat(card.dueAt()).contains(START.plus(Duration.ofDays(30)));
        assertThat(card.createdBy()).isEqualTo(CAMILLE.id());
        assertThat(card.company()).isEqualTo(DIVALTO);
        assertThat(world.events(RecruitmentEvent.CardOpened.class)).hasSize(1);
    }

    @Test
    void each_quick_action_sets_its_seed_result() {
        FollowUpCard notRetained = recruitment.cards().quickAction(CAMILLE, world.delean.id(), QuickAction.NOT_RETAINED);
        FollowUpCard potential = recruitment.cards().quickAction(CAMILLE, world.anais.id(), QuickAction.POTENTIAL_RECRUITMENT);
        FollowUpCard training = recruitment.cards().quickAction(CAMILLE, world.hatterer.id(),
                QuickAction.PRE_RECRUITMENT_TRAINING);

        assertThat(notRetained.status()).isEqualTo(CardStatus.NOT_RETAINED);
        assertThat(notRetained.dueAt()).isEmpty();
        assertThat(potential.result()).isEqualTo(CardResult.KEPT_FOR_POTENTIAL_RECRUITMENT);
        assertThat(potential.dueAt()).contains(START.plus(Duration.ofDays(200)));
        assertThat(training.result()).isEqualTo(CardResult.KEPT_FOR_PRE_RECRUITMENT_TRAINING);
        assertThat(training.status()).isEqualTo(CardStatus.POOL);
    }

    @Test
    void a_second_card_for_the_same_company_and_candidate_is_refused() {
        studyLater(CAMILLE, world.mbarki);

        assertThatThrownBy(() -> recruitment.cards().quickAction(LUC, world.mbarki.id(), QuickAction.NOT_RETAINED))
                .isInstanceOf(ConflictException.class).hasMessageContaining("divalto/mbarki");
        assertThat(studyLater(OLGA, world.mbarki).company().value()).isEqualTo("sogeti");
    }

    @Test
    void a_carded_candidate_no_longer_appears_in_the_company_pool_search() {
        studyLater(CAMILLE, world.mbarki);

        assertThat(pool(LUC, PoolSearch.builder().build())).containsExactly("delean", "hatterer", "anais");
        assertThat(pool(OLGA, PoolSearch.builder().build())).containsExactly("delean", "hatterer", "anais", "mbarki");
    }

    @Test
    void changing_the_result_sets_the_status_and_counts_the_deadline_from_the_change() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);
        world.clock.advance(Duration.ofDays(10));

        FollowUpCard offered = save(CAMILLE, card, CardUpdate.of(card).withResult(CardResult.OFFER_IN_PROGRESS));

        assertThat(offered.status()).isEqualTo(CardStatus.RECRUITMENT_IN_PROGRESS);
        assertThat(offered.updatedAt()).isEqualTo(world.clock.now());
        assertThat(offered.dueAt()).contains(world.clock.now().plus(Duration.ofDays(30)));
    }

    @Test
    void changing_the_actions_under_the_same_result_counts_the_deadline_again() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);
        world.clock.advance(Duration.ofDays(20));

        FollowUpCard studied = save(CAMILLE, card, CardUpdate.of(card)
                .withActions(Set.of(PerformedAction.PROFILE_STUDY, PerformedAction.CV_ANALYSIS)));

        assertThat(studied.status()).isEqualTo(CardStatus.STUDY_IN_PROGRESS);
        assertThat(studied.dueAt()).contains(world.clock.now().plus(Duration.ofDays(30)));
    }

    @Test
    void other_edits_keep_the_deadline() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);
        world.clock.advance(Duration.ofDays(20));

        FollowUpCard commented = save(CAMILLE, card, CardUpdate.of(card).withComment("rappeler lundi")
                .withTitle("MBARKI Sofiane - helpdesk"));

        assertThat(commented.dueAt()).isEqualTo(card.dueAt());
        assertThat(commented.updatedAt()).isEqualTo(world.clock.now());
        assertThat(commented.comment()).contains("rappeler lundi");
    }

    @Test
    void a_result_without_deadline_clears_it() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);

        FollowUpCard abandoned = save(CAMILLE, card, CardUpdate.of(card).withResult(CardResult.FILE_ABANDONED));

        assertThat(abandoned.status()).isEqualTo(CardStatus.NOT_RETAINED);
        assertThat(abandoned.dueAt()).isEmpty();
    }

    @Test
    void not_employable_needs_a_rejection_cause_and_nothing_is_stored_without() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);

        assertThatThrownBy(() -> save(CAMILLE, card, CardUpdate.of(card)
                .withResult(CardResult.NOT_EMPLOYABLE_AFTER_INTERVIEW)))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(RecruitmentRefusals.FIELD_REQUIRED);
                    assertThat(e.field()).contains("rejectionCauses");
                });
        assertThat(recruitment.cards().card(CAMILLE, card.id())).isEqualTo(card);

        FollowUpCard rejected = save(CAMILLE, card, CardUpdate.of(card).withResult(CardResult.NOT_EMPLOYABLE_AFTER_INTERVIEW)
                .withRejectionCauses(Set.of(RejectionCause.INSUFFICIENT_SKILLS, RejectionCause.LIMITED_MOBILITY)));
        assertThat(rejected.status()).isEqualTo(CardStatus.NOT_EMPLOYABLE);
        assertThat(rejected.rejectionCauses()).hasSize(2);
    }

    @Test
    void recruitment_needs_its_follow_up_and_nothing_is_stored_without() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);

        assertThatThrownBy(() -> save(CAMILLE, card, CardUpdate.of(card).withResult(CardResult.RECRUITMENT)))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.field()).contains("recruitment"));
        assertThat(recruitment.cards().card(CAMILLE, card.id()).version()).isEqualTo(card.version());
    }

    @Test
    void a_fixed_term_or_work_study_recruitment_needs_its_end_date() {
        assertThatThrownBy(() -> new RecruitmentFollowUp(LocalDate.of(2019, 6, 3), ContractType.FIXED_TERM,
                Optional.empty(), RecruitmentState.TRIAL_PERIOD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("recruitment.contractEnd"));
        assertThatThrownBy(() -> new RecruitmentFollowUp(LocalDate.of(2019, 6, 3), ContractType.APPRENTICESHIP,
                Optional.of(LocalDate.of(2019, 6, 2)), RecruitmentState.TRIAL_PERIOD))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must not precede");
        assertThatThrownBy(() -> new RecruitmentFollowUp(null, null, Optional.empty(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("recruitment.recruitedOn",
                                "recruitment.contractType", "recruitment.state"));
        assertThat(new RecruitmentFollowUp(LocalDate.of(2019, 6, 3), ContractType.PERMANENT, Optional.empty(),
                RecruitmentState.TRIAL_PERIOD).contractEnd()).isEmpty();
    }

    @Test
    void a_recruitment_status_follows_its_state_and_the_deadline_follows_the_status() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);
        RecruitmentFollowUp trial = new RecruitmentFollowUp(LocalDate.of(2019, 6, 3), ContractType.PERMANENT,
                Optional.empty(), RecruitmentState.TRIAL_PERIOD);

        FollowUpCard recruited = save(CAMILLE, card, CardUpdate.of(card).withResult(CardResult.RECRUITMENT)
                .withRecruitment(trial));
        assertThat(recruited.status()).isEqualTo(CardStatus.RECRUITED_TRIAL);
        assertThat(recruited.dueAt()).contains(START.plus(Duration.ofDays(250)));

        world.clock.advance(Duration.ofDays(90));
        FollowUpCard confirmed = save(CAMILLE, recruited, CardUpdate.of(recruited).withRecruitment(
                new RecruitmentFollowUp(trial.recruitedOn(), ContractType.PERMANENT, Optional.empty(),
                        RecruitmentState.CONFIRMED)));
        assertThat(confirmed.status()).isEqualTo(CardStatus.RECRUITED);
        assertThat(confirmed.dueAt()).isEmpty();

        FollowUpCard resigned = save(CAMILLE, confirmed, CardUpdate.of(confirmed).withRecruitment(
                new RecruitmentFollowUp(trial.recruitedOn(), ContractType.PERMANENT, Optional.empty(),
                        RecruitmentState.RESIGNED)));
        assertThat(resigned.status()).isEqualTo(CardStatus.CONTRACT_BROKEN);
    }

    @Test
    void setting_non_response_notifies_the_partner_and_the_commission_once() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);

        FollowUpCard flagged = save(CAMILLE, card, CardUpdate.of(card).withNonResponse(true));
        FollowUpCard savedAgain = save(CAMILLE, flagged, CardUpdate.of(flagged).withComment("relancé par mail"));

        assertThat(world.notifications).singleElement().satisfies(n -> {
            assertThat(n.recipients()).containsExactlyInAnyOrder(PARTNER, COMMISSION_DESK);
            assertThat(n.template()).isEqualTo(FollowUpCards.NON_RESPONSE_TEMPLATE);
            assertThat(n.parameters()).containsEntry("candidateName", "MBARKI Sofiane")
                    .containsEntry("card", card.id().value());
        });
        assertThat(savedAgain.nonResponse()).isTrue();
        assertThat(world.events(RecruitmentEvent.CandidateNotResponding.class)).hasSize(1);

        FollowUpCard cleared = save(CAMILLE, savedAgain, CardUpdate.of(savedAgain).withNonResponse(false));
        assertThat(cleared.nonResponse()).isFalse();
        assertThat(world.notifications).hasSize(1);
    }

    @Test
    void a_refused_save_sends_no_notification() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);

        assertThatThrownBy(() -> save(CAMILLE, card, CardUpdate.of(card).withNonResponse(true)
                .withResult(CardResult.RECRUITMENT))).isInstanceOf(RuleRefusedException.class);

        assertThat(world.notifications).isEmpty();
    }

    @Test
    void a_recruiter_with_an_overdue_card_cannot_search_the_pool_until_it_is_updated() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);
        world.clock.advance(Duration.ofDays(30));
        assertThat(recruitment.cards().hasOverdueCards(CAMILLE)).isFalse();
        assertThat(pool(CAMILLE, PoolSearch.builder().build())).hasSize(3);

        world.clock.advance(Duration.ofSeconds(1));

        assertThat(recruitment.cards().hasOverdueCards(CAMILLE)).isTrue();
        assertThatThrownBy(() -> pool(CAMILLE, PoolSearch.builder().build()))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(RecruitmentRefusals.OVERDUE_CARDS);
                    assertThat(e.subjects()).containsExactly(card.id().value());
                });
        assertThatThrownBy(() -> studyLater(CAMILLE, world.delean)).isInstanceOf(RuleRefusedException.class);
        assertThat(pool(LUC, PoolSearch.builder().build())).hasSize(3);
        assertThat(world.events(RecruitmentEvent.PoolSearchBlocked.class)).hasSize(2);

        save(CAMILLE, card, CardUpdate.of(card).withActions(Set.of(PerformedAction.FIRST_CONTACT)));

        assertThat(pool(CAMILLE, PoolSearch.builder().build())).hasSize(3);
    }

    @Test
    void my_overdue_cards_lists_only_mine_soonest_first() {
        FollowUpCard first = studyLater(CAMILLE, world.mbarki);
        world.clock.advance(Duration.ofDays(1));
        FollowUpCard second = studyLater(CAMILLE, world.delean);
        FollowUpCard lucs = studyLater(LUC, world.anais);
        recruitment.cards().quickAction(CAMILLE, world.hatterer.id(), QuickAction.NOT_RETAINED);
        world.clock.advance(Duration.ofDays(40));

        Page<FollowUpCard> overdue = recruitment.cards().overdueCards(CAMILLE, PortfolioSearch.everything(), PAGE);

        assertThat(overdue.items()).extracting(FollowUpCard::id).containsExactly(first.id(), second.id());
        assertThat(recruitment.cards().overdueCards(LUC, PortfolioSearch.everything(), PAGE).items())
                .extracting(FollowUpCard::id).containsExactly(lucs.id());
    }

    @Test
    void a_recruiter_sees_and_edits_every_card_of_their_company_and_none_of_another() {
        FollowUpCard camilles = studyLater(CAMILLE, world.mbarki);
        FollowUpCard olgas = studyLater(OLGA, world.delean);

        assertThat(recruitment.cards().card(LUC, camilles.id())).isEqualTo(camilles);
        assertThat(save(LUC, camilles, CardUpdate.of(camilles).withComment("vu par Luc")).updatedBy())
                .isEqualTo(LUC.id());
        assertThatThrownBy(() -> recruitment.cards().card(OLGA, camilles.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> save(CAMILLE, olgas, CardUpdate.of(olgas).withComment("x")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recruitment.cards().history(OLGA, camilles.id(), PAGE)).isInstanceOf(NotFoundException.class);
        assertThat(recruitment.cards().portfolio(OLGA, PortfolioSearch.everything(), PAGE).items())
                .extracting(FollowUpCard::id).containsExactly(olgas.id());
        assertThat(recruitment.cards().card(COMMISSION, camilles.id()).comment()).contains("vu par Luc");
    }

    @Test
    void only_recruiters_of_a_known_company_use_the_pool_and_only_the_commission_registers() {
        assertThatThrownBy(() -> pool(LEARNER, PoolSearch.builder().build()))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo(RecruitmentRefusals.RECRUITER_ONLY));
        assertThatThrownBy(() -> pool(NOBODY_S_RECRUITER, PoolSearch.builder().build()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("no company");
        assertThatThrownBy(() -> world.recruitment.pool().registerCandidate(CAMILLE, RecruitmentWorld.candidate("x",
                Civility.MR, "X", "Y").build())).isInstanceOfSatisfying(PermissionDeniedException.class,
                e -> assertThat(e.rule()).isEqualTo(RecruitmentRefusals.COMMISSION_ONLY));
        assertThatThrownBy(() -> recruitment.cards().quickAction(COMMISSION, world.delean.id(), QuickAction.STUDY_LATER))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_stale_save_is_refused_and_changes_nothing() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);
        save(LUC, card, CardUpdate.of(card).withComment("Luc first"));

        assertThatThrownBy(() -> save(CAMILLE, card, CardUpdate.of(card).withComment("Camille second")))
                .isInstanceOf(ConflictException.class);
        assertThat(recruitment.cards().card(CAMILLE, card.id()).comment()).contains("Luc first");
    }

    @Test
    void every_change_of_a_card_is_kept_in_its_history() {
        FollowUpCard card = studyLater(CAMILLE, world.mbarki);
        world.clock.advance(Duration.ofDays(2));
        save(LUC, card, CardUpdate.of(card).withResult(CardResult.OFFER_IN_PROGRESS));

        List<AuditEntry> history = recruitment.cards().history(CAMILLE, card.id(), PAGE).items();

        assertThat(history).extracting(AuditEntry::action).containsExactly("opened", "updated");
        assertThat(history.get(1).actorId()).isEqualTo("luc");
        assertThat(history.get(1).occurredAt()).isEqualTo(world.clock.now());
        assertThat(history.get(1).changes()).anySatisfy(c -> {
            assertThat(c.field()).isEqualTo("status");
            assertThat(c.before()).isEqualTo("STUDY_IN_PROGRESS");
            assertThat(c.after()).isEqualTo("RECRUITMENT_IN_PROGRESS");
        });
    }

    @Test
    void the_pool_search_combines_criteria_with_and_and_values_with_or() {
        assertThat(pool(CAMILLE, PoolSearch.builder().studyLevels(Set.of(StudyLevel.BAC_PLUS_5)).build()))
                .containsExactly("delean", "anais");
        assertThat(pool(CAMILLE, PoolSearch.builder().studyLevels(Set.of(StudyLevel.BAC_PLUS_5))
                .experiences(Set.of(ExperienceBracket.LESS_THAN_1_YEAR)).build())).containsExactly("anais");
        assertThat(pool(CAMILLE, PoolSearch.builder().currentJobs(Set.of("Conseiller hotline")).build()))
                .containsExactly("anais", "mbarki");
        assertThat(pool(CAMILLE, PoolSearch.builder().classifications(Set.of(Classification.ADAPTABLE)).build()))
                .containsExactly("mbarki");
        assertThat(pool(CAMILLE, PoolSearch.builder().skillThemes(Set.of(SkillTheme.TECH_NETWORK))
                .masteries(Set.of(Mastery.EXPERIENCED)).build())).containsExactly("hatterer");
        assertThat(pool(CAMILLE, PoolSearch.builder().nameContains("hat").build())).containsExactly("hatterer");
    }

    @Test
    void portfolio_filters_sort_and_my_cards() {
        FollowUpCard mbarki = studyLater(CAMILLE, world.mbarki);
        world.clock.advance(Duration.ofDays(1));
        FollowUpCard delean = recruitment.cards().quickAction(LUC, world.delean.id(), QuickAction.POTENTIAL_RECRUITMENT);
        world.clock.advance(Duration.ofDays(1));
        FollowUpCard hatterer = recruitment.cards().quickAction(CAMILLE, world.hatterer.id(), QuickAction.NOT_RETAINED);

        assertThat(ids(PortfolioSearch.everything())).containsExactly(hatterer.id().value(), delean.id().value(),
                mbarki.id().value());
        assertThat(ids(PortfolioSearch.builder().mine(true).sort(CardSort.CREATED, SortDirection.ASCENDING).build()))
                .containsExactly(mbarki.id().value(), hatterer.id().value());
        assertThat(ids(PortfolioSearch.builder().sort(CardSort.DUE, SortDirection.DESCENDING).build()))
                .containsExactly(delean.id().value(), mbarki.id().value(), hatterer.id().value());
        assertThat(ids(PortfolioSearch.builder().statuses(Set.of(CardStatus.POOL, CardStatus.NOT_RETAINED)).build()))
                .containsExactly(hatterer.id().value(), delean.id().value());
        assertThat(ids(PortfolioSearch.builder().recruiters(Set.of(UserId.of("luc"))).build()))
                .containsExactly(delean.id().value());
        assertThat(ids(PortfolioSearch.builder().recruiters(Set.of(UserId.of("luc"))).mine(true).build())).isEmpty();
        assertThat(ids(PortfolioSearch.builder().nameContains("sof").build())).containsExactly(mbarki.id().value());
        assertThat(ids(PortfolioSearch.builder().createdFrom(START.plus(Duration.ofDays(1))).build()))
                .containsExactly(hatterer.id().value(), delean.id().value());
    }

    @Test
    void every_portfolio_criterion_narrows_the_cards_and_a_bad_criterion_is_refused_naming_it() {
        FollowUpCard mbarki = studyLater(CAMILLE, world.mbarki);
        world.clock.advance(Duration.ofDays(1));
        FollowUpCard delean = recruitment.cards().quickAction(LUC, world.delean.id(), QuickAction.POTENTIAL_RECRUITMENT);
        world.clock.advance(Duration.ofDays(1));
        FollowUpCard hatterer = recruitment.cards().quickAction(CAMILLE, world.hatterer.id(), QuickAction.NOT_RETAINED);
        String m = mbarki.id().value();
        String d = delean.id().value();
        String h = hatterer.id().value();

        assertThat(ids(PortfolioSearch.builder().areas(Set.of("Alsace / Bas-Rhin")).build())).containsExactly(h, d, m);
        assertThat(ids(PortfolioSearch.builder().areas(Set.of("Lorraine")).build())).isEmpty();
        assertThat(ids(PortfolioSearch.builder().currentJobs(Set.of("Conseiller hotline")).build())).containsExactly(m);
        assertThat(ids(PortfolioSearch.builder().classifications(Set.of(Classification.ADAPTABLE)).build()))
                .containsExactly(m);
        assertThat(ids(PortfolioSearch.builder().results(Set.of(CardResult.KEPT_FOR_POTENTIAL_RECRUITMENT,
                CardResult.PROFILE_NOT_RETAINED)).build())).containsExactly(h, d);
        assertThat(ids(PortfolioSearch.builder().skillThemes(Set.of(SkillTheme.TECH_NETWORK)).build())).containsExactly(h);
        assertThat(ids(PortfolioSearch.builder().masteries(Set.of(Mastery.BEGINNER)).build())).containsExactly(m);
        assertThat(ids(PortfolioSearch.builder().nonResponse(true).build())).isEmpty();
        assertThat(ids(PortfolioSearch.builder().nonResponse(false).build())).containsExactly(h, d, m);
        assertThat(ids(PortfolioSearch.builder().actions(Set.of(PerformedAction.OTHER)).build())).isEmpty();
        assertThat(ids(PortfolioSearch.builder().dueBefore(mbarki.dueAt().orElseThrow().plusSeconds(1)).build()))
                .contains(m).doesNotContain(d);

        assertThatThrownBy(() -> PortfolioSearch.builder().areas(java.util.stream.IntStream.range(0, 51)
                .mapToObj(i -> "zone " + i).collect(java.util.stream.Collectors.toSet())).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("areas"));
        assertThatThrownBy(() -> PortfolioSearch.builder().currentJobs(Set.of("a\u0000b")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("currentJobs[0]"));
        assertThatThrownBy(() -> PortfolioSearch.builder().createdFrom(java.time.Instant.parse("1800-01-01T00:00:00Z"))
                .dueBefore(java.time.Instant.parse("+10000-01-01T00:00:00Z")).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("createdFrom", "dueBefore"));
    }

    private List<String> ids(PortfolioSearch search) {
        return recruitment.cards().portfolio(CAMILLE, search, PAGE).items().stream().map(c -> c.id().value()).toList();
    }

    @Test
    void a_candidate_names_every_bad_field_at_once() {
        assertThatThrownBy(() -> new Candidate(null, Civility.MR, " ", "Julien", "Alsace", "Strasbourg",
                List.of("x".repeat(101)), null, START, StudyLevel.BAC, ExperienceBracket.LESS_THAN_1_YEAR, List.of(),
                List.of(), Situation.JOB_SEEKING, LocalDate.of(2019, 1, 1), PARTNER, List.of(), 0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("candidateId", "lastName", "currentJobs[0]", "classification"));
    }

    @Test
    void a_card_update_validates_its_fields() {
        assertThatThrownBy(() -> new CardUpdate("", null, null, false, Optional.of("c".repeat(4001)), Set.of(),
                Optional.empty())).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                .extracting(Violation::field).containsExactly("title", "result", "actions", "comment"));
    }

    @Test
    void a_pool_search_with_a_from_after_its_before_is_invalid() {
        assertThatThrownBy(() -> PoolSearch.builder().classifiedFrom(START).classifiedBefore(START).build())
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("classifiedBefore");
    }

    @Test
    void a_blank_or_control_name_fragment_is_invalid_in_the_pool_and_the_portfolio() {
        for (String fragment : new String[] {" ", "", "a\u0000b", "x".repeat(Candidate.MAX_NAME + 1)}) {
            assertThatThrownBy(() -> PoolSearch.builder().nameContains(fragment).build()).as(fragment)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("nameContains");
            assertThatThrownBy(() -> PortfolioSearch.builder().nameContains(fragment).build()).as(fragment)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("nameContains");
        }
        assertThat(PoolSearch.builder().nameContains("x".repeat(Candidate.MAX_NAME)).build().nameContains())
                .hasValueSatisfying(f -> assertThat(f).hasSize(Candidate.MAX_NAME));
    }

    @Test
    void unknown_candidates_and_cards_are_not_found() {
        assertThatThrownBy(() -> recruitment.cards().quickAction(CAMILLE, CandidateId.of("ghost"), QuickAction.STUDY_LATER))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> recruitment.cards().card(CAMILLE, org.lmskit.core.id.CardId.of("ghost")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_candidate_built_by_name_equals_the_one_built_by_position_and_refuses_the_same_fields() {
        assertThat(world.delean.toBuilder().build()).isEqualTo(world.delean);
        assertThatThrownBy(() -> world.delean.toBuilder().lastName(" ").submittedBy(null).build())
                .isInstanceOf(org.lmskit.core.error.InvalidInputException.class)
                .satisfies(e -> assertThat(((org.lmskit.core.error.InvalidInputException) e).violations())
                        .extracting(org.lmskit.core.error.Violation::field).contains("lastName", "submittedBy"));
        assertThat(Candidate.builder().id(world.delean.id()).civility(world.delean.civility())
                .lastName("DELEAN").firstName("Julien").area("Alsace").city("Strasbourg")
                .classification(world.delean.classification()).classifiedAt(world.delean.classifiedAt())
                .studyLevel(world.delean.studyLevel()).experience(world.delean.experience())
                .situation(world.delean.situation()).situationChangedOn(world.delean.situationChangedOn())
                .submittedBy(world.delean.submittedBy()).build())
                .satisfies(c -> {
                    assertThat(c.version()).isZero();
                    assertThat(c.skills()).isEmpty();
                    assertThat(c.documents()).isEmpty();
                });
    }

    @Test
    void the_commission_changes_a_candidate_situation_from_the_version_it_read() {
        Candidate employed = world.delean.toBuilder().situation(Situation.EMPLOYED)
                .situationChangedOn(LocalDate.of(2019, 5, 2)).build();

        Candidate stored = recruitment.pool().updateCandidate(COMMISSION, employed);

        assertThat(stored.version()).isEqualTo(2);
        assertThat(pool(CAMILLE, PoolSearch.builder().situationChangedFrom(LocalDate.of(2019, 5, 1)).build()))
                .containsExactly("delean");
        assertThatThrownBy(() -> recruitment.pool().updateCandidate(COMMISSION, employed))
                .isInstanceOf(ConflictException.class);
    }
}
