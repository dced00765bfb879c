/** Named rules that answer allowed, or rejected with the rule and the field that refused. */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.policy;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
