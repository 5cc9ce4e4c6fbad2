package uk.schoolcompliance.tracker.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.CoverDetails;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewRules;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.domain.SchoolPhase;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.ReviewRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * The policy library's use cases: add, edit and retire policies, add versions with their documents,
 * add policies from the starter catalogue, and import a policy from its document (read the cover,
 * let a person correct it, then store the document as a version).
 */
public final class PolicyService {

    private final SchoolService schoolService;

    private final Database db;
    private final SettingsRepository settings;
    private final PolicyRepository policyRepository;
    private final VersionRepository versionRepository;
    private final ReviewRepository reviewRepository;
    private final ComplianceService compliance;
    private final BackupService backups;
    private final PolicyVersions versions;
    private final Clock clock;
    private final PolicyEdits edits;

    PolicyService(Database db, SettingsRepository settings, PolicyRepository policyRepository,
            VersionRepository versionRepository, ReviewRepository reviewRepository, ComplianceService compliance,
            BackupService backups, PolicyVersions versions, Clock clock, SchoolService schoolService) {
        this.schoolService = schoolService;
        this.db = db;
        this.settings = settings;
        this.policyRepository = policyRepository;
        this.versionRepository = versionRepository;
        this.reviewRepository = reviewRepository;
        this.compliance = compliance;
        this.backups = backups;
        this.versions = versions;
        this.clock = clock;
        this.edits = new PolicyEdits(db, policyRepository, schoolService, clock);
    }

    // ---------------------------------------------------------------- policies

    /** Adds (id 0) or updates a policy; the title must be unique (ignoring case). */
    public Policy save(Policy p) {
        return edits.save(p);
    }

    /**
     * A policy as it stands now, with its version, for an edit form: the save hands the version back
     * ({@link #save(Policy, long)}) (issue #19).
     */
    public uk.schoolcompliance.tracker.domain.Editing<Policy> openForEdit(long policyId) {
        return edits.openForEdit(policyId);
    }

    /**
     * Saves an edit made on the version {@code opened} (issue #19): when someone else has changed the policy since,
     * it is refused with a {@link UserException} "Policy '...' was changed by LOGIN at HH:MM since you opened it;
     * nothing was saved.", their value and yours for each field that differs, and nothing is written or audited.
     */
    public Policy save(Policy p, long opened) {
        return edits.save(p, opened);
    }

    public Policy policy(long id) {
        return policyRepository.findById(id).orElseThrow(() -> new UserException("No policy with id " + id));
    }

    public Policy policyByTitle(String title) {
        return policyRepository.findByTitle(title)
                .orElseThrow(() -> new UserException("No policy called '" + title + "'"));
    }

    /**
     * The policy with exactly this title (ignoring case and surrounding spaces). No match, or more than one,
     * is a {@link UserException} naming {@code field} and listing the candidates on one line; never a guess.
     */
    public Policy policyByExactTitle(String title, String field) {
        if (title == null || title.isBlank()) {
            throw new UserException(field + ": give the policy's title");
        }
        return PolicyTitles.exactly(policyRepository.findAll(), title.strip(), field);
    }

    /** Retires a policy: it is kept, with its history, but leaves every figure. */
    public Policy retire(long id) {
        return edits.retire(id);
    }

    public Policy reinstate(long id) {
        return edits.reinstate(id);
    }

    /** Adds the catalogue entries whose titles are not in the library yet; returns the policies added. */
    public List<Policy> addFromCatalogue(List<PolicyCatalogue.Entry> entries) {
        return db.inTransaction(c -> {
            Long school = schoolService.policyOwner(Optional.empty());
            SchoolPhase phase = schoolPhase().orElse(null);
            java.util.Set<String> references = new java.util.HashSet<>();
            policyRepository.findAll().forEach(p -> {
                if (p.referenceCode() != null) {
                    references.add(p.referenceCode().trim().toLowerCase(java.util.Locale.ROOT));
                }
            });
            List<Policy> added = new ArrayList<>();
            for (PolicyCatalogue.Entry e : entries) {
                if (policyRepository.findByTitle(e.title()).isEmpty()) {
                    // statutory for the school's phase when it is known; the catalogue's reference unless the school uses it
                    boolean statutory = phase != null ? e.statutoryFor(phase) : e.statutory();
                    String ref = references.add(e.reference().toLowerCase(java.util.Locale.ROOT)) ? e.reference() : null;
                    added.add(policyRepository.insert(e.toPolicy(school, statutory, ref)));
                }
            }
            return added;
        });
    }

    /** The school's phase, when it was recorded and is one the catalogue knows. */
    public java.util.Optional<SchoolPhase> schoolPhase() {
        try {
            return settings.schoolPhase().map(SchoolPhase::fromCode);
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    // ---------------------------------------------------------------- versions

    /** What a new version is made of; {@code document} may be null. */
    public record NewVersion(long policyId, String label, LocalDate effectiveFrom, boolean material, String approvedBy,
                             LocalDate approvedOn, String minuteRef, String changeSummary, Path document) {
    }

    public PolicyVersion addVersion(NewVersion v) {
        VersionRepository.Document doc = v.document() == null ? null : readDocument(v.document());
        return addVersion(v, doc);
    }

    /**
     * Adds a version with an already loaded document (may be null); an approved version is the policy's review
     * (see {@link PolicyVersions#add}).
     */
    public PolicyVersion addVersion(NewVersion v, VersionRepository.Document doc) {
        return versions.add(v, doc);
    }

    /** Records the approval of a version that is awaiting approval (see {@link PolicyVersions#approve}). */
    public PolicyVersion approveVersion(long versionId, String approvedBy, LocalDate approvedOn, String minuteRef) {
        return versions.approve(versionId, approvedBy, approvedOn, minuteRef);
    }

    /** The label after the newest existing one: "2.0" after "1.3" for a material change, "1.4" otherwise. */
    public static String nextLabel(List<PolicyVersion> versions, boolean material) {
        return PolicyVersions.nextLabel(versions, material);
    }

    public Optional<VersionRepository.Document> document(long versionId) {
        return versionRepository.document(versionId);
    }

    /**
     * Writes a stored document to a new temporary file (named like the original) for the system viewer,
     * after checking its SHA-256 still matches the one recorded.
     */
    public Path exportForViewing(long versionId) {
        PolicyVersion v = versionRepository.findById(versionId)
                .orElseThrow(() -> new UserException("No version with id " + versionId));
        VersionRepository.Document doc = document(versionId)
                .orElseThrow(() -> new UserException("Version " + v.label() + " has no document stored"));
        if (!doc.sha256().equals(v.documentSha256())) {
            throw new UserException(doc.fileName() + ": the stored document does not match its SHA-256; "
                    + "restore the database from a backup");
        }
        return PolicyDocuments.copyForViewing(doc);
    }

    /** Reads a document file, checking it is a type the app stores. */
    public static VersionRepository.Document readDocument(Path file) {
        return PolicyDocuments.read(file);
    }

    // ---------------------------------------------------------------- the policy page

    /** Everything the policy page shows. {@code current} is the version in effect on the date (may be null). */
    public record Detail(Policy policy, List<PolicyVersion> versions, List<Review> reviews, ReviewStanding standing,
                         PolicyVersion current, Tally currentTally) {

        /** The reviews and approvals, newest first, with what is planned or awaiting approval on top. */
        public List<ReviewRules.HistoryEntry> history() {
            return ReviewRules.history(versions, reviews);
        }
    }

    public Detail detail(long policyId, LocalDate asOf) {
        ComplianceCalculator calc = compliance.calculator(asOf);
        Policy p = calc.data().policies().stream().filter(x -> x.id() == policyId).findFirst()
                .orElseThrow(() -> new UserException("No policy with id " + policyId));
        List<PolicyVersion> versions = new ArrayList<>(calc.data().versions(policyId));
        versions.sort(PolicyVersion.CHRONOLOGICAL);
        List<Review> reviews = new ArrayList<>(calc.data().reviews(policyId));
        reviews.sort(Comparator.comparing((Review r) -> r.completedOn() == null ? LocalDate.MAX : r.completedOn())
                .thenComparingLong(Review::id).reversed());
        PolicyVersion current = null;
        for (PolicyVersion v : versions) {
            if (!v.effectiveFrom().isAfter(asOf)) {
                current = v;
            }
        }
        Tally tally = Tally.EMPTY;
        for (var o : calc.obligations(p)) {
            tally = tally.plus(o.status());
        }
        return new Detail(p, versions, reviews, ReviewRules.standing(p, versions, reviews, asOf), current, tally);
    }

    // ---------------------------------------------------------------- importing a document

    /** A document read and its cover extracted, before anything is stored. */
    public record DocumentPreview(VersionRepository.Document document, CoverDetails extracted, Policy existing,
                                  String suggestedLabel) {

        /** The name of the document's file. */
        public String fileName() {
            return document.fileName();
        }
    }

    /** What the person confirmed (possibly corrected) after the preview. */
    public record DocumentImport(VersionRepository.Document document, String title, String approvedBy,
                                 LocalDate approvedOn, LocalDate lastReviewed, LocalDate nextReviewDue, String label,
                                 LocalDate effectiveFrom, boolean material) {

        /** The document of {@code p} with what the person confirmed or corrected. */
        public static DocumentImport corrected(DocumentPreview p, String title, String approvedBy, LocalDate approvedOn,
                                               LocalDate lastReviewed, LocalDate nextReviewDue, String label,
                                               LocalDate effectiveFrom, boolean material) {
            return new DocumentImport(p.document(), title, approvedBy, approvedOn, lastReviewed, nextReviewDue, label,
                    effectiveFrom, material);
        }

        /** The import exactly as extracted. */
        public static DocumentImport asExtracted(DocumentPreview p) {
            CoverDetails c = p.extracted();
            return new DocumentImport(p.document(), c.title(), c.approvedBy(), c.approvedOn(), c.lastReviewed(),
                    c.nextReviewDue(), p.suggestedLabel(), null, true);
        }
    }

    /** What an import did. {@code review} is the completed review recorded from the cover, if any. */
    public record DocumentImportResult(Policy policy, boolean createdPolicy, PolicyVersion version, Review review) {
    }

    public DocumentPreview preview(Path file, LocalDate today) {
        return preview(readDocument(file), today);
    }

    public DocumentPreview preview(VersionRepository.Document doc, LocalDate today) {
        CoverDetails cover = PolicyDocuments.cover(doc, today);
        Policy existing = cover.title() == null ? null : policyRepository.findByTitle(cover.title()).orElse(null);
        String label = cover.version() != null ? cover.version()
                : existing == null ? "1.0" : nextLabel(versionRepository.findByPolicy(existing.id()), true);
        return new DocumentPreview(doc, cover, existing, label);
    }

    /**
     * Stores the document as a version: of the policy with that title, or of a new policy (active, read by
     * all staff, reviewed at the interval the cover implies, else yearly). The cover's next review date is
     * kept as the policy's hand-set date, and a last-reviewed date later than the approval is recorded as
     * a completed review, so the schedule shows what the document says. All in one transaction.
     */
    public DocumentImportResult importDocument(DocumentImport in) {
        return importDocument(in, Optional.empty());
    }

    /**
     * As {@link #importDocument(DocumentImport)}, for one school's own policy ({@code --school}): a new policy is that
     * school's own; an existing one must be (never another school's). Without a school a new policy is trust-wide.
     */
    public DocumentImportResult importDocument(DocumentImport in, Optional<uk.schoolcompliance.tracker.domain.School> school) {
        if (in.title() == null || in.title().isBlank()) {
            throw new UserException(in.document().fileName() + ": Title: no title found; type the policy's title");
        }
        String file = in.document().fileName() + ": ";
        UserDates.inWindow(in.approvedOn(), LocalDate.now(clock), file + "Approved on");
        UserDates.inWindow(in.lastReviewed(), LocalDate.now(clock), file + "Last reviewed");
        UserDates.inWindow(in.nextReviewDue(), LocalDate.now(clock), file + "Next review due");
        UserDates.inWindow(in.effectiveFrom(), LocalDate.now(clock), file + "Effective from");
        backups.beforeImport();
        return db.inTransaction(c -> {
            Optional<Policy> found = policyRepository.findByTitle(in.title());
            found.ifPresent(f -> schoolService.checkOwner(f, school, "--school"));
            boolean created = found.isEmpty();
            Long owner = school.isPresent() ? schoolService.policyOwner(school) : null;
            Policy policy = found.orElseGet(() -> save(new Policy(0, owner, in.title().strip(), null, null, false, null,
                    null, impliedFrequency(in), null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF)));
            List<PolicyVersion> existing = versionRepository.findByPolicy(policy.id());
            String label = in.label() == null || in.label().isBlank() ? nextLabel(existing, in.material()) : in.label();
            LocalDate effective = in.effectiveFrom() != null ? in.effectiveFrom()
                    : in.approvedOn() != null ? in.approvedOn()
                    : in.lastReviewed() != null ? in.lastReviewed() : LocalDate.now(clock);
            PolicyVersion version = addVersion(new NewVersion(policy.id(), label, effective, in.material(), in.approvedBy(),
                    in.approvedOn(), null, "Imported from " + in.document().fileName(), null), in.document());
            Review review = null;
            if (in.lastReviewed() != null && (in.approvedOn() == null || in.lastReviewed().isAfter(in.approvedOn()))
                    && reviewRepository.findByPolicy(policy.id()).stream()
                    .noneMatch(r -> in.lastReviewed().equals(r.completedOn()))) {
                review = reviewRepository.insert(new Review(0, policy.id(), null, null, null, in.lastReviewed(),
                        ReviewOutcome.NO_CHANGE, "Last review as recorded on the cover of " + in.document().fileName()));
            }
            policy = policy(policy.id()); // the version's approval may have replaced a date set by hand
            if (!Objects.equals(policy.nextReviewOverride(), in.nextReviewDue()) && in.nextReviewDue() != null) {
                policy = policyRepository.update(policy.withNextReviewOverride(in.nextReviewDue()));
            }
            return new DocumentImportResult(policy, created, version, review);
        });
    }

    /** The review interval the cover implies (whole years between the last review and the next), else 12. */
    static Integer impliedFrequency(DocumentImport in) {
        return PolicyDocuments.impliedFrequency(in.lastReviewed(), in.approvedOn(), in.nextReviewDue());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
