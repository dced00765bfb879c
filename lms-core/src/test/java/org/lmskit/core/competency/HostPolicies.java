package org.lmskit.core.competency;

import java.util.List;

/** Acquisition policies as a host would write them: not lmskit's own classes, so the views take their generic path. */
final class HostPolicies {
    private HostPolicies() {
    }

    /** The shipped "latest validating" rule, behind a host's own class. */
    static AcquisitionPolicy latestValidatingAsAHost() {
        return new AcquisitionPolicy() {
            @Override
            public String name() {
                return "HOST_LATEST";
            }

            @Override
            public Acquisition decide(List<Positioning> positionings, Scale scale) {
                return AcquisitionPolicy.latestValidating().decide(positionings, scale);
            }
        };
    }
}
