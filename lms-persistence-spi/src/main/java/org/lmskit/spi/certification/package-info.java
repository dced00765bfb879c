/** Stored state of the certification capability: grading tables, path set-ups, achievements, case studies, quizzes, certificates. */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.spi.certification;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
