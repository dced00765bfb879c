/** The append-only audit trail: who changed which record, when, and what it was before and after. */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.spi.audit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
