/**
 * Events the library publishes after a change commits, failures included, through the
 * {@link org.lmskit.core.event.EventPublisher} port the host implements (mail, webhooks, metrics).
 */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.event;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
