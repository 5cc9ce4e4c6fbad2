package uk.schoolcompliance.tracker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import java.util.List;

import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.EmailAddress;
import uk.schoolcompliance.tracker.store.RecordVersions;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StaffRepository;

/**
 * The staff register's use cases: add (with an induction plan for a new starter), edit, mark as
 * leaver, record a long-term absence. Everything is validated here, so the form and the command
 * line give the same answers, and every write is audited by the repository.
 */
public final class StaffService {

    private final uk.schoolcompliance.tracker.store.SchoolRepository schoolRepository;
    private final ComplianceService compliance;

    /** Field keys used in validation results (the form shows each message beside its field). */
    public static final String GIVEN_NAME = "givenName";
    public static final String FAMILY_NAME = "familyName";
    public static final String EMAIL = "email";
    public static final String STAFF_REF = "staffRef";
    public static final String START_DATE = "startDate";
    public static final String LEAVE_DATE = "leaveDate";
    public static final String ABSENCE = "absence";

    /** {@code #7}: a database id, asked for explicitly. */
    private static final Pattern DATABASE_ID = Pattern.compile("#(\\d{1,18})");

    private final Database db;
    private final SettingsRepository settings;
    private final StaffRepository staffRepository;
    private final InductionService inductionService;
    private final Clock clock;

    StaffService(Database db, SettingsRepository settings, StaffRepository staffRepository,
            InductionService inductionService, Clock clock, uk.schoolcompliance.tracker.store.SchoolRepository schoolRepository, ComplianceService compliance) {
        this.schoolRepository = schoolRepository;
        this.compliance = compliance;
        this.db = db;
        this.settings = settings;
        this.staffRepository = staffRepository;
        this.inductionService = inductionService;
        this.clock = clock;
    }

    /**
     * Checks a staff member as the form would save it. Empty when all is well; otherwise the field key
     * mapped to a message a person can act on.
     */
    public Map<String, String> validate(StaffMember s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(s.givenName())) {
            errors.put(GIVEN_NAME, "Given name is required");
        }
        if (blank(s.familyName())) {
            errors.put(FAMILY_NAME, "Family name is required");
        }
        if (!blank(s.email())) {
            String email = s.email().trim();
            if (!EmailAddress.isValid(email)) {
                errors.put(EMAIL, "'" + email + "' is not a valid email address");
            } else {
                Optional<StaffMember> other = staffRepository.findByEmail(email);
                if (other.isPresent() && other.get().id() != s.id()) {
                    errors.put(EMAIL, "Already used by " + other.get().fullName());
                }
            }
        }
        if (!blank(s.staffRef())) {
            Optional<StaffMember> other = staffRepository.findByRef(s.staffRef().trim());
            if (other.isPresent() && other.get().id() != s.id()) {
                errors.put(STAFF_REF, "Already used by " + other.get().fullName());
            }
        }
        if (s.leaveDate() != null && s.leaveDate().isBefore(s.startDate())) {
            errors.put(LEAVE_DATE, "The leave date cannot be before the start date");
        }
        LocalDate today = LocalDate.now(clock);
        UserDates.problem(s.startDate(), today).ifPresent(p -> errors.put(START_DATE, "Start date: " + p));
        UserDates.problem(s.leaveDate(), today).ifPresent(p -> errors.put(LEAVE_DATE, "Leave date: " + p));
        UserDates.problem(s.absenceFrom(), today).ifPresent(p -> errors.put(ABSENCE, "Absence from: " + p));
        UserDates.problem(s.absenceTo(), today).ifPresent(p -> errors.put(ABSENCE, "Absence to: " + p));
        if (s.absenceTo() != null && s.absenceFrom() == null) {
            errors.put(ABSENCE, "An absence needs a start date");
        } else if (s.absenceTo() != null && s.absenceTo().isBefore(s.absenceFrom())) {
            errors.put(ABSENCE, "The absence cannot end before it starts");
        }
        return errors;
    }

    /** Adds a staff member; a new starter (see InductionRules.needsPlan) gets an induction plan at once. */
    public StaffMember create(StaffMember s, LocalDate today) {
        return db.inTransaction(c -> {
            long school = schoolFor(s);
            StaffMember clean = normalise(s, school);
            check(clean);
            StaffMember saved = staffRepository.insert(clean);
            inductionService.ensurePlan(saved, today);
            return saved;
        });
    }

    /**
     * The school a new person joins: the one chosen for them (a school of the file, or the trust's own row: the central
     * team). In a trust's file a choice is required (issue 16: never the central team silently); in a single school's
     * file none chosen means its one school. A school not in the file is refused by id.
     */
    private long schoolFor(StaffMember s) {
        var all = schoolRepository.findAll();
        if (s.schoolId() != 0) {
            if (all.stream().noneMatch(x -> x.id() == s.schoolId())) {
                throw new UserException("School: no school " + s.schoolId() + " in this file");
            }
            return s.schoolId();
        }
        if (all.size() > 1 || all.stream().anyMatch(uk.schoolcompliance.tracker.domain.School::isTrust)) {
            throw new UserException("School: choose the school " + s.fullName() + " joins (or the central team)");
        }
        return schoolId();
    }

    /** Saves an edit (all fields); the repository audits before and after. */
    public StaffMember update(StaffMember s) {
        return db.inTransaction(c -> {
            StaffMember clean = normalise(s, s.schoolId());
            check(clean);
            return staffRepository.update(clean);
        });
    }

    /**
     * A person's record as it stands now, with its version, for an edit form: the save hands the version back
     * ({@link #update(StaffMember, long)}). The version is read first, so it is never newer than the values.
     */
    public Editing<StaffMember> openForEdit(long staffId) {
        long version = staffRepository.stamp(staffId).orElseThrow(() -> new UserException("No staff member " + staffId))
                .version();
        return new Editing<>(find(staffId), version);
    }

    /**
     * Saves an edit made on the version {@code opened} (issue #19): when someone else has changed the person since, it
     * is refused with a {@link UserException} "... changed by LOGIN at HH:MM since you opened it", their value and
     * yours for each field that differs, and nothing is overwritten. When their change already says what yours does,
     * there is nothing to save and the record is returned as it stands.
     */
    public StaffMember update(StaffMember s, long opened) {
        return db.inTransaction(c -> {
            StaffMember clean = normalise(s, s.schoolId());
            check(clean);
            try {
                return staffRepository.update(clean, opened);
            } catch (RecordVersions.Stale stale) {
                StaffMember theirs = find(s.id());
                List<EditConflict.Field> fields = EditConflict.staff(theirs, clean);
                if (fields.isEmpty()) {
                    return theirs;
                }
                throw EditConflict.refused("Staff member " + theirs.fullName(), stale.current(), clock.getZone(), fields);
            }
        });
    }

    /**
     * Moves a person to another school of the file (audited, before and after): from then on they are chased for
     * the new school's own policies, no longer the old one's, and keep their trust-wide acknowledgements (rule 1).
     */
    public StaffMember moveToSchool(long staffId, long schoolId) {
        return db.inTransaction(c -> {
            StaffMember person = find(staffId);
            if (schoolRepository.findAll().stream().noneMatch(x -> x.id() == schoolId)) {
                throw new UserException("School: no school " + schoolId + " in this file");
            }
            if (person.schoolId() == schoolId) {
                return person;
            }
            compliance.forget();
            return update(person.withSchool(schoolId));
        });
    }

    /** Marks a staff member as leaving on a date (the day they are gone). */
    public StaffMember markLeaver(long staffId, LocalDate leaveDate) {
        if (leaveDate == null) {
            throw new UserException("Leave date: a date is required");
        }
        return db.inTransaction(c -> update(find(staffId).withLeaveDate(leaveDate)));
    }

    /** Records (or with both null, clears) a long-term absence period; an open end is allowed. */
    public StaffMember recordAbsence(long staffId, LocalDate from, LocalDate to) {
        return db.inTransaction(c -> update(find(staffId).withAbsence(from, to)));
    }

    /**
     * The one way a staff identifier someone typed becomes a person, for every command that takes one ({@code ack
     * --staff}, {@code subject-access --staff}) and the window's subject access dialog: an exact staff reference or
     * e-mail, ignoring case and surrounding spaces, never a part of either and never a name; {@code #7} means the
     * database id 7, and only when written so (a bare {@code 7} is the staff reference "7"). No match, or more than
     * one, is a {@link UserException} naming the option: several matches list the candidates, never a guess.
     */
    public StaffMember identify(String key) {
        return identify(key, "--staff");
    }

    /** As {@link #identify(String)}, with the messages naming {@code field} (the option or the form field). */
    public StaffMember identify(String key, String field) {
        String k = key == null ? "" : key.trim();
        if (k.isEmpty()) {
            throw new UserException(field + ": give a staff reference, an e-mail address or #ID");
        }
        Map<Long, StaffMember> found = new LinkedHashMap<>();
        java.util.regex.Matcher byId = DATABASE_ID.matcher(k);
        if (byId.matches()) {
            staffRepository.findById(Long.parseLong(byId.group(1))).ifPresent(m -> found.put(m.id(), m));
        }
        for (StaffMember m : staffRepository.findByRefOrEmail(k)) {
            found.putIfAbsent(m.id(), m);
        }
        if (found.size() == 1) {
            return found.values().iterator().next();
        }
        if (found.isEmpty()) {
            throw new UserException(field + ": no staff member with the " + (byId.matches() ? "database id " + k
                    : k.contains("@") ? "staff reference or e-mail '" + k + "'" : "staff reference '" + k + "'"));
        }
        java.util.List<String> who = new java.util.ArrayList<>();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (StaffMember m : found.values()) {
            who.add(m.fullName() + " (" + (blank(m.staffRef()) ? "#" + m.id() : m.staffRef().trim()) + ")");
            ids.add("#" + m.id());
        }
        throw new UserException(field + ": '" + k + "' matches several people: " + String.join(", ", who)
                + "; use their e-mail or #ID (" + String.join(", ", ids) + ")");
    }

    public StaffMember find(long staffId) {
        return staffRepository.findById(staffId).orElseThrow(() -> new UserException("No staff member " + staffId));
    }

    private void check(StaffMember s) {
        Map<String, String> errors = validate(s);
        if (!errors.isEmpty()) {
            throw new UserException(String.join("; ", errors.values()));
        }
    }

    long schoolId() {
        return settings.schoolId().orElseGet(() -> settings.ensureSchool("My school", null));
    }

    private static StaffMember normalise(StaffMember s, long schoolId) {
        return new StaffMember(s.id(), schoolId, trim(s.givenName()), trim(s.familyName()), trimToNull(s.staffRef()),
                trimToNull(s.email()),
                s.category(), trimToNull(s.jobTitle()), s.startDate(), s.leaveDate(), s.absenceFrom(), s.absenceTo(),
                s.dateOfBirth());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ");
    }

    private static String trimToNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
