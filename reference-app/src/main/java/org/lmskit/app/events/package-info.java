/** The outbox of events as an administrator sees it, and the app's demo "LRS" of xAPI statements. */
package org.lmskit.app.events;
