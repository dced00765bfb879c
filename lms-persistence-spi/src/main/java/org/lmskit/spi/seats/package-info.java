/** Stored state of licence and slot sessions: the session with its slots and waiting list, and its members. */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.spi.seats;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
