/**
 * Certification (seed 003, "Voici le barème"): a grade out of 20 gives gold from 18, silver from 15,
 * bronze from 12 and nothing below; each path may keep its own validated cut-offs.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.certification;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
