package uk.schoolcompliance.tracker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.RecordVersions;

/**
 * Adding and editing a policy's own record (title, owner, area, review cycle, audience, status, applies to), part of
 * {@link PolicyService}: the checks a save makes, and (issue #19) an edit that names the version its user opened and
 * is refused, with theirs and yours per field and nothing written, when someone else changed the policy since.
 */
final class PolicyEdits {

    private final Database db;
    private final PolicyRepository policies;
    private final SchoolService schoolService;
    private final Clock clock;

    PolicyEdits(Database db, PolicyRepository policies, SchoolService schoolService, Clock clock) {
        this.db = db;
        this.policies = policies;
        this.schoolService = schoolService;
        this.clock = clock;
    }

    Policy policy(long id) {
        return policies.findById(id).orElseThrow(() -> new UserException("No policy with id " + id));
    }

    /** The policy as it stands now with its version, for an edit form (the version is read first: never newer). */
    Editing<Policy> openForEdit(long id) {
        long version = policies.stamp(id).orElseThrow(() -> new UserException("No policy with id " + id)).version();
        return new Editing<>(policy(id), version);
    }

    /** Adds (id 0) or updates a policy; the title must be unique (ignoring case). */
    Policy save(Policy p) {
        return save(p, null);
    }

    /**
     * Adds (id 0) or saves an edit; an edit with {@code opened} is refused (a {@link UserException} naming who changed
     * the policy and when, theirs and yours per field) when the policy moved on since that version. When their change
     * already says what this one does, there is nothing to save and the policy is returned as it stands.
     */
    Policy save(Policy p, Long opened) {
        check(p);
        return db.inTransaction(c -> {
            Optional<Policy> same = policies.findByTitle(p.title());
            if (same.isPresent() && same.get().id() != p.id()) {
                throw new UserException("Title: there is already a policy called '" + same.get().title() + "'");
            }
            if (p.id() == 0) {
                Long school = schoolService.policyOwner(appliesTo(p.schoolId()));
                return policies.insert(new Policy(0, school, p.title().strip(), p.referenceCode(), p.area(),
                        p.statutory(), p.owner(), p.approvingBody(), p.reviewMonths(), p.reackMonths(), p.graceDays(),
                        p.nextReviewOverride(), p.status(), p.audience()));
            }
            Policy stored = policy(p.id());
            if (!Objects.equals(stored.schoolId(), p.schoolId())) {
                if (opened != null && policies.stamp(p.id()).map(s -> s.version() != opened).orElse(false)) {
                    return theirsOrRefused(p);
                }
                // a policy's owner is not changed by an edit: the dialog shows it, and a wrong one is refused by name
                schoolService.checkOwner(stored, Optional.of(appliesTo(p.schoolId()).orElseGet(this::trustEntry)), "Applies to");
            }
            try {
                return policies.update(p, opened);
            } catch (RecordVersions.Stale stale) {
                return theirsOrRefused(p);
            }
        });
    }

    /** A stale save: refused naming each field that differs, or the policy as it stands when none does. */
    private Policy theirsOrRefused(Policy yours) {
        Policy theirs = policy(yours.id());
        List<EditConflict.Field> fields = EditConflict.policy(theirs, yours, this::schoolName);
        if (fields.isEmpty()) {
            return theirs;
        }
        throw EditConflict.refused("Policy '" + theirs.title() + "'",
                policies.stamp(yours.id()).orElseThrow(), clock.getZone(), fields);
    }

    private void check(Policy p) {
        if (p.title() == null || p.title().isBlank()) {
            throw new UserException("Title: a policy needs a title");
        }
        if (p.reviewMonths() != null && p.reviewMonths() <= 0) {
            throw new UserException("Review frequency: must be a number of months above 0");
        }
        if (p.reackMonths() != null && p.reackMonths() <= 0) {
            throw new UserException("Re-acknowledge: must be a number of months above 0");
        }
        if (p.graceDays() != null && p.graceDays() < 0) {
            throw new UserException("Grace period: cannot be negative");
        }
        UserDates.inWindow(p.nextReviewOverride(), LocalDate.now(clock), "Next review (by hand)");
    }

    private String schoolName(long id) {
        return schoolService.schools().stream().filter(x -> x.id() == id).map(School::name).findFirst()
                .orElse("school #" + id);
    }

    /**
     * The school a policy is to apply to (issue 16): null, none named (the file's default owner); the trust's own row,
     * trust-wide; a school of the file, its own. A school not in the file is refused.
     */
    private Optional<School> appliesTo(Long schoolId) {
        if (schoolId == null) {
            return Optional.empty();
        }
        return Optional.of(schoolService.schools().stream().filter(x -> x.id() == schoolId).findFirst()
                .orElseThrow(() -> new UserException("Applies to: no school " + schoolId + " in this file")));
    }

    /** "The whole trust" as a choice: the trust's own row, or a stand-in when the file has none. */
    private School trustEntry() {
        return schoolService.choices().stream().filter(School::isTrust).findFirst()
                .orElse(new School(0, SchoolService.CENTRAL_TEAM, null, School.TRUST_PHASE, null));
    }

    Policy retire(long id) {
        return policies.update(policy(id).withStatus(PolicyStatus.RETIRED));
    }

    Policy reinstate(long id) {
        return policies.update(policy(id).withStatus(PolicyStatus.ACTIVE));
    }
}
