package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the desk writes moments: "27 Nov 2026, 21:50 UTC" (staff work across time zones). */
@Named
@ApplicationScoped
public class DeskFormats {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String instant(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
