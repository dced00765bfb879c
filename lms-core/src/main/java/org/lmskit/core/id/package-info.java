/** Typed identifiers, so a path id is never passed where a user id is expected. */
package org.lmskit.core.id;
