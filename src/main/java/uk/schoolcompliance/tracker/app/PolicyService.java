package uk.schoolcompliance.tracker.app;

import uk.schoolcompliance.tracker.domain.SchoolPhase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewRules;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.io.DocumentTypes;
import uk.schoolcompliance.tracker.domain.CoverDetails;
import uk.schoolcompliance.tracker.io.policy.CoverDetailsExtractor;
import uk.schoolcompliance.tracker.io.policy.PolicyDocumentReader;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * The policy library's use cases: add, edit and retire policies, add versions with their documents,
 * add policies from the starter catalogue, and import a policy from its document (read the cover,
 * let a person correct it, then store the document as a version).
 */
public final class PolicyService {

    private final TrackerServices services;

    PolicyService(TrackerServices services) {
        this.services = services;
    }

    // ---------------------------------------------------------------- policies

    /** Adds (id 0) or updates a policy; the title must be unique (ignoring case). */
    public Policy save(Policy p) {
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
        UserDates.inWindow(p.nextReviewOverride(), services.today(), "Next review (by hand)");
        return services.db().inTransaction(c -> {
            Optional<Policy> same = services.policies().findByTitle(p.title());
            if (same.isPresent() && same.get().id() != p.id()) {
                throw new UserException("Title: there is already a policy called '" + same.get().title() + "'");
            }
            if (p.id() == 0) {
                Long school = p.schoolId() != null ? p.schoolId() : services.schoolService().policyOwner(Optional.empty());
                return services.policies().insert(new Policy(0, school, p.title().strip(), p.referenceCode(), p.area(),
                        p.statutory(), p.owner(), p.approvingBody(), p.reviewMonths(), p.reackMonths(), p.graceDays(),
                        p.nextReviewOverride(), p.status(), p.audience()));
            }
            return services.policies().update(p);
        });
    }

    public Policy policy(long id) {
        return services.policies().findById(id).orElseThrow(() -> new UserException("No policy with id " + id));
    }

    public Policy policyByTitle(String title) {
        return services.policies().findByTitle(title)
                .orElseThrow(() -> new UserException("No policy called '" + title + "'"));
    }

    /** Words too common in policy titles to suggest one title for another. */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("policy", "policies", "procedure",
            "procedures", "and", "the", "for", "with", "plan", "statement", "school", "staff");

    /**
     * The policy with exactly this title (ignoring case and surrounding spaces). No match, or more than one,
     * is a {@link UserException} naming {@code field} and listing the candidates on one line; never a guess.
     */
    public Policy policyByExactTitle(String title, String field) {
        if (title == null || title.isBlank()) {
            throw new UserException(field + ": give the policy's title");
        }
        String wanted = title.strip();
        List<Policy> all = services.policies().findAll();
        List<Policy> exact = all.stream().filter(p -> p.title().strip().equalsIgnoreCase(wanted)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        if (exact.size() > 1) {
            throw new UserException(field + ": '" + wanted + "' matches " + exact.size() + " policies: " + quoted(exact, 10));
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        java.util.Set<String> words = words(lower);
        List<Policy> near = new ArrayList<>();
        java.util.Map<Long, Integer> score = new java.util.HashMap<>();
        for (Policy p : all) {
            String t = p.title().toLowerCase(Locale.ROOT);
            java.util.Set<String> shared = words(t);
            shared.retainAll(words);
            int s = (t.contains(lower) || lower.contains(t) ? 100 : 0) + shared.size();
            if (s > 0) {
                near.add(p);
                score.put(p.id(), s);
            }
        }
        near.sort(Comparator.comparing((Policy p) -> -score.get(p.id()))
                .thenComparing(Policy::title, String.CASE_INSENSITIVE_ORDER));
        throw new UserException(field + ": no policy called '" + wanted + "'" + (near.isEmpty()
                ? "; no policy has a title like it" : "; did you mean " + quoted(near, 5) + "?"));
    }

    private static java.util.Set<String> words(String lowerTitle) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : lowerTitle.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && !COMMON_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String quoted(List<Policy> policies, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(max, policies.size()); i++) {
            sb.append(i == 0 ? "" : ", ").append('\'').append(policies.get(i).title()).append('\'');
        }
        if (policies.size() > max) {
            sb.append(" and ").append(policies.size() - max).append(" more");
        }
        return sb.toString();
    }

    /** Retires a policy: it is kept, with its history, but leaves every figure. */
    public Policy retire(long id) {
        return services.policies().update(policy(id).withStatus(PolicyStatus.RETIRED));
    }

    public Policy reinstate(long id) {
        return services.policies().update(policy(id).withStatus(PolicyStatus.ACTIVE));
    }

    /** Adds the catalogue entries whose titles are not in the library yet; returns the policies added. */
    public List<Policy> addFromCatalogue(List<PolicyCatalogue.Entry> entries) {
        return services.db().inTransaction(c -> {
            Long school = services.schoolService().policyOwner(Optional.empty());
            SchoolPhase phase = schoolPhase().orElse(null);
            java.util.Set<String> references = new java.util.HashSet<>();
            services.policies().findAll().forEach(p -> {
                if (p.referenceCode() != null) {
                    references.add(p.referenceCode().trim().toLowerCase(java.util.Locale.ROOT));
                }
            });
            List<Policy> added = new ArrayList<>();
            for (PolicyCatalogue.Entry e : entries) {
                if (services.policies().findByTitle(e.title()).isEmpty()) {
                    // statutory for the school's phase when it is known; the catalogue's reference unless the school uses it
                    boolean statutory = phase != null ? e.statutoryFor(phase) : e.statutory();
                    String ref = references.add(e.reference().toLowerCase(java.util.Locale.ROOT)) ? e.reference() : null;
                    added.add(services.policies().insert(e.toPolicy(school, statutory, ref)));
                }
            }
            return added;
        });
    }

    /** The school's phase, when it was recorded and is one the catalogue knows. */
    public java.util.Optional<SchoolPhase> schoolPhase() {
        try {
            return services.settings().schoolPhase().map(SchoolPhase::fromCode);
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
     * Adds a version with an already loaded document (may be null). A version with an approval date is the
     * policy's review (rule 4): when it is the newest review or approval, it completes the planned review, if
     * any, and replaces a next review date set by hand. A version without one is awaiting approval and moves
     * nothing until {@link #approveVersion} records it.
     */
    public PolicyVersion addVersion(NewVersion v, VersionRepository.Document doc) {
        if (v.label() == null || v.label().isBlank()) {
            throw new UserException("Version: a version needs a label such as 1.0");
        }
        if (v.effectiveFrom() == null) {
            throw new UserException("Effective from: a version needs the date it takes effect");
        }
        UserDates.inWindow(v.effectiveFrom(), services.today(), "Effective from");
        UserDates.inWindow(v.approvedOn(), services.today(), "Approved on");
        if (v.approvedOn() != null && v.approvedOn().isAfter(services.today())) {
            throw new UserException("Approved on: " + Dates.forPeople(v.approvedOn())
                    + " is in the future (add the version now and record its approval once it is approved)");
        }
        return services.db().inTransaction(c -> {
            Policy p = policy(v.policyId());
            List<PolicyVersion> existing = services.versions().findByPolicy(p.id());
            for (PolicyVersion e : existing) {
                if (e.label().equalsIgnoreCase(v.label().strip())) {
                    throw new UserException("Version: '" + p.title() + "' already has a version " + e.label());
                }
                if (doc != null && doc.sha256().equals(e.documentSha256())) {
                    throw new UserException(doc.fileName() + ": this document is already stored as version " + e.label()
                            + " of '" + p.title() + "'");
                }
            }
            LocalDate lastBefore = ReviewRules.lastReviewed(existing, services.reviews().findByPolicy(p.id()));
            PolicyVersion saved = services.versions().insert(new PolicyVersion(0, p.id(), v.label().strip(), null, null,
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
    public PolicyVersion approveVersion(long versionId, String approvedBy, LocalDate approvedOn, String minuteRef) {
        if (approvedOn == null) {
            throw new UserException("Approved on: give the date the version was approved");
        }
        if (approvedOn.isAfter(services.today())) {
            throw new UserException("Approved on: " + Dates.forPeople(approvedOn) + " is in the future");
        }
        return services.db().inTransaction(c -> {
            PolicyVersion v = services.versions().findById(versionId)
                    .orElseThrow(() -> new UserException("No version with id " + versionId));
            Policy p = policy(v.policyId());
            if (v.approvedOn() != null) {
                throw new UserException("Version " + v.label() + " of '" + p.title() + "' was already approved on "
                        + Dates.forPeople(v.approvedOn()));
            }
            LocalDate lastBefore = ReviewRules.lastReviewed(services.versions().findByPolicy(p.id()),
                    services.reviews().findByPolicy(p.id()));
            String by = blank(approvedBy) != null ? blank(approvedBy) : p.approvingBody();
            PolicyVersion approved = services.versions().approve(versionId, by, approvedOn, blank(minuteRef));
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
        Optional<Review> open = services.reviews().findOpen(p.id());
        if (open.isPresent()) {
            Review r = open.get();
            services.reviews().update(new Review(r.id(), r.policyId(), r.dueDate(), r.plannedMeeting(), r.reviewer(),
                    v.approvedOn(), v.material() ? ReviewOutcome.NEW_VERSION : ReviewOutcome.MINOR_AMENDMENTS, r.notes(),
                    v.approvedBy(), v.approvedOn(), v.minuteRef(), null, v.id()));
        }
        Policy now = policy(p.id());
        if (now.nextReviewOverride() != null) {
            services.policies().update(now.withNextReviewOverride(null));
        }
    }

    /** The label after the newest existing one: "2.0" after "1.3" for a material change, "1.4" otherwise. */
    public static String nextLabel(List<PolicyVersion> versions, boolean material) {
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

    public Optional<VersionRepository.Document> document(long versionId) {
        return services.versions().document(versionId);
    }

    /**
     * Writes a stored document to a new temporary file (named like the original) for the system viewer,
     * after checking its SHA-256 still matches the one recorded.
     */
    public Path exportForViewing(long versionId) {
        PolicyVersion v = services.versions().findById(versionId)
                .orElseThrow(() -> new UserException("No version with id " + versionId));
        VersionRepository.Document doc = document(versionId)
                .orElseThrow(() -> new UserException("Version " + v.label() + " has no document stored"));
        if (!doc.sha256().equals(v.documentSha256())) {
            throw new UserException(doc.fileName() + ": the stored document does not match its SHA-256; "
                    + "restore the database from a backup");
        }
        String type = DocumentTypes.detect(doc.bytes(), doc.mediaType());
        if (type == null) {
            throw new UserException(doc.fileName() + ": the stored document is not a PDF, a Word document (.docx) or a "
                    + "text file, so it is not opened");
        }
        try {
            Path dir = Files.createTempDirectory("compliance-tracker-doc");
            Path file = dir.resolve(DocumentTypes.safeFileName(doc.fileName(), type));
            Files.write(file, doc.bytes(), java.nio.file.StandardOpenOption.CREATE_NEW);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UserException("Cannot write a copy of " + doc.fileName() + " to open it: " + e.getMessage(), e);
        }
    }

    /** The largest policy document stored (it is kept inside the database and in every backup). */
    public static final long MAX_DOCUMENT_BYTES = uk.schoolcompliance.tracker.io.ReadLimits.MAX_DOCUMENT_BYTES;

    /** Reads a document file, checking it is a type the app stores. */
    public static VersionRepository.Document readDocument(Path file) {
        String name = file.getFileName().toString();
        String type = DocumentTypes.mediaType(name);
        if (type == null) {
            throw new UserException(name + ": not a policy document (use DOCX, PDF, TXT or Markdown)");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_DOCUMENT_BYTES) {
                throw new UserException(name + ": the document is " + (size >> 20) + " MB; the most the app stores is "
                        + (MAX_DOCUMENT_BYTES >> 20) + " MB (save it again with smaller pictures, or as PDF)");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new UserException(name + ": the file is empty");
            }
            return new VersionRepository.Document(name, type, bytes);
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file");
        } catch (IOException e) {
            throw new UserException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
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
        ComplianceCalculator calc = services.compliance().calculator(asOf);
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
        String text;
        try {
            text = PolicyDocumentReader.text(doc.fileName(), doc.bytes());
        } catch (IOException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        CoverDetails cover = CoverDetailsExtractor.extract(text, doc.fileName(), today);
        Policy existing = cover.title() == null ? null : services.policies().findByTitle(cover.title()).orElse(null);
        String label = cover.version() != null ? cover.version()
                : existing == null ? "1.0" : nextLabel(services.versions().findByPolicy(existing.id()), true);
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
        UserDates.inWindow(in.approvedOn(), services.today(), file + "Approved on");
        UserDates.inWindow(in.lastReviewed(), services.today(), file + "Last reviewed");
        UserDates.inWindow(in.nextReviewDue(), services.today(), file + "Next review due");
        UserDates.inWindow(in.effectiveFrom(), services.today(), file + "Effective from");
        services.backups().beforeImport();
        return services.db().inTransaction(c -> {
            Optional<Policy> found = services.policies().findByTitle(in.title());
            found.ifPresent(f -> services.schoolService().checkOwner(f, school, "--school"));
            boolean created = found.isEmpty();
            Long owner = school.isPresent() ? services.schoolService().policyOwner(school) : null;
            Policy policy = found.orElseGet(() -> save(new Policy(0, owner, in.title().strip(), null, null, false, null,
                    null, impliedFrequency(in), null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF)));
            List<PolicyVersion> existing = services.versions().findByPolicy(policy.id());
            String label = in.label() == null || in.label().isBlank() ? nextLabel(existing, in.material()) : in.label();
            LocalDate effective = in.effectiveFrom() != null ? in.effectiveFrom()
                    : in.approvedOn() != null ? in.approvedOn()
                    : in.lastReviewed() != null ? in.lastReviewed() : services.today();
            PolicyVersion version = addVersion(new NewVersion(policy.id(), label, effective, in.material(), in.approvedBy(),
                    in.approvedOn(), null, "Imported from " + in.document().fileName(), null), in.document());
            Review review = null;
            if (in.lastReviewed() != null && (in.approvedOn() == null || in.lastReviewed().isAfter(in.approvedOn()))
                    && services.reviews().findByPolicy(policy.id()).stream()
                    .noneMatch(r -> in.lastReviewed().equals(r.completedOn()))) {
                review = services.reviews().insert(new Review(0, policy.id(), null, null, null, in.lastReviewed(),
                        ReviewOutcome.NO_CHANGE, "Last review as recorded on the cover of " + in.document().fileName()));
            }
            policy = policy(policy.id()); // the version's approval may have replaced a date set by hand
            if (!Objects.equals(policy.nextReviewOverride(), in.nextReviewDue()) && in.nextReviewDue() != null) {
                policy = services.policies().update(policy.withNextReviewOverride(in.nextReviewDue()));
            }
            return new DocumentImportResult(policy, created, version, review);
        });
    }

    /** The review interval the cover implies (whole years between the last review and the next), else 12. */
    static Integer impliedFrequency(DocumentImport in) {
        LocalDate from = in.lastReviewed() != null ? in.lastReviewed() : in.approvedOn();
        if (from == null || in.nextReviewDue() == null) {
            return 12;
        }
        long months = ChronoUnit.MONTHS.between(from, in.nextReviewDue().plusDays(1));
        long years = Math.round(months / 12.0);
        return years >= 1 && years <= 4 ? (int) (years * 12) : 12;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
