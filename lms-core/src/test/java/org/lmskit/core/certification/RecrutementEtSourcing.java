package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;

/** The seed's certifying path (003): its seven themes, three workshops, a ten-question case study. */
final class RecrutementEtSourcing {
    static final PathId PATH = PathId.of("recrutement-et-sourcing");
    static final List<ThemeId> THEMES = List.of(
            ThemeId.of("culture-generale-du-recrutement"),
            ThemeId.of("l-art-de-l-ecriture"),
            ThemeId.of("imprenable-sur-le-sourcing"),
            ThemeId.of("sciences-humaines-marketing-et-vente"),
            ThemeId.of("les-bonnes-pratiques-de-l-entretien"),
            ThemeId.of("avoir-le-bon-etat-d-esprit"),
            ThemeId.of("piloter-un-recrutement-seul-ou-en-equipe"));
    static final ThemeId SOURCING = THEMES.get(2);

    private RecrutementEtSourcing() {
    }

    static List<CaseStudyQuestion> questions(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new CaseStudyQuestion(QuestionId.of("cs-q" + i), "Question " + i, BigDecimal.valueOf(2)))
                .toList();
    }

    static CertificationPathSetup setup() {
        return new CertificationPathSetup(PATH, true, Set.copyOf(THEMES), 3, questions(10), 0);
    }

    static Set<ThemeId> themes(int... indexes) {
        return IntStream.of(indexes).mapToObj(THEMES::get).collect(Collectors.toSet());
    }
}
