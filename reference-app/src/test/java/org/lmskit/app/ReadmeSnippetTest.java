package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.CertificationLevel;
import org.lmskit.core.certification.GradingResult;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/** The README's Java snippet, run as written against the demo data, so the first code a newcomer reads works. */
class ReadmeSnippetTest {

    @Test
    void the_readme_snippet_answers_what_its_comments_say() {
        InMemoryStorage storage = InMemoryStorage.create();
        Lms lms = DemoData.wire(Lms.builder().storage(storage).clock(Clock.fixed(AppFixture.NOW, ZoneOffset.UTC)))
                .build();
        DemoData.load(lms, storage);

        GradingResult result = lms.certification().grading().grade(new BigDecimal("11.995"));
        assertThat(result.grade().value()).isEqualByComparingTo("12.00");
        assertThat(result.level()).isEqualTo(CertificationLevel.BRONZE);

        Actor manager = Actor.of("manon", Role.MANAGER);
        CompetencyViews.JobView gaps = lms.competencies().views().jobView(manager, UserId.of("robert-redford"),
                CompetencyViews.Period.always());
        assertThat(gaps.summary().percent()).isEqualTo(55);
        assertThat(gaps.summary().acquired()).isEqualTo(6);
        assertThat(gaps.summary().applicable()).isEqualTo(11);
    }
}
