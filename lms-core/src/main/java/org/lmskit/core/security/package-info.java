/**
 * Who is acting. The host resolves the acting user (session, token, SSO) and hands the library an
 * {@link org.lmskit.core.security.Actor}; the library never reads the actor from request data.
 */
package org.lmskit.core.security;
