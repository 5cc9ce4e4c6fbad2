package uk.schoolcompliance.tracker.ui.staff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import uk.schoolcompliance.tracker.domain.EmailAddress;
import uk.schoolcompliance.tracker.domain.InductionRules;
import uk.schoolcompliance.tracker.app.InductionService;
import uk.schoolcompliance.tracker.app.StaffService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.ActionMessages;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * The staff register: one loaded list behind a FilteredList and a SortedList, so typing in the
 * filter re-tests rows in memory and never goes back to the database; the selected person's page
 * (details, induction, acknowledgements, gaps) is loaded off the FX thread.
 */
public final class StaffViewModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    /** The status filter. */
    public enum Status { ALL, IN_POST, NEW_STARTERS, LEAVERS, ABSENT }

    /** A table row: the staff member and their text in lower case, prepared once for filtering. */
    public record Row(StaffMember staff, String search) {
        static Row of(StaffMember s) {
            String text = String.join(" ", s.givenName(), s.familyName(), nz(s.staffRef()), nz(s.email()),
                    nz(s.jobTitle()), s.category().label()).toLowerCase(Locale.ROOT);
            return new Row(s, text);
        }
    }

    /** One acknowledgement on the person's page. */
    public record AckLine(String policy, String version, LocalDate date, String method, String recordedBy,
                          boolean voided) {
    }

    /** Everything on a staff member's page as of a date. */
    public record Detail(StaffMember staff, InductionService.Checklist induction, List<AckLine> acknowledgements,
                         List<Obligation> gaps, LocalDate asOf) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final UiContext ctx;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final SortedList<Row> sorted = new SortedList<>(filtered);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<StaffCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>(Status.IN_POST);
    private final BooleanProperty noEmailOnly = new SimpleBooleanProperty();
    private final ObjectProperty<Detail> detail = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    /** Issue #15: each action clears what the last one said. */
    private final ActionMessages banners = new ActionMessages(error);
    private long detailId;

    public StaffViewModel(UiContext ctx) {
        this.ctx = ctx;
        filterText.addListener((o, a, b) -> applyFilter());
        category.addListener((o, a, b) -> applyFilter());
        status.addListener((o, a, b) -> applyFilter());
        noEmailOnly.addListener((o, a, b) -> applyFilter());
    }

    /** Loads every staff member once; filtering then works on this list. */
    public void load() {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        loading.set(true);
        java.util.Set<Long> schools = uk.schoolcompliance.tracker.ui.trust.SchoolFilter.staffSchools(ctx.school());
        latest.run(ctx.executor(), () -> services.allStaff().stream().filter(s -> schools == null || schools.contains(s.schoolId()))
                .map(Row::of).toList(), list -> {
            setStaff(list);
            loading.set(false);
            error.set(null);
            if (detailId != 0) {
                select(detailId);
            }
        }, e -> {
            loading.set(false);
            error.set(Dialogs.describe(e));
        });
    }

    /** Replaces the loaded list (also used by tests to load thousands of rows). */
    public void setStaff(List<Row> list) {
        rows.setAll(list);
        applyFilter();
    }

    /** Re-applies the filter; returns nothing, the FilteredList updates its view. */
    public void applyFilter() {
        Predicate<Row> p = predicate(filterText.get(), category.get(), status.get(), ctx.asOf());
        filtered.setPredicate(noEmailOnly.get() ? p.and(r -> hasNoEmail(r.staff())) : p);
    }

    static Predicate<Row> predicate(String text, StaffCategory category, Status status, LocalDate asOf) {
        String[] terms = text == null || text.isBlank() ? new String[0]
                : SPACES.split(text.trim().toLowerCase(Locale.ROOT));
        return row -> {
            StaffMember s = row.staff();
            if (category != null && s.category() != category) {
                return false;
            }
            if (!matches(s, status, asOf)) {
                return false;
            }
            for (String t : terms) {
                if (!row.search().contains(t)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** The people the "no e-mail address" data warning counts. */
    static boolean hasNoEmail(StaffMember s) {
        return s.email() == null || s.email().isBlank();
    }

    static boolean matches(StaffMember s, Status status, LocalDate asOf) {
        return switch (status == null ? Status.ALL : status) {
            case ALL -> true;
            case IN_POST -> s.inPostOn(asOf);
            case NEW_STARTERS -> !s.leftBy(asOf) && InductionRules.isNewStarter(s.startDate(), asOf);
            case LEAVERS -> s.leftBy(asOf);
            case ABSENT -> !s.leftBy(asOf) && s.absentOn(asOf);
        };
    }

    /** Loads a staff member's page. */
    public void select(long staffId) {
        TrackerServices services = ctx.services();
        detailId = staffId;
        if (services == null || staffId == 0) {
            detail.set(null);
            return;
        }
        LocalDate asOf = ctx.asOf();
        ctx.executor().run(() -> loadDetail(services, staffId, asOf), d -> {
            if (detailId == staffId) {
                detail.set(d);
            }
        }, e -> error.set(Dialogs.describe(e)));
    }

    static Detail loadDetail(TrackerServices services, long staffId, LocalDate asOf) {
        ComplianceCalculator calc = services.compliance().calculator(asOf);
        StaffMember staff = calc.data().staff().stream().filter(s -> s.id() == staffId).findFirst()
                .orElseThrow(() -> new IllegalStateException("No staff member " + staffId));
        Map<Long, PolicyVersion> versions = new HashMap<>();
        Map<Long, Policy> policies = new HashMap<>();
        for (Policy p : calc.data().policies()) {
            policies.put(p.id(), p);
            calc.data().versions(p.id()).forEach(v -> versions.put(v.id(), v));
        }
        List<AckLine> acks = new ArrayList<>();
        for (Acknowledgement a : services.acknowledgementsOf(staffId)) {
            PolicyVersion v = versions.get(a.versionId());
            Policy p = v == null ? null : policies.get(v.policyId());
            acks.add(new AckLine(p == null ? "?" : p.title(), v == null ? "?" : v.label(), a.date(), a.method().label(),
                    a.recordedBy(), a.voided()));
        }
        acks.sort(java.util.Comparator.comparing(AckLine::date).reversed());
        List<Obligation> gaps = new ArrayList<>();
        for (Obligation o : calc.gaps()) {
            if (o.staff().id() == staffId) {
                gaps.add(o);
            }
        }
        gaps.sort(java.util.Comparator.comparing(Obligation::due, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
        InductionService.Checklist checklist = services.inductionService().checklist(staffId, asOf);
        return new Detail(staff, checklist, acks, gaps, asOf);
    }

    /**
     * Checks the form as the user types, against the loaded list (no database call): required names,
     * a valid email not used by anyone else, the leave date not before the start date.
     */
    public Map<String, String> validate(StaffMember s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.givenName() == null || s.givenName().isBlank()) {
            errors.put(StaffService.GIVEN_NAME, "staff.form.error.required");
        }
        if (s.familyName() == null || s.familyName().isBlank()) {
            errors.put(StaffService.FAMILY_NAME, "staff.form.error.required");
        }
        String email = s.email() == null ? "" : s.email().trim();
        if (!email.isEmpty()) {
            if (!EmailAddress.isValid(email)) {
                errors.put(StaffService.EMAIL, "staff.form.error.email");
            } else if (rows.stream().anyMatch(r -> r.staff().id() != s.id() && r.staff().email() != null
                    && r.staff().email().equalsIgnoreCase(email))) {
                errors.put(StaffService.EMAIL, "staff.form.error.emailTaken");
            }
        }
        String ref = s.staffRef() == null ? "" : s.staffRef().trim();
        if (!ref.isEmpty() && rows.stream().anyMatch(r -> r.staff().id() != s.id() && ref.equals(r.staff().staffRef()))) {
            errors.put(StaffService.STAFF_REF, "staff.form.error.refTaken");
        }
        if (s.startDate() == null) {
            errors.put(StaffService.START_DATE, "staff.form.error.required");
        } else if (s.leaveDate() != null && s.leaveDate().isBefore(s.startDate())) {
            errors.put(StaffService.LEAVE_DATE, "staff.form.error.leaveBeforeStart");
        }
        if (s.absenceTo() != null && (s.absenceFrom() == null || s.absenceTo().isBefore(s.absenceFrom()))) {
            errors.put(StaffService.ABSENCE, "staff.form.error.absence");
        }
        return errors;
    }

    /**
     * The schools a new person may join (issue 16), each school then the central team, off the FX thread; empty for a
     * single school's file (nothing to choose: the form hides the choice).
     */
    public void schoolChoices(Consumer<List<uk.schoolcompliance.tracker.domain.School>> onLoaded) {
        TrackerServices services = ctx.services();
        if (services == null) {
            onLoaded.accept(List.of());
            return;
        }
        ctx.executor().run(() -> services.schoolService().isTrust() ? services.schoolService().choices()
                : List.<uk.schoolcompliance.tracker.domain.School>of(), onLoaded, e -> onLoaded.accept(List.of()));
    }

    /** The choice a new person's form starts on: the school chosen in the top bar, or none (all schools: choose). */
    public uk.schoolcompliance.tracker.domain.School defaultSchool(List<uk.schoolcompliance.tracker.domain.School> choices) {
        return ctx.school().flatMap(chosen -> choices.stream().filter(c -> c.id() == chosen.id()).findFirst()).orElse(null);
    }

    /** Adds or saves a staff member; a new starter gets an induction plan. */
    public void save(StaffMember s, Consumer<StaffMember> onSaved, Consumer<String> onError) {
        save(s, null, onSaved, onError);
    }

    /**
     * Reads a person's record as it stands, with its version, off the FX thread, for the edit form (issue #19): the
     * form hands the version back to {@link #save(StaffMember, Long, Consumer, Consumer)}.
     */
    public void openForEdit(long staffId, Consumer<uk.schoolcompliance.tracker.domain.Editing<StaffMember>> onOpened) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.staffService().openForEdit(staffId), onOpened,
                e -> error.set(Dialogs.describe(e)));
    }

    /**
     * Adds ({@code s.id() == 0}) or saves a staff member; an edit with {@code openedVersion} is refused, keeping the
     * form's values, when someone else changed the person since it was opened ("changed by LOGIN at HH:MM ...").
     */
    public void save(StaffMember s, Long openedVersion, Consumer<StaffMember> onSaved, Consumer<String> onError) {
        banners.starting();
        TrackerServices services = ctx.services();
        LocalDate today = ctx.today();
        ctx.executor().run(() -> s.id() == 0 ? services.staffService().create(s, today)
                        : openedVersion != null ? services.staffService().update(s, openedVersion)
                        : services.staffService().update(s),
                saved -> {
                    detailId = saved.id();
                    ctx.dataChanged();
                    onSaved.accept(saved);
                }, e -> onError.accept(Dialogs.describe(e)));
    }

    /** Records a leave date off the FX thread: then {@code onSaved}, or {@code onError} with the one line why not. */
    public void markLeaver(long staffId, LocalDate date, Runnable onSaved, Consumer<String> onError) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.staffService().markLeaver(staffId, date), s -> {
            ctx.dataChanged();
            onSaved.run();
        }, e -> onError.accept(Dialogs.describe(e)));
    }

    /** Records (both null: clears) an absence off the FX thread: then {@code onSaved}, or {@code onError}. */
    public void recordAbsence(long staffId, LocalDate from, LocalDate to, Runnable onSaved, Consumer<String> onError) {
        banners.starting();
        TrackerServices services = ctx.services();
        ctx.executor().run(() -> services.staffService().recordAbsence(staffId, from, to), s -> {
            ctx.dataChanged();
            onSaved.run();
        }, e -> onError.accept(Dialogs.describe(e)));
    }

    public SortedList<Row> sorted() {
        return sorted;
    }

    public FilteredList<Row> filtered() {
        return filtered;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<StaffCategory> categoryProperty() {
        return category;
    }

    /** Only the people without an e-mail address (the dashboard's data warning opens this list). */
    public BooleanProperty noEmailOnlyProperty() {
        return noEmailOnly;
    }

    public ObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObjectProperty<Detail> detailProperty() {
        return detail;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public UiContext context() {
        return ctx;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
