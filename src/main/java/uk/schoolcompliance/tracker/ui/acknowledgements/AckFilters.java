package uk.schoolcompliance.tracker.ui.acknowledgements;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;

/**
 * The filters the acknowledgements page's heat map and outstanding list share: a staff category, a policy area,
 * one policy, overdue only, and a name. Any change runs the page's refilter.
 */
final class AckFilters {

    private final ObjectProperty<StaffCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> area = new SimpleObjectProperty<>();
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    private final StringProperty name = new SimpleStringProperty("");

    /** @param changed run after any filter changes (once per property changed) */
    AckFilters(Runnable changed) {
        category.addListener((o, a, b) -> changed.run());
        area.addListener((o, a, b) -> changed.run());
        policy.addListener((o, a, b) -> changed.run());
        overdueOnly.addListener((o, a, b) -> changed.run());
        name.addListener((o, a, b) -> changed.run());
    }

    /** The filters as they stand. */
    MatrixModel.Filter filter() {
        return new MatrixModel.Filter(category.get(), area.get(), policy.get(), overdueOnly.get(), name.get());
    }

    /** Every filter back to "all". */
    void clear() {
        category.set(null);
        area.set(null);
        policy.set(null);
        overdueOnly.set(false);
        name.set("");
    }

    ObjectProperty<StaffCategory> category() {
        return category;
    }

    ObjectProperty<String> area() {
        return area;
    }

    ObjectProperty<Policy> policy() {
        return policy;
    }

    BooleanProperty overdueOnly() {
        return overdueOnly;
    }

    StringProperty name() {
        return name;
    }
}
