package uk.schoolcompliance.tracker.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewRules;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.ReviewRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * A policy's versions and their approval: adding one (label unique, document not stored twice), approving one
 * that awaits approval, and what an approval does to the review schedule (rule 4). {@link PolicyService} is its
 * public face.
 */
final class PolicyVersions {

    private final Database db;
    private final PolicyRepository policyRepository;
    private final VersionRepository versionRepository;
    private final ReviewRepository reviewRepository;
    private final Clock clock;

    PolicyVersions(Database db, PolicyRepository policyRepository, VersionRepository versionRepository,
            ReviewRepository reviewRepository, Clock clock) {
        this.db = db;
        this.policyRepository = policyRepository;
        this.versionRepository = versionRepository;
        this.reviewRepository = reviewRepository;
        this.clock = clock;
    }

    /**
     * Adds a version with an already loaded document (may be null). A version with an approval date is the
     * policy's review (rule 4): when it is the newest review or approval, it completes the planned review, if
     * any, and replaces a next review date set by hand. A version without one is awaiting approval and moves
     * nothing until {@link #approve} records it.
     */
    PolicyVersion add(PolicyService.NewVersion v, VersionRepository.Document doc) {
        if (v.label() == null || v.label().isBlank()) {
            throw new UserException("Version: a version needs a label such as 1.0");
        }
        if (v.effectiveFrom() == null) {
            throw new UserException("Effective from: a version needs the date it takes effect");
        }
        UserDates.inWindow(v.effectiveFrom(), LocalDate.now(clock), "Effective from");
        UserDates.inWindow(v.approvedOn(), LocalDate.now(clock), "Approved on");
        if (v.approvedOn() != null && v.approvedOn().isAfter(LocalDate.now(clock))) {
            throw new UserException("Approved on: " + Dates.forPeople(v.approvedOn())
                    + " is in the future (add the version now and record its approval once it is approved)");
        }
        return db.inTransaction(c -> {
            Policy p = policy(v.policyId());
            List<PolicyVersion> existing = versionRepository.findByPolicy(p.id());
            for (PolicyVersion e : existing) {
                if (e.label().equalsIgnoreCase(v.label().strip())) {
                    throw new UserException("Version: '" + p.title() + "' already has a version " + e.label());
                }
                if (doc != null && doc.sha256().equals(e.documentSha256())) {
                    throw new UserException(doc.fileName() + ": this document is already stored as version " + e.label()
                            + " of '" + p.title() + "'");
                }
            }
            LocalDate lastBefore = ReviewRules.lastReviewed(existing, reviewRepository.findByPolicy(p.id()));
            PolicyVersion saved = versionRepository.insert(new PolicyVersion(0, p.id(), v.label().strip(), null, null,
                    null, blank(v.approvedBy()), v.approvedOn(), blank(v.minuteRef()), v.effectiveFrom(),
                    blank(v.changeSummary()), v.material() || existing.isEmpty()), doc);
            if (saved.approvedOn() != null) {
                approvalRecorded(p, saved, lastBefore);
            }
            return saved;
        });
    }

    /**
     * Records the approval of a version that is awaiting approval: who approved it (blank: the policy's
     * approving body), when (not in the future) and the minute reference. From then on the version is the
     * policy's review, exactly as if it had been added approved.
     */
    PolicyVersion approve(long versionId, String approvedBy, LocalDate approvedOn, String minuteRef) {
        if (approvedOn == null) {
            throw new UserException("Approved on: give the date the version was approved");
        }
        if (approvedOn.isAfter(LocalDate.now(clock))) {
            throw new UserException("Approved on: " + Dates.forPeople(approvedOn) + " is in the future");
        }
        return db.inTransaction(c -> {
            PolicyVersion v = versionRepository.findById(versionId)
                    .orElseThrow(() -> new UserException("No version with id " + versionId));
            Policy p = policy(v.policyId());
            if (v.approvedOn() != null) {
                throw new UserException("Version " + v.label() + " of '" + p.title() + "' was already approved on "
                        + Dates.forPeople(v.approvedOn()));
            }
            LocalDate lastBefore = ReviewRules.lastReviewed(versionRepository.findByPolicy(p.id()),
                    reviewRepository.findByPolicy(p.id()));
            String by = blank(approvedBy) != null ? blank(approvedBy) : p.approvingBody();
            PolicyVersion approved = versionRepository.approve(versionId, by, approvedOn, blank(minuteRef));
            approvalRecorded(p, approved, lastBefore);
            return approved;
        });
    }

    /**
     * A version's approval is the policy's review when it is later than the last one: it completes the
     * planned review (outcome new version for a material change, else minor amendments, with the version's
     * approval) and a next review date set by hand gives way to approval + frequency. An approval on or
     * before the last review (history being filled in) changes neither.
     */
    private void approvalRecorded(Policy p, PolicyVersion v, LocalDate lastBefore) {
        if (lastBefore != null && !v.approvedOn().isAfter(lastBefore)) {
            return;
        }
        Optional<Review> open = reviewRepository.findOpen(p.id());
        if (open.isPresent()) {
            Review r = open.get();
            reviewRepository.update(new Review(r.id(), r.policyId(), r.dueDate(), r.plannedMeeting(), r.reviewer(),
                    v.approvedOn(), v.material() ? ReviewOutcome.NEW_VERSION : ReviewOutcome.MINOR_AMENDMENTS, r.notes(),
                    v.approvedBy(), v.approvedOn(), v.minuteRef(), null, v.id()));
        }
        Policy now = policy(p.id());
        if (now.nextReviewOverride() != null) {
            policyRepository.update(now.withNextReviewOverride(null));
        }
    }

    /** The label after the newest existing one: "2.0" after "1.3" for a material change, "1.4" otherwise. */
    static String nextLabel(List<PolicyVersion> versions, boolean material) {
        if (versions.isEmpty()) {
            return "1.0";
        }
        List<String> labels = versions.stream().map(v -> v.label().toLowerCase(Locale.ROOT)).toList();
        PolicyVersion newest = versions.stream().max(PolicyVersion.CHRONOLOGICAL).orElseThrow();
        Matcher m = Pattern.compile("^v?(\\d+)(?:\\.(\\d+))?").matcher(newest.label().strip());
        String candidate;
        if (m.find()) {
            int major = Integer.parseInt(m.group(1));
            int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            candidate = material ? (major + 1) + ".0" : major + "." + (minor + 1);
        } else {
            candidate = String.valueOf(versions.size() + 1) + ".0";
        }
        while (labels.contains(candidate)) {
            candidate = candidate + ".1";
        }
        return candidate;
    }

    private Policy policy(long id) {
        return policyRepository.findById(id).orElseThrow(() -> new UserException("No policy with id " + id));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
