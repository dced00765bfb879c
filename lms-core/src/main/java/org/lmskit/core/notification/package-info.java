/** Messages the library asks the host to deliver (mail, SMS, in-app), through the {@link org.lmskit.core.notification.Notifier} port. */
package org.lmskit.core.notification;
