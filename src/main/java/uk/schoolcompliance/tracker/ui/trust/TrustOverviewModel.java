package uk.schoolcompliance.tracker.ui.trust;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.SchoolService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.report.TrustPack;

/**
 * The dashboard's trust overview: with "All schools" chosen on a trust's file, one row per entry of {@code schools}
 * (each school, then the central team) with the same figures and status as the trust board's pack, worst first.
 * Opening a row chooses that school for every page.
 */
public final class TrustOverviewModel {

    /** A row: the school to choose and its figures and status ({@link TrustPack.SchoolRow}). */
    public record Row(School school, TrustPack.SchoolRow figures) {
        public String name() {
            return figures.name();
        }
    }

    private final uk.schoolcompliance.tracker.ui.UiContext ctx;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final javafx.beans.property.ObjectProperty<SchoolHeatMap.Heat> heat = new javafx.beans.property.SimpleObjectProperty<>();

    public TrustOverviewModel(uk.schoolcompliance.tracker.ui.UiContext ctx) {
        this.ctx = ctx;
    }

    /** The rows and the heat map, computed together off the FX thread (by the dashboard's own load). */
    public record Overview(List<Row> rows, SchoolHeatMap.Heat heat) {
    }

    /**
     * What the overview shows as of a date: nothing with a school chosen or on a single school's file. The heat map
     * is left out when it would hold more than {@link #HEAT_CELLS} cells (a trust of 56 academies: the workbook's
     * "By school and policy" sheet holds it).
     */
    public static Overview overview(TrackerServices services, LocalDate asOf, boolean allSchools) {
        if (!allSchools || !services.schoolService().isTrust()) {
            return new Overview(List.of(), null);
        }
        if (services.serverAccess().isGovernorOnly()) {
            // a governor may not read the policies' table (#19): the policies are those its figures count
            List<SchoolService.SchoolPolicyFigures> figures = services.schoolService().trustFigures(asOf);
            int policies = (int) figures.stream().flatMap(f -> f.byPolicy().keySet().stream())
                    .mapToLong(uk.schoolcompliance.tracker.domain.Policy::id).distinct().count();
            return overview(d -> figures, asOf, policies);
        }
        return overview(services.schoolService()::trustFigures, asOf, services.allPolicies().size());
    }

    /**
     * The overview from one question ({@code SchoolService.trustFigures}: school x policy in one grouped query of the
     * database): the rows and the heat map are both made from its answer, so the dashboard asks once.
     */
    static Overview overview(java.util.function.Function<LocalDate, List<SchoolService.SchoolPolicyFigures>> ask,
            LocalDate asOf, int policies) {
        List<SchoolService.SchoolPolicyFigures> figures = ask.apply(asOf);
        List<Row> list = rows(figures);
        SchoolHeatMap.Heat heat = SchoolHeatMap.of(figures);
        boolean small = !list.isEmpty() && (long) list.size() * policies <= HEAT_CELLS;
        return new Overview(list, small ? heat : null);
    }

    /** The most cells the heat map draws. */
    public static final int HEAT_CELLS = 1500;

    /** Shows what {@link #overview} computed. */
    public void show(Overview o) {
        rows.setAll(o == null ? List.of() : o.rows());
        heat.set(o == null ? null : o.heat());
        shown.set(o != null && !o.rows().isEmpty());
    }

    /** The school x policy rates shown under the rows (null for a single school). */
    public javafx.beans.property.ObjectProperty<SchoolHeatMap.Heat> heatProperty() {
        return heat;
    }

    /** The rows worst first; none for a single school's file (public for tests). */
    public static List<Row> compute(TrackerServices services, LocalDate asOf) {
        if (!services.schoolService().isTrust()) {
            return List.of();
        }
        return rows(services.schoolService().trustFigures(asOf));
    }

    private static List<Row> rows(List<SchoolService.SchoolPolicyFigures> figures) {
        List<Row> out = new ArrayList<>();
        for (SchoolService.SchoolPolicyFigures e : figures) {
            SchoolService.SchoolFigures f = e.figures();
            out.add(new Row(f.school(), TrustPack.SchoolRow.of(f.name(), f.urn(), f.school().isTrust(), f.summary())));
        }
        out.sort((a, b) -> TrustPack.WORST_FIRST.compare(a.figures(), b.figures()));
        return out;
    }

    /** Shows this school on every page. */
    public void open(Row row) {
        if (row != null) {
            ctx.schoolProperty().set(row.school());
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }
}
