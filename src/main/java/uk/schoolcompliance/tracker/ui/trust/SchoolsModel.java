package uk.schoolcompliance.tracker.ui.trust;

import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * Settings → Schools: the file's schools (add one, rename one, give it a URN and phase) and moving a person to
 * another school. Every change goes through the app services (audited) and tells every page the data changed; a
 * refused change (a name already used, a URN that is not six digits) leaves its one-line reason in {@code error}.
 */
public final class SchoolsModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    private final UiContext ctx;
    private final ObservableList<School> schools = FXCollections.observableArrayList();
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();
    /** Issue #19: each school's version as loaded with the values the form shows, handed back on save. */
    private final java.util.Map<Long, Long> opened = new java.util.HashMap<>();

    public SchoolsModel(UiContext ctx) {
        this.ctx = ctx;
    }

    private record Loaded(List<uk.schoolcompliance.tracker.domain.Editing<School>> schools, List<StaffMember> staff) {
    }

    public void load() {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        latest.run(ctx.executor(), () -> new Loaded(services.schoolService().schoolsForEdit(),
                services.allStaff().stream().filter(s -> s.leaveDate() == null).toList()), l -> {
            opened.clear();
            l.schools().forEach(e -> opened.put(e.record().id(), e.version()));
            schools.setAll(l.schools().stream().map(uk.schoolcompliance.tracker.domain.Editing::record).toList());
            staff.setAll(l.staff());
        }, e -> error.set(Dialogs.describe(e)));
    }

    /**
     * Adds a school (id 0) or saves one as it was loaded: when someone else changed it since, the save is refused with
     * "changed by LOGIN at HH:MM since you opened it" and both values, nothing is written and the form keeps what was
     * typed (issue #19).
     */
    public void save(long id, String name, String urn, String phase) {
        TrackerServices services = ctx.services();
        Long version = opened.get(id);
        ctx.executor().run(() -> id == 0 ? services.schoolService().add(name, urn, phase)
                : version != null ? services.schoolService().update(id, name, urn, phase, version)
                : services.schoolService().update(id, name, urn, phase), saved -> done(), e -> error.set(Dialogs.describe(e)));
    }

    /** Moves a person to another school (audited). */
    public void move(StaffMember person, School to) {
        if (person == null || to == null) {
            return;
        }
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.staffService().moveToSchool(person.id(), to.id()), moved -> done(),
                e -> error.set(Dialogs.describe(e)));
    }

    private void done() {
        error.set(null);
        ctx.dataChanged();
        load();
    }

    public ObservableList<School> schools() {
        return schools;
    }

    public ObservableList<StaffMember> staff() {
        return staff;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
