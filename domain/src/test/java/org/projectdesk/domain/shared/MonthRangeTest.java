package org.projectdesk.domain.shared;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MonthRangeTest {

    private static final MonthRange EAP_IBM = MonthRange.of(YearMonth.of(2014, 7), YearMonth.of(2017, 6));

    @Test
    void bothEndsAreIncluded() {
        assertEquals(36, EAP_IBM.months());
        assertEquals(LocalDate.of(2014, 7, 1), EAP_IBM.firstDay());
        assertEquals(LocalDate.of(2017, 6, 30), EAP_IBM.lastDay());
        assertEquals(1, MonthRange.of(YearMonth.of(2015, 7), YearMonth.of(2015, 7)).months());
        assertEquals("2014-07/2017-06", EAP_IBM.toString());
    }

    @Test
    void theEndMayNotBeBeforeTheStart() {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> MonthRange.of(YearMonth.of(2017, 6), YearMonth.of(2014, 7)));
        assertEquals("duration", refused.field());
        assertEquals("error.duration.endBeforeStart", refused.messageKey());
        assertThrows(InvalidValueException.class, () -> MonthRange.of(YearMonth.of(2016, 2), YearMonth.of(2016, 1)));
    }

    @Test
    void bothEndsAreRequired() {
        assertEquals("error.duration.required", assertThrows(InvalidValueException.class,
                () -> MonthRange.of(null, YearMonth.of(2017, 6))).messageKey());
        assertThrows(InvalidValueException.class, () -> MonthRange.of(YearMonth.of(2017, 6), null));
    }

    @Test
    void statusOnADay() {
        assertEquals(ProjectStatus.UPCOMING, EAP_IBM.statusOn(LocalDate.of(2014, 6, 30)));
        assertEquals(ProjectStatus.ONGOING, EAP_IBM.statusOn(LocalDate.of(2014, 7, 1)));
        assertEquals(ProjectStatus.ONGOING, EAP_IBM.statusOn(LocalDate.of(2017, 6, 30)));
        assertEquals(ProjectStatus.COMPLETED, EAP_IBM.statusOn(LocalDate.of(2017, 7, 1)));
    }

    @Test
    void equality() {
        assertEquals(EAP_IBM, MonthRange.of(YearMonth.of(2014, 7), YearMonth.of(2017, 6)));
        assertEquals(EAP_IBM.hashCode(), MonthRange.of(YearMonth.of(2014, 7), YearMonth.of(2017, 6)).hashCode());
        assertNotEquals(EAP_IBM, MonthRange.of(YearMonth.of(2014, 7), YearMonth.of(2017, 7)));
    }
}
