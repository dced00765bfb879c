/**
 * Licence and slot sessions (seed 003): seats, waiting lists, natural and rhythmic rotation, the
 * daily job, expiry, inactive learners.
 */
package org.lmskit.core.seats;
