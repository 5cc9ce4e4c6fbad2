package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.SchoolPhase;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.SchoolRepository;

/**
 * The schools of the file: choosing one by name or URN (for {@code --school}), adding one, and the figures
 * of each. A single school's file is a trust of one: one entry, the whole file's figures, and no word of a
 * trust. In a trust's file the people of the trust's own row (phase "trust") are the central team.
 */
public final class SchoolService {

    /** How the people who belong to no school (the trust's central team) are named. */
    public static final String CENTRAL_TEAM = "Central team";

    /** One entry of {@code schools}: a school (or the central team) and its figures. */
    public record SchoolFigures(School school, String name, String urn, Summary summary) {
    }

    private final Database db;
    private final SchoolRepository schoolRepository;
    private final ComplianceService compliance;

    SchoolService(Database db, SchoolRepository schoolRepository, ComplianceService compliance) {
        this.db = db;
        this.schoolRepository = schoolRepository;
        this.compliance = compliance;
    }

    public List<School> schools() {
        return schoolRepository.findAll();
    }

    /** The file is a trust's (its own row, or several schools): the window then offers a choice of school. */
    public boolean isTrust() {
        return isTrust(schools());
    }

    /**
     * What a user may choose to see, in the order of {@code schools}: each school, then (in a trust's file) the central
     * team, named {@link #CENTRAL_TEAM}. A single school's file has its one school and nothing to choose.
     */
    public List<School> choices() {
        List<School> all = schools();
        List<School> out = new ArrayList<>(all.stream().filter(s -> !s.isTrust()).toList());
        if (isTrust(all)) {
            School central = centralTeam(all);
            out.add(new School(central.id(), CENTRAL_TEAM, null, School.TRUST_PHASE, central.graceDays()));
        }
        return out;
    }

    /**
     * The school a user named by its exact name or URN ({@code "Central team"} in a trust's file: the people
     * of no school and the trust-wide policies); an unknown one is an error listing the known names.
     */
    public School resolve(String nameOrUrn) {
        String wanted = nameOrUrn == null ? "" : nameOrUrn.strip();
        List<School> all = schools();
        List<School> matches = all.stream().filter(s -> !s.isTrust())
                .filter(s -> s.name().equals(wanted) || wanted.equals(s.urn())).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new UserException("--school: '" + wanted + "' names more than one school: "
                    + String.join(", ", matches.stream().map(s -> s.name() + (s.urn() == null ? "" : " (URN " + s.urn() + ")")).toList())
                    + "; give the URN");
        }
        boolean trust = isTrust(all);
        if (trust && wanted.equals(CENTRAL_TEAM)) {
            return centralTeam(all);
        }
        List<String> known = new ArrayList<>(all.stream().filter(s -> !s.isTrust()).map(School::name).toList());
        if (trust) {
            known.add(CENTRAL_TEAM);
        }
        throw new UserException("unknown school: " + wanted + " (known: " + String.join(", ", known) + ")");
    }

    /** The school named, or the whole file when {@code nameOrUrn} is null. */
    public Optional<School> resolveOptional(String nameOrUrn) {
        return nameOrUrn == null ? Optional.empty() : Optional.of(resolve(nameOrUrn));
    }

    /**
     * The school a new policy belongs to: the school chosen with {@code --school} (the central team's: trust-wide);
     * without one, in a trust's file trust-wide (null), in a single school's file that school's (as always).
     */
    public Long policyOwner(Optional<School> chosen) {
        if (chosen.isPresent()) {
            return chosen.get().isTrust() ? null : chosen.get().id();
        }
        List<School> all = schools();
        return isTrust(all) || all.isEmpty() ? null : all.get(0).id();
    }

    /**
     * With {@code --school}, an existing policy must be that school's own (or, for the central team, trust-wide): a
     * title names one policy of the file, and changing another school's by mistake is refused. {@code where} heads
     * the message (an option, or a file and line).
     */
    public void checkOwner(uk.schoolcompliance.tracker.domain.Policy policy, Optional<School> chosen, String where) {
        if (chosen.isEmpty()) {
            return;
        }
        Long wanted = policyOwner(chosen);
        if (java.util.Objects.equals(policy.schoolId(), wanted)) {
            return;
        }
        String is = policy.schoolId() == null ? "a trust-wide policy"
                : schools().stream().filter(x -> x.id() == policy.schoolId()).map(x -> x.name() + "'s own policy")
                .findFirst().orElse("another school's policy");
        throw new UserException(where + ": '" + policy.title() + "' is " + is + ", not "
                + (wanted == null ? "trust-wide" : chosen.get().name() + "'s own"));
    }

    /**
     * Adds a school (audited). The name is required and must be new (names are compared ignoring case); the
     * URN, when given, is six digits and must be new; the phase, when given, is one of {@link SchoolPhase}.
     */
    public School add(String name, String urn, String phase) {
        return save(0, name, urn, phase);
    }

    /**
     * Renames a school or changes its URN or phase (audited), by the same rules as {@link #add}: the name required and
     * new, the URN six digits and new. The trust's own row keeps its phase.
     */
    public School update(long id, String name, String urn, String phase) {
        return save(id, name, urn, phase);
    }

    /**
     * The file's schools as they stand now, each with its version, for the schools form (issue #19): a save hands the
     * version back ({@link #update(long, String, String, String, long)}). The versions are read first: never newer
     * than the values.
     */
    public List<uk.schoolcompliance.tracker.domain.Editing<School>> schoolsForEdit() {
        java.util.Map<Long, Long> versions = new java.util.HashMap<>();
        for (School s : schools()) {
            schoolRepository.stamp(s.id()).ifPresent(st -> versions.put(s.id(), st.version()));
        }
        return schools().stream().filter(s -> versions.containsKey(s.id()))
                .map(s -> new uk.schoolcompliance.tracker.domain.Editing<>(s, versions.get(s.id()))).toList();
    }

    /**
     * {@link #update(long, String, String, String)} of the school as opened at version {@code opened} (issue #19): when
     * someone else has changed it since, refused with "School 'X' was changed by LOGIN at HH:MM since you opened it;
     * nothing was saved." and theirs and yours per field; nothing written.
     */
    public School update(long id, String name, String urn, String phase, long opened) {
        return save(id, name, urn, phase, opened);
    }

    private School save(long id, String name, String urn, String phase) {
        return save(id, name, urn, phase, null);
    }

    private School save(long id, String name, String urn, String phase, Long opened) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new UserException("--name: a school needs a name");
        }
        if (n.equalsIgnoreCase(CENTRAL_TEAM)) {
            throw new UserException("--name: '" + n + "' is how the people of no school are shown: choose another name");
        }
        String u = urn == null || urn.isBlank() ? null : urn.strip();
        if (u != null && !u.matches("[0-9]{6}")) {
            throw new UserException("--urn: '" + u + "' is not a URN (six digits)");
        }
        String p = null;
        if (phase != null && !phase.isBlank()) {
            try {
                p = SchoolPhase.fromCode(phase).code();
            } catch (IllegalArgumentException e) {
                throw new UserException("--phase: " + e.getMessage());
            }
        }
        String code = p;
        return db.inTransaction(c -> {
            List<School> all = schools();
            School before = null;
            for (School s : all) {
                if (s.id() == id) {
                    before = s;
                    continue;
                }
                if (s.name().toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))) {
                    throw new UserException("--name: there is already a school called '" + s.name() + "'");
                }
                if (u != null && u.equals(s.urn())) {
                    throw new UserException("--urn: " + u + " is already the URN of " + s.name());
                }
                if (School.TRUST_PHASE.equals(code) && s.isTrust()) {
                    throw new UserException("--phase: the file already has the trust's own entry (" + s.name() + ")");
                }
            }
            compliance.forget();
            if (id == 0) {
                return schoolRepository.insert(new School(0, n, u, code, null));
            }
            if (before == null) {
                throw new UserException("School: no school " + id + " in this file");
            }
            String kept = before.isTrust() ? School.TRUST_PHASE : code;
            School yours = new School(id, n, u, kept, before.graceDays());
            try {
                return schoolRepository.update(yours, opened);
            } catch (uk.schoolcompliance.tracker.store.RecordVersions.Stale stale) {
                School theirs = schools().stream().filter(x -> x.id() == id).findFirst().orElse(before);
                List<EditConflict.Field> fields = EditConflict.school(theirs, yours);
                if (fields.isEmpty()) {
                    return theirs;
                }
                throw EditConflict.refused("School '" + theirs.name() + "'", stale.current(), db.clock().getZone(), fields);
            }
        });
    }

    /**
     * The figures of each school as of a date, in the order the schools were added, then (in a trust's file)
     * the central team: the people of no school, and the trust-wide policies' reviews. Every in-scope pair
     * belongs to exactly one entry, so the entries' acknowledgement figures add up to the whole file's.
     */
    public List<SchoolFigures> figures(LocalDate asOf) {
        return trustFigures(asOf).stream().map(SchoolPolicyFigures::figures).toList();
    }

    /** One entry of {@link #trustFigures}: its figures and its acknowledgement figures per policy, by title. */
    public record SchoolPolicyFigures(SchoolFigures figures, java.util.LinkedHashMap<Policy, Tally> byPolicy) {
    }

    /**
     * The entries of {@link #figures} with each one's acknowledgement figures per policy (the trust dashboard's
     * overview and heat map), answered by one grouped question of the database (school x policy: required, done,
     * overdue), not one per school.
     */
    public List<SchoolPolicyFigures> trustFigures(LocalDate asOf) {
        List<School> all = schoolRepository.findAll();
        List<School> entries = new ArrayList<>(all.stream().filter(s -> !s.isTrust()).toList());
        boolean trust = isTrust(all);
        if (trust) {
            entries.add(centralTeam(all));
        }
        List<SchoolPolicyFigures> out = new ArrayList<>();
        for (SchoolParts.Part p : compliance.schoolParts(asOf, entries)) {
            School s = p.school();
            boolean central = trust && s.isTrust();
            out.add(new SchoolPolicyFigures(new SchoolFigures(s, central ? CENTRAL_TEAM : s.name(), central ? null : s.urn(),
                    p.summary()), p.byPolicy()));
        }
        return out;
    }

    private static boolean isTrust(List<School> all) {
        return all.stream().anyMatch(School::isTrust) || all.size() > 1;
    }

    /** The trust's own row, or (a file of several schools without one) a stand-in with no people. */
    private static School centralTeam(List<School> all) {
        return all.stream().filter(School::isTrust).findFirst()
                .orElse(new School(0, CENTRAL_TEAM, null, School.TRUST_PHASE, null));
    }
}
