package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.acknowledgements.AcknowledgementsViewModel.Notice;

/**
 * The notices after a recording on their own (no school open): the offer to show today's figures stands while its
 * notice is the message and the as-of date has not moved, and taking it moves the date to today.
 */
class RecordedNoticesTest {

    static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    UiContext ctx;
    StringProperty message;
    RecordedNotices notices;

    @BeforeEach
    void make() {
        ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(NOV_1);
        message = new SimpleStringProperty("");
        notices = new RecordedNotices(ctx, message);
    }

    @Test
    void aNoticeAfterTheAsOfDateIsTheMessageAndOffersToday() {
        notices.tell(new Notice("after", true));
        assertThat(message.get()).isEqualTo("after");
        assertThat(notices.offerToday().get()).isTrue();

        notices.tell(new Notice("within", false));
        assertThat(message.get()).isEqualTo("within");
        assertThat(notices.offerToday().get()).isFalse();
    }

    @Test
    void anotherMessageWithdrawsTheOfferAndLeavesThatMessage() {
        notices.tell(new Notice("after", true));
        message.set("Exported 3 rows");
        assertThat(notices.offerToday().get()).isFalse();
        assertThat(message.get()).isEqualTo("Exported 3 rows");
        message.set("after");
        assertThat(notices.offerToday().get()).as("the notice's words again are not the notice").isFalse();
    }

    @Test
    void movingTheAsOfDateWithdrawsTheOfferAndItsNoticeButNoOtherMessage() {
        notices.tell(new Notice("after", true));
        ctx.asOfProperty().set(NOV_1.plusDays(1));
        assertThat(notices.offerToday().get()).isFalse();
        assertThat(message.get()).isEmpty();

        message.set("Voided.");
        ctx.asOfProperty().set(NOV_1);
        assertThat(message.get()).as("no offer stood: the message stays").isEqualTo("Voided.");
    }

    @Test
    void takingTheOfferShowsTodayAndSaysSo() {
        notices.tell(new Notice("after", true));
        notices.showAsOfToday();
        assertThat(ctx.asOf()).isEqualTo(TestDemo.AS_OF);
        assertThat(notices.offerToday().get()).isFalse();
        assertThat(message.get()).isEqualTo("Showing the figures as of today, 24/11/2026.");
    }
}
