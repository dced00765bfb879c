package org.lmskit.spi.competency;

import java.util.List;
import org.lmskit.spi.Required;

/** A named group of competencies, in display order. */
public record ProfileRecord(String profileId, String name, List<String> competencyCodes, long version) {
    public ProfileRecord {
        Required.fields("profileId name", profileId, name);
        competencyCodes = List.copyOf(competencyCodes);
    }

    public ProfileRecord withVersion(long newVersion) {
        return new ProfileRecord(profileId, name, competencyCodes, newVersion);
    }
}
