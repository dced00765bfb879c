/**
 * IMS CASE 1.1 packages as JSON: {@link org.lmskit.imscase.CaseJson} reads a {@code CFPackage} into lms-core's
 * {@link org.lmskit.core.competency.framework.CasePackage} and writes one back, for
 * {@link org.lmskit.core.competency.CompetencyFrameworks} to import and export.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.imscase;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
