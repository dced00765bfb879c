/** REST resources of licence and slot sessions. */
package org.lmskit.app.seats;
