package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.CertificationFixtures.achievement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.AchievementRecord;
import org.lmskit.spi.certification.AchievementStore;

/**
 * The contract every adapter's {@code AchievementStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class AchievementStoreContract extends StorageContract {

    private AchievementStore achievements() {
        return storage.achievements();
    }

    @Test
    void a_learners_badges_and_workshops_are_kept_per_path() {
        AchievementRecord stored = achievements().insert(achievement("alice", "p1"));
        achievements().insert(new AchievementRecord("alice", "p2", Set.of(), Map.of(), 0));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(achievements().find("alice", "p1")).contains(stored);
        assertThat(achievements().find("alice", "p2").orElseThrow().badgeThemeIds()).isEmpty();
        assertThat(achievements().find("alice", "p2").orElseThrow().workshopSteps()).isEmpty();
        assertThat(achievements().find("alice", "p1").orElseThrow().workshopSteps().get("atelier-1"))
                .containsExactlyInAnyOrder("INTRODUCTION_VIDEO_WATCHED", "INTRODUCTION_QUESTION_ANSWERED");
        assertThat(achievements().find("bob", "p1")).isEmpty();
    }

    @Test
    void many_learners_are_read_in_one_call_and_absent_ones_are_left_out() {
        achievements().insert(achievement("alice", "p"));
        achievements().insert(achievement("bob", "p"));
        achievements().insert(achievement("carol", "other"));

        assertThat(achievements().findAll("p", List.of("alice", "bob", "carol", "dave")))
                .containsOnlyKeys("alice", "bob");
        assertThat(achievements().findAll("p", List.of())).isEmpty();
    }

    @Test
    void a_second_insert_is_refused_and_a_stale_update_never_overwrites() {
        AchievementRecord v1 = achievements().insert(achievement("alice", "p"));
        assertThatThrownBy(() -> achievements().insert(achievement("alice", "p")))
                .isInstanceOf(DuplicateKeyException.class);

        AchievementRecord v2 = achievements().update(new AchievementRecord("alice", "p", Set.of("sourcing", "culture"),
                Map.of("atelier-1", Set.of("INTRODUCTION_VIDEO_WATCHED"), "atelier-3", Set.of("MAIN_VIDEO_WATCHED")), 1));
        assertThatThrownBy(() -> achievements().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThat(achievements().find("alice", "p")).contains(v2);
    }

    @Test
    void hostile_ids_are_only_data() {
        for (String text : HOSTILE_TEXT) {
            AchievementRecord stored = achievements().insert(new AchievementRecord(text, text, Set.of(text), Map.of(text, Set.of(text)), 0));
            assertThat(achievements().find(text, text)).as(text).contains(stored);
            assertThat(achievements().findAll(text, List.of(text))).as(text).containsOnlyKeys(text);
        }
    }

    @Test
    void a_workshop_is_listed_only_with_a_step() {
        assertThatThrownBy(() -> new AchievementRecord("alice", "p", Set.of(), Map.of("atelier-1", Set.of()), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("atelier-1");
    }

    @RepeatedTest(3)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        AchievementRecord v1 = achievements().insert(achievement("alice", "p"));

        assertThat(Race.successfulWrites(4, () -> achievements().update(v1))).isEqualTo(1);
    }
}
