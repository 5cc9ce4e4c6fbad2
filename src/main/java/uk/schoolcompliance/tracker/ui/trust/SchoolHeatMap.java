package uk.schoolcompliance.tracker.ui.trust;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import uk.schoolcompliance.tracker.app.SchoolService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.common.Rag;

/**
 * School × policy: the acknowledgement rate of each school (and the central team) for each policy that applies to it,
 * coloured red/amber/green with the rate written in each cell (so colour is never the only signal); a dash where the
 * policy is not the school's or nobody there must read it. Node id {@code school-heat-map}; cells
 * {@code heat-ROW-COLUMN}, row and column counted from 0 in the order of {@link Heat#schools()} and {@link Heat#policies()}.
 */
public final class SchoolHeatMap {

    /** The rates: {@code rates[school][policy]} null where nothing is required. */
    public record Heat(List<String> schools, List<String> policies, Double[][] rates, int[][] required) {
    }

    private final VBox node = new VBox(6);
    private final GridPane grid = new GridPane();

    public SchoolHeatMap() {
        Label title = new Label(I18n.t("trust.heat.title"));
        title.getStyleClass().add("title-4");
        grid.setHgap(2);
        grid.setVgap(2);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(true);
        // as tall as its rows (up to 400 pixels, then it scrolls): no empty band under a small trust's map
        scroll.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.min(400, grid.heightProperty()));
        node.getChildren().addAll(title, new Label(I18n.t("trust.heat.hint")), scroll);
        node.setId("school-heat-map");
    }

    /** The rates of every school for every policy, as of a date (off the FX thread). */
    public static Heat compute(TrackerServices services, LocalDate asOf) {
        return of(services.schoolService().trustFigures(asOf));
    }

    /** The rates of each entry (a school, the central team) for each policy, from the one grouped question's answer. */
    public static Heat of(List<SchoolService.SchoolPolicyFigures> entries) {
        Map<Long, String> titles = new LinkedHashMap<>();
        List<Map<Long, Tally>> tallies = new ArrayList<>();
        for (SchoolService.SchoolPolicyFigures entry : entries) {
            Map<Long, Tally> bySchool = new LinkedHashMap<>();
            for (Map.Entry<Policy, Tally> e : entry.byPolicy().entrySet()) {
                titles.putIfAbsent(e.getKey().id(), e.getKey().title());
                bySchool.put(e.getKey().id(), e.getValue());
            }
            tallies.add(bySchool);
        }
        List<Long> ids = new ArrayList<>(titles.keySet());
        ids.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(titles.get(a), titles.get(b)));
        Double[][] rates = new Double[entries.size()][ids.size()];
        int[][] required = new int[entries.size()][ids.size()];
        for (int r = 0; r < entries.size(); r++) {
            for (int c = 0; c < ids.size(); c++) {
                Tally t = tallies.get(r).get(ids.get(c));
                if (t != null && t.inScope() > 0) {
                    rates[r][c] = t.percent();
                    required[r][c] = t.inScope();
                }
            }
        }
        return new Heat(entries.stream().map(e -> e.figures().name()).toList(), ids.stream().map(titles::get).toList(),
                rates, required);
    }

    public void show(Heat heat) {
        grid.getChildren().clear();
        for (int c = 0; c < heat.policies().size(); c++) {
            String title = heat.policies().get(c);
            Label h = new Label(title); // long titles wrap onto more lines, never cut
            h.setTooltip(new Tooltip(title));
            h.setWrapText(true);
            h.setMinWidth(90);
            h.setMaxWidth(140);
            h.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            h.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
            GridPane.setValignment(h, javafx.geometry.VPos.BOTTOM);
            grid.add(h, c + 1, 0);
        }
        for (int r = 0; r < heat.schools().size(); r++) {
            grid.add(new Label(heat.schools().get(r)), 0, r + 1);
            for (int c = 0; c < heat.policies().size(); c++) {
                Double rate = heat.rates()[r][c];
                Label cell = new Label(rate == null ? "\u2014" : rate + " %");
                cell.setId("heat-" + r + "-" + c);
                cell.setPadding(new Insets(3, 6, 3, 6));
                cell.setMinWidth(60);
                if (rate != null) {
                    Rag rag = Rag.forPercent(rate);
                    cell.getStyleClass().add(rag.styleClass());
                    cell.setTooltip(new Tooltip(heat.schools().get(r) + ", " + heat.policies().get(c) + ": " + rate
                            + " % of " + heat.required()[r][c] + " (" + I18n.t(rag.wordKey()) + ")"));
                }
                grid.add(cell, c + 1, r + 1);
            }
        }
    }

    public Node node() {
        return node;
    }
}
