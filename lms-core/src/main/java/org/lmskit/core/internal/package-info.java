/** Helpers of lms-core that are not part of its API; they may change in any release. */
package org.lmskit.core.internal;
