/** Stored state of licence and slot sessions: the session with its slots and waiting list, and its members. */
package org.lmskit.spi.seats;
