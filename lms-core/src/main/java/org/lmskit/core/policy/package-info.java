/** Named rules that answer allowed, or rejected with the rule and the field that refused. */
package org.lmskit.core.policy;
