package uk.schoolcompliance.tracker.ui.trust;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The top bar's choice of school: "All schools", each school, then the trust's central team. Shown only for a trust's
 * file (a single school never sees it). Choosing sets {@link UiContext#schoolProperty()}, which every page's view model
 * passes to the app services, and is remembered for this database on this computer; opening the file again chooses
 * the same school (if it still exists).
 */
public final class SchoolPickerModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    /** One entry of the picker; {@code school} null is "All schools". */
    public record Choice(School school, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final UiContext ctx;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final BooleanProperty shown = new SimpleBooleanProperty(false);
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>();
    private Path restoredFor;

    public SchoolPickerModel(UiContext ctx) {
        this.ctx = ctx;
        // a school chosen elsewhere (a row of the trust overview) is shown and remembered here too
        ctx.schoolProperty().addListener((o, a, school) -> {
            Choice c = find(school);
            if (c != null && c != selected.get()) {
                selected.set(c);
                remember(c);
            }
        });
    }

    private Choice find(School school) {
        for (Choice c : choices) {
            if (school == null ? c.school() == null
                    : c.school() != null && c.school().id() == school.id() && c.school().isTrust() == school.isTrust()) {
                return c;
            }
        }
        return null;
    }

    /** Reads the schools (off the FX thread); the first time for a file, chooses the school remembered for it. */
    public void load() {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        Path file = services.databaseFile();
        latest.run(ctx.executor(), () -> new Loaded(services.schoolService().choices(), services.schoolService().isTrust(),
                file == null ? OptionalLong.empty() : ctx.schoolChoice().remembered(file)), // a server: nothing remembered
                loaded -> apply(file, loaded), e -> { });
    }

    private record Loaded(List<School> schools, boolean trust, OptionalLong remembered) {
    }

    private void apply(Path file, Loaded loaded) {
        List<Choice> list = new ArrayList<>();
        list.add(new Choice(null, I18n.t("trust.allSchools")));
        loaded.schools().forEach(s -> list.add(new Choice(s, s.name())));
        choices.setAll(list);
        shown.set(loaded.trust());
        School current = ctx.schoolProperty().get();
        if (file != null && !file.equals(restoredFor)) {
            restoredFor = file;
            current = null;
            if (loaded.trust() && loaded.remembered().isPresent()) {
                long id = loaded.remembered().getAsLong();
                current = loaded.schools().stream().filter(s -> s.id() == id).findFirst().orElse(null);
            }
        }
        if (!loaded.trust()) {
            current = null; // a single school's file is the whole file
        }
        Choice pick = list.get(0);
        for (Choice c : list) {
            if (c.school() != null && current != null && c.school().id() == current.id()
                    && c.school().isTrust() == current.isTrust()) {
                pick = c;
            }
        }
        selected.set(pick);
        if (ctx.schoolProperty().get() != pick.school()) {
            ctx.schoolProperty().set(pick.school());
        }
    }

    /** Shows {@code choice}'s school on every page and remembers it for this file. */
    public void choose(Choice choice) {
        if (choice == null) {
            return;
        }
        selected.set(choice);
        ctx.schoolProperty().set(choice.school());
        remember(choice);
    }

    private void remember(Choice choice) {
        TrackerServices services = ctx.services();
        if (services != null) {
            Path file = services.databaseFile();
            if (file == null) {
                return; // a trust's server: the choice is not remembered per file
            }
            OptionalLong id = choice.school() == null ? OptionalLong.empty() : OptionalLong.of(choice.school().id());
            ctx.executor().run(() -> {
                ctx.schoolChoice().remember(file, id);
                return null;
            }, done -> { }, e -> { });
        }
    }

    /** Chooses the entry of this school (from the trust overview), if it is one of the choices. */
    public void choose(School school) {
        Choice c = find(school);
        if (c != null) {
            choose(c);
        }
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObjectProperty<Choice> selectedProperty() {
        return selected;
    }
}
