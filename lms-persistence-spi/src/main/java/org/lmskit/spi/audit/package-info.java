/** The append-only audit trail: who changed which record, when, and what it was before and after. */
package org.lmskit.spi.audit;
