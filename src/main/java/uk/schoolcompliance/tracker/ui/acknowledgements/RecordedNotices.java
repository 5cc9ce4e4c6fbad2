package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.acknowledgements.AcknowledgementsViewModel.Notice;

/**
 * What the acknowledgements page says after a recording from the window (a session, "Record one", an import of form
 * responses): how many, and, when what was recorded is dated after the page's as-of date, that the figures leave it
 * out, with the offer to show them as of today. The offer stands while its notice is the page's message and the
 * as-of date has not moved.
 */
final class RecordedNotices {

    private final UiContext ctx;
    private final StringProperty message;
    private final BooleanProperty offerToday = new SimpleBooleanProperty();
    /** The text of the notice on show (while it is the message, its offer stands). */
    private String noticeText;
    /** A moved as-of date makes an after-as-of notice untrue: withdraw it (held here; the context holds it weakly). */
    private final ChangeListener<LocalDate> asOfMoved;

    /** Tells through the page's {@code message}. */
    RecordedNotices(UiContext ctx, StringProperty message) {
        this.ctx = ctx;
        this.message = message;
        this.asOfMoved = (o, a, b) -> {
            if (offerToday.get()) {
                offerToday.set(false);
                message.set("");
            }
        };
        ctx.asOfProperty().addListener(new WeakChangeListener<>(asOfMoved));
        message.addListener((o, a, text) -> {
            if (noticeText != null && !noticeText.equals(text)) {
                noticeText = null;
                offerToday.set(false);
            }
        });
    }

    /** After a sign-off session: how many were recorded and, when dated after the as-of date, that the figures leave them out. */
    static Notice session(List<Acknowledgement> written, LocalDate asOf) {
        int n = written.size();
        LocalDate on = written.stream().map(Acknowledgement::date).max(LocalDate::compareTo).orElse(null);
        if (on != null && on.isAfter(asOf)) {
            return new Notice(I18n.t("acks.session.done.after", n, Dates.forPeople(on), Dates.forPeople(asOf)), true);
        }
        return new Notice(I18n.t("acks.session.done", n), false);
    }

    /** After "Record one": recorded (or already signed) and, when dated after the as-of date, that the figures leave it out. */
    static Notice one(AcknowledgementService.Result r, LocalDate asOf) {
        LocalDate on = r.acknowledgement().date();
        boolean after = on.isAfter(asOf);
        if (r.recorded()) {
            return new Notice(after
                    ? I18n.t("acks.record.done.after", r.staff().fullName(), r.policy().title(), r.version().label(),
                            Dates.forPeople(on), Dates.forPeople(asOf))
                    : I18n.t("acks.record.done", r.staff().fullName(), r.policy().title(), r.version().label()), after);
        }
        String already = I18n.t("acks.record.already", r.staff().fullName(), r.policy().title(), Dates.forPeople(on));
        return new Notice(after ? already + " " + I18n.t("acks.record.already.after", Dates.forPeople(asOf)) : already, after);
    }

    /** After importing form responses: how many, and how many of them the figures as of the date leave out. */
    static Notice imported(List<Acknowledgement> written, LocalDate asOf) {
        long after = written.stream().filter(a -> a.date().isAfter(asOf)).count();
        if (after == 0) {
            return new Notice(I18n.t("acks.import.done", written.size()), false);
        }
        if (written.size() == 1) {
            return new Notice(I18n.t("acks.import.done.one.after", Dates.forPeople(asOf)), true);
        }
        return new Notice(I18n.t("acks.import.done", written.size()) + " "
                + I18n.t("acks.import.done.after", after, Dates.forPeople(asOf)), true);
    }

    /** Shows a notice as the page's message, with the offer to show today's figures when it needs one. */
    void tell(Notice n) {
        noticeText = n.text();
        message.set(n.text());
        offerToday.set(n.afterAsOf());
    }

    /** "Show as of today": moves the as-of date to today, so the figures include what was just recorded. */
    void showAsOfToday() {
        offerToday.set(false);
        noticeText = null;
        LocalDate today = ctx.today();
        ctx.asOfProperty().set(today);
        message.set(I18n.t("acks.asOf.today.done", Dates.forPeople(today)));
    }

    /** True while the message is a notice about a recording after the as-of date. */
    BooleanProperty offerToday() {
        return offerToday;
    }
}
