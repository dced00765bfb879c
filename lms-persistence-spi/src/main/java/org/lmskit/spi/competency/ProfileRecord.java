package org.lmskit.spi.competency;

import java.util.List;
import java.util.Objects;

/** A named group of competencies, in display order. */
public record ProfileRecord(String profileId, String name, List<String> competencyCodes, long version) {
    public ProfileRecord {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(name, "name");
        competencyCodes = List.copyOf(competencyCodes);
    }

    public ProfileRecord withVersion(long newVersion) {
        return new ProfileRecord(profileId, name, competencyCodes, newVersion);
    }
}
