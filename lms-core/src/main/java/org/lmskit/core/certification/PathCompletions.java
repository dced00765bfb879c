package org.lmskit.core.certification;

import java.time.LocalDate;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;

/**
 * Told, inside the transaction that corrects a learner's case study, that the learner finished the path. Seed 003
 * ends a certification path with the corrected case study: "Le certificat, la correction au cas pratique et
 * l'attestation de formation sont envoyés par mail dès que ton cas pratique est corrigé", whatever the grade.
 * {@code Lms} wires it to the seats capability, so natural rotation hands the learner's slot over at once; a
 * listener runs in the caller's transaction, and a refusal it throws undoes the correction.
 */
@FunctionalInterface
public interface PathCompletions {

    /** {@code actor} (the corrector) finished {@code learner}'s path {@code path} on {@code day}. */
    void completed(Actor actor, UserId learner, PathId path, LocalDate day);

    /** Nobody listens. */
    static PathCompletions none() {
        return (actor, learner, path, day) -> { };
    }
}
