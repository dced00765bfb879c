package org.lmskit.core.policy;

import java.util.Optional;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.UserId;

/**
 * The one rule behind every permission the seeds tie to an organisation, over {@link Directory#companyOf}: the DDFPT
 * of the establishment (seed 002), the supervisor of the organisation (seed 000), the pilot of the company (seed 003),
 * the recruiter of the company (seed 004). An organisation the directory does not know matches nobody.
 */
public final class Organisations {
    private final Directory directory;

    public Organisations(Directory directory) {
        this.directory = directory;
    }

    /** Whether both users are known to belong to the same organisation. */
    public boolean together(UserId one, UserId other) {
        Optional<CompanyId> organisation = directory.companyOf(one);
        return organisation.isPresent() && organisation.equals(directory.companyOf(other));
    }

    /** Whether {@code user} is known to belong to {@code organisation}. */
    public boolean within(UserId user, CompanyId organisation) {
        return directory.companyOf(user).filter(organisation::equals).isPresent();
    }
}
