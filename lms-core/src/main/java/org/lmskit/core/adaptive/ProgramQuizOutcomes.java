package org.lmskit.core.adaptive;

import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;

/**
 * Whether a learner passed a theme's program quiz (seed 003: passing it validates the theme). {@code Lms}
 * wires it to the certification capability's program quizzes; a host may plug its own.
 */
@FunctionalInterface
public interface ProgramQuizOutcomes {

    /** Whether {@code learner} passed the program quiz of {@code theme}. */
    boolean passed(UserId learner, ThemeId theme);

    /** Nobody passed any quiz. */
    static ProgramQuizOutcomes none() {
        return (learner, theme) -> false;
    }
}
