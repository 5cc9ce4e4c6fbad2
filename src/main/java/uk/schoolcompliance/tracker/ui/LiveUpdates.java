package uk.schoolcompliance.tracker.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.DataChange;
import uk.schoolcompliance.tracker.domain.School;

/**
 * Issue #19: the window sees others' changes on a trust's server within a few seconds, without a manual refresh, and
 * refreshes only what they touch. It listens through the open services ({@link TrackerServices#listenForChanges}, a
 * thread owned by the store); each batch comes to the FX thread through the context's executor, where the page on
 * screen is refreshed only when the batch touches it (other pages refresh when next opened) and the rail's counts only
 * when figures may have moved. Changes of another school than the one chosen in the top bar are left alone. On a file
 * nothing is heard.
 */
public final class LiveUpdates {

    private final UiContext ctx;
    private final Supplier<Section> current;
    private final Consumer<Section> refreshPage;
    private final Runnable refreshCounts;
    private AutoCloseable listening;

    public LiveUpdates(UiContext ctx, Supplier<Section> current, Consumer<Section> refreshPage, Runnable refreshCounts) {
        this.ctx = ctx;
        this.current = current;
        this.refreshPage = refreshPage;
        this.refreshCounts = refreshCounts;
        ctx.servicesProperty().addListener((o, before, now) -> listenTo(now));
        listenTo(ctx.services());
    }

    private void listenTo(TrackerServices services) {
        stop();
        if (services != null) {
            // the listener's thread hands each batch to the executor, which brings it to the FX thread
            listening = services.listenForChanges(changes -> ctx.executor().run(() -> changes, this::received, e -> { }));
        }
    }

    /** Stops listening (the window closes, or another database is opened). */
    public void stop() {
        if (listening != null) {
            try {
                listening.close();
            } catch (Exception e) {
                // closing a listener only stops a thread and closes its connection
            }
            listening = null;
        }
    }

    /** A batch of others' changes, on the FX thread: refreshes the page on screen if they touch it, and the counts. */
    public void received(List<DataChange> changes) {
        Set<Section> touched = affected(changes, ctx.school());
        if (touched.isEmpty()) {
            return;
        }
        Section shown = current.get();
        if (shown != null && touched.contains(shown)) {
            refreshPage.accept(shown);
        }
        if (touched.contains(Section.DASHBOARD)) {
            refreshCounts.run();
        }
    }

    /** The pages a batch of changes touches, for the school chosen in the top bar (empty: all schools). */
    public static Set<Section> affected(List<DataChange> changes, Optional<School> chosen) {
        Set<Section> out = EnumSet.noneOf(Section.class);
        for (DataChange c : changes) {
            if (chosen.isPresent() && c.schoolId() != null && c.schoolId() != chosen.get().id()) {
                continue;
            }
            out.addAll(sections(c.entity()));
        }
        return out;
    }

    /** The pages that show a kind of record (the audit log shows every change; the figures most). */
    static Set<Section> sections(String entity) {
        return switch (entity == null ? "" : entity) {
            case "staff", "staff_import" -> EnumSet.of(Section.STAFF, Section.DASHBOARD, Section.ACKNOWLEDGEMENTS,
                    Section.INDUCTION, Section.REPORTS, Section.AUDIT);
            case "acknowledgement", "acknowledgement_session", "acknowledgement_import" -> EnumSet.of(
                    Section.ACKNOWLEDGEMENTS, Section.DASHBOARD, Section.STAFF, Section.POLICIES, Section.INDUCTION,
                    Section.REPORTS, Section.AUDIT);
            case "induction_item", "induction_plan", "induction_template" -> EnumSet.of(Section.INDUCTION,
                    Section.DASHBOARD, Section.STAFF, Section.REPORTS, Section.AUDIT);
            case "review" -> EnumSet.of(Section.REVIEWS, Section.POLICIES, Section.DASHBOARD, Section.REPORTS,
                    Section.AUDIT);
            default -> EnumSet.allOf(Section.class); // policies and versions, schools, settings: everything shows them
        };
    }
}
