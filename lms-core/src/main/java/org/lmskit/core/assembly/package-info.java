/**
 * How the library is put together from the host's ports: {@link org.lmskit.core.assembly.Ports} is handed to
 * every capability's {@code assemble}. Hosts use {@code Lms.builder()}; this package matters to those who
 * assemble a single capability on its own.
 */
package org.lmskit.core.assembly;
