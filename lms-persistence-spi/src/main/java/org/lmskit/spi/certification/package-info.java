/** Stored state of the certification capability: grading tables, path set-ups, achievements, case studies, quizzes, certificates. */
package org.lmskit.spi.certification;
