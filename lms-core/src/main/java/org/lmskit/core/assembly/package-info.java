/**
 * How the library is put together from the host's ports: {@link org.lmskit.core.assembly.Ports} is handed to
 * every capability's {@code assemble}. Hosts use {@code Lms.builder()}; this package matters to those who
 * assemble a single capability on its own.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package org.lmskit.core.assembly;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
