/** Reading the audit trail every capability writes: by record or by actor, paged. */
package org.lmskit.core.audit;
