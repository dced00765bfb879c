/** {@code GET /metrics}: lmskit's meters (lms-micrometer) and the JVM's, in Prometheus's text format. */
package org.lmskit.app.metrics;
