package uk.schoolcompliance.tracker.io.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

class ReviewCalendarTest {

    @Test
    void writesValidFoldedEscapedICalendarThatParsesBack() throws Exception {
        String longTitle = "Relationships, Sex; and Health Education Policy \u2014 a title long enough to need folding "
                + "at seventy-five octets per RFC 5545";
        List<ReviewCalendar.Event> events = List.of(
                new ReviewCalendar.Event("review-due-1@x.compliance-tracker", LocalDate.of(2026, 9, 30),
                        "Policy review due: " + longTitle, "Owner: Head, teacher; notes\nsecond line", "Policy review"),
                new ReviewCalendar.Event("review-meeting-7@x.compliance-tracker", LocalDate.of(2026, 12, 9),
                        "Review meeting: Complaints", null, "Policy review"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReviewCalendar.write("Oakfield reviews", events, out);
        String ics = out.toString(StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n").contains("PRODID:");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics.replace("\r\n ", "")).contains("Head\\, teacher\\; notes\\nsecond line");

        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
        parsed.validate();
        List<VEvent> parsedEvents = parsed.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(parsedEvents).hasSize(2);
        VEvent first = parsedEvents.get(0);
        assertThat(first.getUid().orElseThrow().getValue()).isEqualTo("review-due-1@x.compliance-tracker");
        assertThat(first.getSummary().orElseThrow().getValue()).isEqualTo("Policy review due: " + longTitle);
        assertThat(first.getDescription().orElseThrow().getValue()).isEqualTo("Owner: Head, teacher; notes\nsecond line");
        assertThat(first.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260930");
        assertThat(parsedEvents.get(1).getUid().orElseThrow().getValue()).isEqualTo("review-meeting-7@x.compliance-tracker");
    }
}
