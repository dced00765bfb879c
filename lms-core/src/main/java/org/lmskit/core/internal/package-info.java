/** Helpers of lms-core that are not part of its API; they may change in any release. */
@API(status = INTERNAL, since = "0.1.0")
package org.lmskit.core.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
