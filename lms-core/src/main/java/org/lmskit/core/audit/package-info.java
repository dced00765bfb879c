/** Reading the audit trail every capability writes: by record or by actor, paged. */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.audit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
