package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How the desk writes moments: "27 Nov 2026, 21:50 UTC" (staff work across time zones), the month
 * in the page's language, and how long something has waited ("2 d 5 h", in the person's language).
 */
@Named
@ApplicationScoped
public class DeskFormats {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    Clock clock;

    @Inject
    DeskMessages messages;

    public String instant(Instant instant) {
        return instant == null ? "" : MOMENT.withLocale(locale()).format(instant);
    }

    private static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
    }

    /** How long ago the moment was, in days and hours (hours and minutes under a day); empty for none. */
    public String waited(Instant since) {
        if (since == null) {
            return "";
        }
        Duration waited = Duration.between(since, clock.instant());
        if (waited.isNegative()) {
            waited = Duration.ZERO;
        }
        return waited.toDays() > 0
                ? messages.text("desk.waited.days", waited.toDays(), waited.toHoursPart())
                : messages.text("desk.waited.hours", waited.toHours(), waited.toMinutesPart());
    }
}
