/**
 * Signed credentials: lmskit's Open Badges 3.0 credentials secured as VC-JWT with the host's keys
 * ({@link org.lmskit.credentials.SigningKeys}), and their verification. Apart from lms-core, which stays free of
 * crypto libraries.
 */
package org.lmskit.credentials;
