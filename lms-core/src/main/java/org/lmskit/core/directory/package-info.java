/** The host's directory of people, as the library needs it: who manages whom. */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.directory;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
