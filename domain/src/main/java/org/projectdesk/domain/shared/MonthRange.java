package org.projectdesk.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A project's duration as whole months, both ends included: "July 2014 – June 2017". The end is
 * never before the start. Stored as the first day of each month so that databases can compare it.
 */
@Embeddable
public class MonthRange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "start_month", nullable = false)
    private LocalDate startMonth;
    @Column(name = "end_month", nullable = false)
    private LocalDate endMonth;

    protected MonthRange() {
        // for Jakarta Persistence
    }

    private MonthRange(YearMonth start, YearMonth end) {
        if (start == null || end == null) {
            throw new InvalidValueException("duration", "error.duration.required",
                    "Both the start month and the end month are required.");
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException("duration", "error.duration.endBeforeStart",
                    "The end month {0} is before the start month {1}.", end, start);
        }
        this.startMonth = start.atDay(1);
        this.endMonth = end.atDay(1);
    }

    public static MonthRange of(YearMonth start, YearMonth end) {
        return new MonthRange(start, end);
    }

    public YearMonth start() {
        return YearMonth.from(startMonth);
    }

    public YearMonth end() {
        return YearMonth.from(endMonth);
    }

    /** The first day of the start month. */
    public LocalDate firstDay() {
        return startMonth;
    }

    /** The last day of the end month. */
    public LocalDate lastDay() {
        return end().atEndOfMonth();
    }

    /** How many months the range covers, both ends included. */
    public long months() {
        return ChronoUnit.MONTHS.between(start(), end()) + 1;
    }

    /** Whether the project is upcoming, ongoing or completed on the given day. */
    public ProjectStatus statusOn(LocalDate day) {
        if (day.isBefore(firstDay())) {
            return ProjectStatus.UPCOMING;
        }
        return day.isAfter(lastDay()) ? ProjectStatus.COMPLETED : ProjectStatus.ONGOING;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof MonthRange that
                && startMonth.equals(that.startMonth) && endMonth.equals(that.endMonth);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startMonth, endMonth);
    }

    /** ISO-like form, e.g. {@code 2014-07/2017-06}. */
    @Override
    public String toString() {
        return start() + "/" + end();
    }
}
