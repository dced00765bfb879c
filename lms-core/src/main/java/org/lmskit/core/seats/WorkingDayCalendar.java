package org.lmskit.core.seats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days count when a rhythmic rotation does not count weekends. Hosts add their public
 * holidays with {@link #withHolidays(Set)}.
 */
@FunctionalInterface
public interface WorkingDayCalendar {

    /** Whether {@code day} counts in a rotation without weekends. */
    boolean isWorkingDay(LocalDate day);

    /** Monday to Friday. */
    static WorkingDayCalendar weekdays() {
        return day -> day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The same calendar without {@code holidays} (public holidays, say). */
    default WorkingDayCalendar withHolidays(Set<LocalDate> holidays) {
        Set<LocalDate> off = Set.copyOf(holidays);
        return day -> isWorkingDay(day) && !off.contains(day);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    default long workingDaysBetween(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
