/** JMH benchmarks; see benchmarks/README.md for how to run them. */
package org.lmskit.benchmarks;
