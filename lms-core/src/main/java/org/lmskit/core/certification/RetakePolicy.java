package org.lmskit.core.certification;

import java.util.List;
import org.lmskit.core.policy.Decision;

/**
 * Seed 003 on program quizzes: "autant de fois que tu le souhaites tant que tu n'as pas réussi. Puis
 * une seule fois, si tu as réussi et que tu souhaites tenter d'améliorer ton score. Evidemment, si tu
 * as déjà eu 20/20, tu ne peux plus retenter ta chance."
 */
public final class RetakePolicy {

    /** @param finished the learner's finished attempts at the theme, oldest first */
    public Decision mayStart(List<ProgramQuizAttempt> finished) {
        if (finished.stream().anyMatch(ProgramQuizAttempt::perfect)) {
            return Decision.rejected(CertificationRefusals.QUIZ_PERFECT_SCORE, "score",
                    "20/20 was already obtained: the quiz cannot be taken again");
        }
        for (int i = 0; i < finished.size(); i++) {
            if (finished.get(i).passed() && finished.size() > i + 1) {
                return Decision.rejected(CertificationRefusals.QUIZ_IMPROVEMENT_USED, "attempts",
                        "the quiz was passed and the one attempt to improve the score is used");
            }
        }
        return Decision.allowed();
    }
}
