/**
 * SAR follow-up cards and the candidate pool (seed 004): {@link org.lmskit.core.recruitment.RecruitmentCapability}
 * with the result table held as validated data ({@link org.lmskit.core.recruitment.ResultTable}), deadlines,
 * overdue blocking of the pool search, company isolation, non-response notifications and card history.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.recruitment;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
