/**
 * Stored state of the recruitment capability (seed 004, SAR): candidates of the pool and the
 * companies' follow-up cards, with the criteria objects an adapter pushes into its queries.
 */
package org.lmskit.spi.recruitment;
