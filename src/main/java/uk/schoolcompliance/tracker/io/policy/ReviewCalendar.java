package uk.schoolcompliance.tracker.io.policy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The review dates as an iCalendar file (RFC 5545) written by ical4j, which folds long lines and
 * escapes text: one all-day event per policy review due and per planned review meeting. UIDs are
 * stable ({@code review-due-<policy id>@<database id>}) so importing the file again updates the
 * events instead of duplicating them.
 */
public final class ReviewCalendar {

    /** One event: a review due (or a planned review meeting) of a policy. */
    public record Event(String uid, LocalDate date, String summary, String description, String category) {
    }

    private ReviewCalendar() {
    }

    public static void write(String calendarName, List<Event> events, OutputStream out) throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Compliance Tracker//Policy reviews//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        for (Event e : events) {
            VEvent v = new VEvent(e.date(), e.date().plusDays(1), e.summary());
            v.add(new Uid(e.uid()));
            if (e.description() != null && !e.description().isBlank()) {
                v.add(new Description(e.description()));
            }
            if (e.category() != null) {
                v.add(new Categories(e.category()));
            }
            v.add(new Transp(Transp.VALUE_TRANSPARENT));
            calendar.add(v);
        }
        // the outputter closes its writer: write to a buffer so the caller's stream stays open
        StringWriter buffer = new StringWriter();
        new CalendarOutputter(true).output(calendar, buffer);
        out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
