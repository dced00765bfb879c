/**
 * Claims for work that must happen once per key however many nodes run it (the daily rotation,
 * overdue sweeps).
 */
package org.lmskit.spi.jobs;
