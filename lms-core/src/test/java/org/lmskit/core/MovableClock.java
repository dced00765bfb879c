package org.lmskit.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A UTC clock a test moves by hand: the library's every "now" comes from it. */
public final class MovableClock extends Clock {
    private volatile Instant now;

    public MovableClock(Instant start) {
        now = start;
    }

    /** Six in the morning (UTC) of {@code day}: daily jobs run then in the scenario tests. */
    public static MovableClock atDay(LocalDate day) {
        MovableClock clock = new MovableClock(Instant.EPOCH);
        clock.setDay(day);
        return clock;
    }

    public void setDay(LocalDate day) {
        now = day.atTime(6, 0).toInstant(ZoneOffset.UTC);
    }

    public LocalDate day() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public Instant now() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
