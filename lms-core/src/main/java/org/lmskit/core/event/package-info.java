/**
 * Events the library publishes after a change commits, failures included, through the
 * {@link org.lmskit.core.event.EventPublisher} port the host implements (mail, webhooks, metrics).
 */
package org.lmskit.core.event;
