/**
 * lmskit's metrics in Micrometer: {@link org.lmskit.micrometer.MicrometerObserver} hears the library
 * ({@code Lms.builder().observer(...)}) and records in the host's {@code MeterRegistry}.
 */
package org.lmskit.micrometer;
