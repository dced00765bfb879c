/**
 * Signed credentials: lmskit's Open Badges 3.0 credentials secured as VC-JWT with the host's keys
 * ({@link org.lmskit.credentials.SigningKeys}), and their verification. Apart from lms-core, which stays free of
 * crypto libraries.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.credentials;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
