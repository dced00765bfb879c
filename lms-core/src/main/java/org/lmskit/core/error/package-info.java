/**
 * What the library throws, as unchecked exceptions a caller maps by type, never by message:
 * invalid input (with field-level violations), not found, conflict, permission denied and
 * business rule refused (with a machine-readable code).
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.error;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
