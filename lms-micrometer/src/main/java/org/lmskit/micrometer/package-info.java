/**
 * lmskit's metrics in Micrometer: {@link org.lmskit.micrometer.MicrometerObserver} hears the library
 * ({@code Lms.builder().observer(...)}) and records in the host's {@code MeterRegistry}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package org.lmskit.micrometer;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
