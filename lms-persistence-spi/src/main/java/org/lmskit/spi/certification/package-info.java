/** Stored state of the certification capability: the grading table of each path. */
package org.lmskit.spi.certification;
