package uk.schoolcompliance.tracker.ui.dashboard;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.app.ThisWeek;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * A titled list of things to do on the dashboard ("What needs doing this week", the data-quality warnings): one
 * line each, wrapping, never cut, that opens what it is about (a click, Enter or Space), or a green line saying
 * there is nothing; at most {@code limit} lines, then how many more.
 */
final class JobsPane extends VBox {

    private final VBox lines = new VBox(4);
    private final Consumer<Destination> navigate;
    private final String noneKey;
    private final String linePrefix;
    private final int limit;
    private final Function<DashboardViewModel.Job, Node> icon;

    JobsPane(String id, String titleKey, String noneKey, String linePrefix, int limit,
            Function<DashboardViewModel.Job, Node> icon, Consumer<Destination> navigate) {
        super(16);
        this.navigate = navigate;
        this.noneKey = noneKey;
        this.linePrefix = linePrefix;
        this.limit = limit;
        this.icon = icon;
        Label title = new Label(I18n.t(titleKey));
        title.getStyleClass().add("section-title");
        lines.setId(id);
        getChildren().addAll(title, lines);
    }

    /** What needs doing this week: an overdue item in red, a data warning in amber; the 20 most urgent. */
    static JobsPane thisWeek(Consumer<Destination> navigate) {
        return new JobsPane("dashboard-this-week", "dashboard.week.title", "dashboard.week.none", "this-week-",
                DashboardView.WEEK_LINES, j -> j.kind() == ThisWeek.Kind.DATA_WARNING ? warningIcon() : Rag.RED.icon(),
                navigate);
    }

    /** The data-quality warnings, every one, in amber. */
    static JobsPane warnings(Consumer<Destination> navigate) {
        return new JobsPane("dashboard-warnings", "dashboard.warnings.title", "dashboard.warnings.none",
                "dashboard-warning-", Integer.MAX_VALUE, j -> warningIcon(), navigate);
    }

    /** Shows the jobs; {@code nothing} when there is nothing to do (a green line). */
    void show(List<DashboardViewModel.Job> jobs, boolean nothing) {
        lines.getChildren().clear();
        if (nothing) {
            lines.getChildren().add(new Label(I18n.t(noneKey), Rag.GREEN.icon()));
        }
        int shown = Math.min(jobs.size(), limit);
        for (int i = 0; i < shown; i++) {
            lines.getChildren().add(jobLine(linePrefix + i, jobs.get(i), icon.apply(jobs.get(i))));
        }
        if (jobs.size() > shown) {
            Label more = new Label(I18n.t("dashboard.week.more", jobs.size() - shown));
            more.setId("this-week-more");
            lines.getChildren().add(more);
        }
    }

    /** The lines (to move the focus to the first). */
    VBox lines() {
        return lines;
    }

    private static Node warningIcon() {
        FontIcon icon = new FontIcon(MaterialDesignA.ALERT);
        icon.getStyleClass().add(Rag.AMBER.styleClass());
        return icon;
    }

    /** A line that opens what it is about: clickable, focusable, Enter or Space, with a tooltip naming where. */
    private Label jobLine(String id, DashboardViewModel.Job j, Node icon) {
        Label l = new Label(j.text(), icon);
        l.setId(id);
        l.getStyleClass().add("warning-line");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        DrillLinks.activatable(l, I18n.t("dashboard.open.tip", j.text(), DrillLinks.where(j.destination())),
                () -> navigate.accept(j.destination()));
        return l;
    }
}
