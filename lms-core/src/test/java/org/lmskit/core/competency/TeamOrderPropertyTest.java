package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.UserId;

/**
 * The team view's sort on precomputed keys gives {@link GapCalculator#order}'s order: random teams whose names mix
 * cases, the chars whose case folding leaves Latin-1 or meets another's (µ, ÿ, İ, ı, ß, Σ/σ/ς, K and the Kelvin sign),
 * prefixes of one another, equal names, and sometimes a name outside the Basic Multilingual Plane; both sorts, both
 * directions.
 */
class TeamOrderPropertyTest {
    private static final String ALPHABET = "aAbBzZ09 -'µÿŸİıiIßΣσςkK\u212A\u00e9\u00c9\u00df\u1e9e";
    private static final String[] ASTRAL = {"\uD835\uDC00", "\uD801\uDC00", "\uD801\uDC28"}; // 𝐀, Deseret capital and small long I

    @Test
    void the_sort_on_folded_keys_equals_the_plain_comparator() {
        qt().withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<CompetencyViews.TeamRow> rows = new ArrayList<>();
            int size = random.nextInt(60);
            boolean astral = random.nextInt(4) == 0;
            for (int i = 0; i < size; i++) {
                String name = i > 0 && random.nextInt(5) == 0 ? rows.get(random.nextInt(i)).name() : name(random, astral);
                rows.add(new CompetencyViews.TeamRow(UserId.of("u" + random.nextInt(1_000) + "-" + i), name,
                        Optional.empty(), Optional.empty(), CompetencyViews.Summary.of(random.nextInt(4), 3, 0)));
            }
            for (CompetencyViews.TeamSort sort : CompetencyViews.TeamSort.values()) {
                for (boolean descending : new boolean[] {false, true}) {
                    List<CompetencyViews.TeamRow> plain = new ArrayList<>(rows);
                    plain.sort(GapCalculator.order(sort, descending));
                    List<CompetencyViews.TeamRow> fast = new ArrayList<>(rows);
                    TeamOrder.sort(fast, sort, descending);
                    assertThat(fast).as("%s, descending %s", sort, descending).containsExactlyElementsOf(plain);
                }
            }
        });
    }

    @Test
    void a_name_is_folded_char_by_char_and_one_with_a_surrogate_is_left_to_the_comparator() {
        assertThat(TeamOrder.fold("Émile DURAND")).isEqualTo("émile durand");
        assertThat(TeamOrder.fold("µ")).isEqualTo("\u03bc");
        assertThat(TeamOrder.fold("plain")).isSameAs("plain");
        assertThat(TeamOrder.fold("a\uD835\uDC00")).isNull();
    }

    private static String name(Random random, boolean astral) {
        StringBuilder name = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            if (astral && random.nextInt(6) == 0) {
                name.append(ASTRAL[random.nextInt(ASTRAL.length)]);
            } else {
                name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return name.toString();
    }
}
