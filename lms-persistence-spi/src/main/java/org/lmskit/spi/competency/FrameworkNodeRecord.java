package org.lmskit.spi.competency;

import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * One object of an imported competency framework (an IMS CASE item or rubric) and the catalogue record it became:
 * {@code kind} is {@link #COMPETENCY}, {@link #PROFILE} or {@link #SCALE}, {@code key} the competency code, profile
 * id or scale id. {@code parents} are the CASE identifiers the object is a child of (the document's or items'), in
 * order; {@code criterion} is the identifier of the rubric criterion that gave a competency its scale.
 */
public record FrameworkNodeRecord(String identifier, String kind, String key, List<String> parents,
                                  Optional<String> criterion) {
    public static final String COMPETENCY = "competency";
    public static final String PROFILE = "profile";
    public static final String SCALE = "scale";

    public FrameworkNodeRecord {
        Required.fields("identifier kind key parents criterion", identifier, kind, key, parents, criterion);
        if (!kind.equals(COMPETENCY) && !kind.equals(PROFILE) && !kind.equals(SCALE)) {
            throw new IllegalArgumentException("kind must be competency, profile or scale, was " + kind);
        }
        parents = List.copyOf(parents);
    }
}
