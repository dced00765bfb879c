/** Small programs to copy: each builds the library and uses one capability. */
package org.lmskit.examples;
