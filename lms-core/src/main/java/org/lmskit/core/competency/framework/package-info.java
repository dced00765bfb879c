/**
 * Portable competency frameworks: the IMS CASE 1.1 package lmskit imports into and exports from its competency
 * catalogue ({@link org.lmskit.core.competency.framework.CasePackage}), independent of any JSON library. The JSON
 * binding is the {@code lms-ims-case} module; the import and export are
 * {@link org.lmskit.core.competency.CompetencyFrameworks}.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.competency.framework;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
