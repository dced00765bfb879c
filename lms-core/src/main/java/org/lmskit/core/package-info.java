/**
 * The entry point of lmskit: {@link org.lmskit.core.Lms#builder()} assembles the library from the
 * ports a host passes (storage, clock, event publisher) and hands out one service per capability.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
