/**
 * What lmskit tells a host about its own work, for the host's metrics: {@link org.lmskit.core.observation.LmsObserver}
 * (set with {@code Lms.builder().observer(...)}; {@code lms-micrometer} binds it to a Micrometer registry).
 * Depends on nothing else in the library, so every capability may report to it.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package org.lmskit.core.observation;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
