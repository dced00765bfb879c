/**
 * xAPI 1.0.3 statements from lmskit's events: {@link org.lmskit.xapi.XapiStatements} maps an event to statements,
 * {@link org.lmskit.xapi.XapiPublisher} is an {@code EventPublisher} that sends them to a
 * {@link org.lmskit.xapi.StatementSink} (the host's LRS client, or {@link org.lmskit.xapi.StatementFile} for a demo).
 * The mapping, one example per statement kind, is in docs/events.md.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package org.lmskit.xapi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
