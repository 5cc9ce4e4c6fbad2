package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewRules;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.io.policy.ReviewCalendar;
import uk.schoolcompliance.tracker.io.policy.ReviewFrequency;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.RecordVersions;
import uk.schoolcompliance.tracker.store.ReviewRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * The review schedule: each active policy's standing (rule 4), its planned review, planning a review
 * (meeting date and reviewer) and completing it with an outcome and its approval (approving body, meeting
 * date, minute), which sets the next due date to the completion date plus the policy's frequency unless a
 * date is given by hand. Every change is audited by the repositories.
 */
public final class ReviewService {

    /** One line of the schedule: the standing, the open (planned) review if any, and the term it falls in. */
    public record Scheduled(ReviewStanding standing, Review planned,
            uk.schoolcompliance.tracker.domain.report.Term term) {

        public Policy policy() {
            return standing.policy();
        }
    }

    private final Database db;
    private final SettingsRepository settings;
    private final PolicyRepository policyRepository;
    private final VersionRepository versionRepository;
    private final ReviewRepository reviewRepository;
    private final ComplianceService compliance;
    private final OutputFiles outputs;
    private final Clock clock;

    ReviewService(Database db, SettingsRepository settings, PolicyRepository policyRepository,
            VersionRepository versionRepository, ReviewRepository reviewRepository, ComplianceService compliance,
            OutputFiles outputs, Clock clock) {
        this.db = db;
        this.settings = settings;
        this.policyRepository = policyRepository;
        this.versionRepository = versionRepository;
        this.reviewRepository = reviewRepository;
        this.compliance = compliance;
        this.outputs = outputs;
        this.clock = clock;
    }

    /** Every active policy's review position, soonest first (no date last). */
    public List<Scheduled> schedule(LocalDate asOf) {
        return schedule(asOf, java.util.Optional.empty());
    }

    /** The reviews one school's governing body answers for ({@code SchoolData.forSchool}), or every one. */
    public List<Scheduled> schedule(LocalDate asOf,
            java.util.Optional<uk.schoolcompliance.tracker.domain.School> school) {
        ComplianceCalculator calc = compliance.calculator(asOf, school);
        List<Scheduled> out = new ArrayList<>();
        for (ReviewStanding s : calc.reviewStandings()) {
            Review open = calc.data().reviews(s.policy().id()).stream().filter(r -> !r.isCompleted())
                    .max(Comparator.comparingLong(Review::id)).orElse(null);
            LocalDate when = open != null && open.plannedMeeting() != null ? open.plannedMeeting() : s.nextDue();
            out.add(new Scheduled(s, open, when == null ? null : uk.schoolcompliance.tracker.domain.report.Term.containing(when)));
        }
        return out;
    }

    /** Plans the next review of a policy: the meeting date and who reviews it (either may be blank). */
    public Review plan(long policyId, LocalDate meeting, String reviewer) {
        return plan(policyId, meeting, reviewer, null);
    }

    /**
     * The policy's planned review as it stands now, with its version, for the plan form (issue #19): a null record
     * (version 0) when none is planned. The plan's save hands it back ({@link #plan(long, LocalDate, String, Editing)}).
     */
    public Editing<Review> openPlan(long policyId) {
        policy(policyId);
        Optional<Review> open = reviewRepository.findOpen(policyId);
        if (open.isEmpty()) {
            return new Editing<>(null, 0);
        }
        long version = reviewRepository.stamp(open.get().id()).orElseThrow().version();
        Review now = reviewRepository.findById(open.get().id()).orElseThrow();
        return new Editing<>(now, version);
    }

    /**
     * Plans the review as opened ({@link #openPlan}; null: whatever is planned now). When since then someone else
     * changed the planned review, planned one where none was, or completed it, the save is refused with "Review of
     * 'X' was changed by LOGIN at HH:MM since you opened it; nothing was saved." and theirs and yours per field.
     */
    public Review plan(long policyId, LocalDate meeting, String reviewer, Editing<Review> opened) {
        UserDates.inWindow(meeting, LocalDate.now(clock), "Meeting date");
        return db.inTransaction(c -> {
            if (opened != null) {
                reviewRepository.holdReviewsOf(policyId);
            }
            Policy p = policy(policyId);
            Optional<Review> open = reviewRepository.findOpen(policyId);
            LocalDate due = standing(p, LocalDate.now(clock)).nextDue();
            if (opened != null) {
                Long openedId = opened.record() == null ? null : opened.record().id();
                if (open.isPresent() != (openedId != null) || open.isPresent() && open.get().id() != openedId) {
                    // planned (or completed) by someone else since: theirs is the review that moved
                    Review theirs = open.orElseGet(() -> reviewRepository.findById(openedId).orElseThrow());
                    return theirsOrRefused(p, theirs, meeting, reviewer);
                }
            }
            if (open.isPresent()) {
                Review r = open.get();
                try {
                    return reviewRepository.update(new Review(r.id(), r.policyId(), r.dueDate() != null ? r.dueDate() : due,
                            meeting, blank(reviewer), null, null, r.notes()), opened == null ? null : opened.version());
                } catch (RecordVersions.Stale stale) {
                    return theirsOrRefused(p, reviewRepository.findById(r.id()).orElseThrow(), meeting, reviewer);
                }
            }
            return reviewRepository.insert(new Review(0, policyId, due, meeting, blank(reviewer), null, null, null));
        });
    }

    /** A stale plan: refused naming each field that differs from theirs, or their review when none does. */
    private Review theirsOrRefused(Policy p, Review theirs, LocalDate meeting, String reviewer) {
        List<EditConflict.Field> fields = EditConflict.plan(theirs, meeting, blank(reviewer));
        if (fields.isEmpty()) {
            return theirs;
        }
        throw EditConflict.refused("Review of '" + p.title() + "'", reviewRepository.stamp(theirs.id()).orElseThrow(),
                clock.getZone(), fields);
    }

    /**
     * What completing a review records. A blank {@code approvedBy} means the policy's approving body;
     * {@code meetingDate} is the date of the meeting that approved the review (none: no approval recorded);
     * {@code nextDue} is a next review date set by hand (none: completion date + the policy's frequency).
     */
    public record Completion(long policyId, LocalDate completedOn, ReviewOutcome outcome, String approvedBy,
                             LocalDate meetingDate, String minuteRef, LocalDate nextDue, String notes, String reviewer) {
    }

    /** Completes the review with no approval recorded and the next date from the frequency. */
    public Review complete(long policyId, LocalDate completedOn, ReviewOutcome outcome, String notes, String reviewer) {
        return complete(new Completion(policyId, completedOn, outcome, null, null, null, null, notes, reviewer));
    }

    /**
     * Completes the policy's review: the planned one if any, else a new one, with its approval (body, meeting
     * date, minute). The next due date becomes the date given by hand, else the completion date plus the
     * frequency (a date set by hand before is replaced); "retired" retires the policy. Nothing is changed
     * when any field is wrong.
     */
    public Review complete(Completion in) {
        return complete(in, null);
    }

    /**
     * The policy's newest review (planned or completed) as it stands now, with its version, for the complete-review
     * dialog (issue #19): a null record (version 0) when the policy has none. The completion hands it back.
     */
    public Editing<Review> openCompletion(long policyId) {
        policy(policyId);
        Optional<Review> newest = newest(policyId);
        if (newest.isEmpty()) {
            return new Editing<>(null, 0);
        }
        long version = reviewRepository.stamp(newest.get().id()).orElseThrow().version();
        return new Editing<>(reviewRepository.findById(newest.get().id()).orElseThrow(), version);
    }

    private Optional<Review> newest(long policyId) {
        return reviewRepository.findByPolicy(policyId).stream().max(Comparator.comparingLong(Review::id));
    }

    /**
     * {@link #complete(Completion)} of the review as opened ({@link #openCompletion}; null: as it stands now): when
     * since then someone else recorded, planned or changed the policy's review, refused with "Review of 'X' was changed
     * by LOGIN at HH:MM since you opened it; nothing was saved." and theirs and yours per field, so a review is never
     * recorded twice; when theirs already says what this one does, nothing is saved and theirs is returned.
     */
    public Review complete(Completion in, Editing<Review> opened) {
        LocalDate completedOn = in.completedOn();
        if (completedOn == null) {
            throw new UserException("Completed on: give the date the review was done");
        }
        if (in.outcome() == null) {
            throw new UserException("Outcome: choose no change, minor amendments, new version or retired");
        }
        UserDates.done(completedOn, LocalDate.now(clock), "Completed on", "give the date the review was done");
        if (in.meetingDate() != null && in.meetingDate().isAfter(completedOn)) {
            throw new UserException("Meeting date: " + Dates.forPeople(in.meetingDate()) + " is after the completion date "
                    + Dates.forPeople(completedOn) + " (a review is completed when it is approved)");
        }
        if (in.nextDue() != null && in.outcome() == ReviewOutcome.RETIRED) {
            throw new UserException("Next due: a retired policy has no next review");
        }
        if (in.nextDue() != null && !in.nextDue().isAfter(completedOn)) {
            throw new UserException("Next due: " + Dates.forPeople(in.nextDue()) + " is not after the completion date "
                    + Dates.forPeople(completedOn));
        }
        return db.inTransaction(c -> {
            if (opened != null) {
                reviewRepository.holdReviewsOf(in.policyId());
            }
            Policy p = policy(in.policyId());
            if (opened != null) {
                Optional<Review> now = newest(p.id());
                Long openedId = opened.record() == null ? null : opened.record().id();
                boolean moved = now.isPresent() != (openedId != null) || now.isPresent() && now.get().id() != openedId;
                if (!moved && openedId != null) {
                    try {
                        reviewRepository.checkVersion(openedId, opened.version());
                    } catch (RecordVersions.Stale stale) {
                        moved = true;
                    }
                }
                if (moved) {
                    Review theirs = newest(p.id()).orElseThrow();
                    List<EditConflict.Field> fields = EditConflict.completion(theirs, in.completedOn(), in.outcome(),
                            blank(in.reviewer()));
                    if (fields.isEmpty()) {
                        return theirs;
                    }
                    throw EditConflict.refused("Review of '" + p.title() + "'",
                            reviewRepository.stamp(theirs.id()).orElseThrow(), clock.getZone(), fields);
                }
            }
            if (p.status() == PolicyStatus.RETIRED) {
                throw new UserException("'" + p.title() + "' is retired: reinstate it before recording a review");
            }
            String approvedBy = blank(in.approvedBy()) != null ? blank(in.approvedBy()) : p.approvingBody();
            Optional<Review> open = reviewRepository.findOpen(p.id());
            Review done;
            if (open.isPresent()) {
                Review r = open.get();
                done = reviewRepository.update(new Review(r.id(), p.id(), r.dueDate(), r.plannedMeeting(),
                        blank(in.reviewer()) == null ? r.reviewer() : blank(in.reviewer()), completedOn, in.outcome(),
                        blank(in.notes()), approvedBy, in.meetingDate(), blank(in.minuteRef()), in.nextDue(), null));
            } else {
                done = reviewRepository.insert(new Review(0, p.id(), standing(p, completedOn).nextDue(), null,
                        blank(in.reviewer()), completedOn, in.outcome(), blank(in.notes()), approvedBy, in.meetingDate(),
                        blank(in.minuteRef()), in.nextDue(), null));
            }
            Policy after = p.withNextReviewOverride(in.nextDue());
            if (in.outcome() == ReviewOutcome.RETIRED) {
                after = after.withStatus(PolicyStatus.RETIRED);
            }
            if (!after.equals(p)) {
                policyRepository.update(after);
            }
            return done;
        });
    }

    /** Sets (or with null clears) the next review date by hand. */
    public Policy setNextReview(long policyId, LocalDate date) {
        UserDates.inWindow(date, LocalDate.now(clock), "Next review (by hand)");
        return policyRepository.update(policy(policyId).withNextReviewOverride(date));
    }

    /** The next due date a completion on {@code completedOn} would give (for the dialog's preview). */
    public static LocalDate nextDueAfter(Policy p, LocalDate completedOn) {
        return ReviewRules.nextDueAfter(p, completedOn);
    }

    /** Writes the schedule's review dates (due dates and planned meetings) as an iCalendar file. */
    public int exportCalendar(LocalDate asOf, OutputStream out) throws IOException {
        return exportCalendar(asOf, out, java.util.Optional.empty());
    }

    /** The calendar of one school's reviews (those its governing body answers for, as {@code reviews --school}). */
    public int exportCalendar(LocalDate asOf, OutputStream out,
                              java.util.Optional<uk.schoolcompliance.tracker.domain.School> chosen) throws IOException {
        List<ReviewCalendar.Event> events = new ArrayList<>();
        String dbKey = Integer.toHexString((db.isServer() ? db.location()
                : db.file().toAbsolutePath().toString()).hashCode());
        String school = chosen.map(uk.schoolcompliance.tracker.domain.School::name)
                .orElseGet(() -> settings.schoolName());
        for (Scheduled s : schedule(asOf, chosen)) {
            Policy p = s.policy();
            ReviewStanding st = s.standing();
            String about = (p.statutory() ? "Statutory policy. " : "") + "Review: "
                    + ReviewFrequency.describe(p.reviewMonths()) + ". Approving body: "
                    + (p.approvingBody() == null ? "not set" : p.approvingBody()) + ". Owner: "
                    + (p.owner() == null ? "not set" : p.owner()) + ". " + st.describeLast() + "."
                    + (st.awaitingApproval().isEmpty() ? "" : " " + st.describeAwaiting() + ".");
            if (st.nextDue() != null) {
                events.add(new ReviewCalendar.Event("review-due-" + p.id() + "-" + st.nextDue() + "@" + dbKey
                        + ".compliance-tracker", st.nextDue(), "Policy review due: " + p.title(),
                        about + " " + school, "Policy review"));
            }
            Review planned = s.planned();
            if (planned != null && planned.plannedMeeting() != null) {
                events.add(new ReviewCalendar.Event("review-meeting-" + planned.id() + "@" + dbKey
                        + ".compliance-tracker", planned.plannedMeeting(), "Review meeting: " + p.title(),
                        about + (planned.reviewer() == null ? "" : " Reviewer: " + planned.reviewer() + "."),
                        "Policy review"));
            }
        }
        ReviewCalendar.write(school + " policy reviews", events, out);
        return events.size();
    }

    public int exportCalendar(LocalDate asOf, Path file) {
        return exportCalendar(asOf, file, java.util.Optional.empty());
    }

    public int exportCalendar(LocalDate asOf, Path file, java.util.Optional<uk.schoolcompliance.tracker.domain.School> chosen) {
        int[] events = new int[1];
        outputs.write(file, out -> events[0] = exportCalendar(asOf, out, chosen));
        return events[0];
    }

    private ReviewStanding standing(Policy p, LocalDate asOf) {
        return ReviewRules.standing(p, versionRepository.findByPolicy(p.id()),
                reviewRepository.findByPolicy(p.id()), asOf);
    }

    private Policy policy(long id) {
        return policyRepository.findById(id).orElseThrow(() -> new UserException("No policy with id " + id));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
