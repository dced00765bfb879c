/** Typed identifiers, so a path id is never passed where a user id is expected. */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.id;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
