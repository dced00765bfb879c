/**
 * IMS CASE 1.1 packages as JSON: {@link org.lmskit.imscase.CaseJson} reads a {@code CFPackage} into lms-core's
 * {@link org.lmskit.core.competency.framework.CasePackage} and writes one back, for
 * {@link org.lmskit.core.competency.CompetencyFrameworks} to import and export.
 */
package org.lmskit.imscase;
