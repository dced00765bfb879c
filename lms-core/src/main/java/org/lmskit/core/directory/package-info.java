/** The host's directory of people, as the library needs it: who manages whom. */
package org.lmskit.core.directory;
