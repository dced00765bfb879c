/** Messages the library asks the host to deliver (mail, SMS, in-app), through the {@link org.lmskit.core.notification.Notifier} port. */
@API(status = STABLE, since = "0.1.0")
package org.lmskit.core.notification;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
