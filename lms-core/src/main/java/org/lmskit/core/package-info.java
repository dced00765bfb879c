/**
 * The entry point of lmskit: {@link org.lmskit.core.Lms#builder()} assembles the library from the
 * ports a host passes (storage, clock, event publisher) and hands out one service per capability.
 */
package org.lmskit.core;
