/**
 * Who is acting. The host resolves the acting user (session, token, SSO) and hands the library an
 * {@link org.lmskit.core.security.Actor}; the library never reads the actor from request data.
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.security;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
