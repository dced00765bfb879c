/** REST resource reading the audit trail. */
package org.lmskit.app.audit;
