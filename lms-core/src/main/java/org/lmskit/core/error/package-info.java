/**
 * What the library throws, as unchecked exceptions a caller maps by type, never by message:
 * invalid input (with field-level violations), not found, conflict, permission denied and
 * business rule refused (with a machine-readable code).
 */
package org.lmskit.core.error;
