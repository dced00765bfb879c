package org.lmskit.core.certification;

import java.util.List;
import org.lmskit.core.id.PathId;

/**
 * One published version of a path's final case study (seed 003). Publishing a new case study adds a version;
 * "les apprenants ayant déjà débuté leur cas pratique conserveront celui qu'ils ont commencé. Les autres
 * entameront le nouveau cas": an attempt stays on the version it started on for its answers, submission,
 * correction and grade, while learners who have not started get the newest.
 *
 * @param version from 1, rising with each publication
 */
public record CaseStudyVersion(PathId pathId, int version, List<CaseStudyQuestion> questions) {
    public CaseStudyVersion {
        questions = List.copyOf(questions);
    }
}
