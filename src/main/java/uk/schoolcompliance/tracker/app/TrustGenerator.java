package uk.schoolcompliance.tracker.app;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.InductionTemplateItem;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.DocumentTypes;
import uk.schoolcompliance.tracker.store.AuditRepository;
import uk.schoolcompliance.tracker.store.BulkInsert;
import uk.schoolcompliance.tracker.store.Database;

/**
 * Builds a realistic multi-academy trust for scale testing: staff in the proportions of English
 * schools' workforce, start dates over 20 years, leavers and new starters (with induction plans),
 * 1–5 versions per policy, yearly re-acknowledgement of the safeguarding ones, about 90 % of the
 * acknowledgements due recorded, and reviews in every state.
 *
 * <p>Deterministic: the same seed, sizes and "today" give the same rows byte for byte (one
 * {@link SplittableRandom} drawn in a fixed order; every created_at is the fixed "today"). Only the
 * one audit line of the load carries the real time.
 */
public final class TrustGenerator {

    /** What was generated. */
    public record Result(int schools, int staff, int policies, int versions, int reviews, long acknowledgements,
                         int inductionPlans, int inductionItems) {
    }

    /** The setting that records the "today" a database was generated as of (benchmarks compute as of it). */
    public static final String GENERATED_TODAY = "generated_today";

    private final SplittableRandom rng;
    private final LocalDate today;
    private final String createdAt;

    private final List<Policy> policies = new ArrayList<>();
    private final List<List<PolicyVersion>> versionsOf = new ArrayList<>();
    private long nextAck = 1;
    private int reviewCount;
    private int versionCount;

    private TrustGenerator(long seed, LocalDate today) {
        this.rng = new SplittableRandom(seed);
        this.today = today;
        this.createdAt = today + "T08:00:00Z";
    }

    /** Fills an empty database with a trust of {@code staffCount} people and {@code policyCount} policies. */
    static Result generate(Database db, AuditRepository auditLog, int staffCount, int policyCount, long seed,
            LocalDate today) {
        if (staffCount < 1 || policyCount < 1) {
            throw new UserException("--staff and --policies must be at least 1");
        }
        BulkInsert bulk = new BulkInsert(db, auditLog);
        if (!bulk.isEmpty()) {
            throw new UserException(db.location() + " already holds data; generate needs a new or empty database");
        }
        TrustGenerator g = new TrustGenerator(seed, today);
        Result[] result = new Result[1];
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("staff", staffCount);
        audit.put("policies", policyCount);
        audit.put("seed", seed);
        audit.put("today", today.toString());
        bulk.load(g.createdAt, "generate", sink -> result[0] = g.write(sink, staffCount, policyCount), audit);
        return result[0];
    }

    private Result write(BulkInsert.Sink sink, int staffCount, int policyCount) {
        int schools = Math.max(1, (int) Math.ceil(staffCount / 90.0));
        List<String> schoolNames = new ArrayList<>();
        schoolNames.add("Riverside Learning Trust");
        sink.school(1, schoolNames.get(0), "trust");
        for (int i = 2; i <= schools; i++) {
            String name = TrustCatalogue.PLACES[(i - 2) % TrustCatalogue.PLACES.length] + " " + TrustCatalogue.KINDS[((i - 2) / TrustCatalogue.PLACES.length) % TrustCatalogue.KINDS.length]
                    + ((i - 2) >= TrustCatalogue.PLACES.length * TrustCatalogue.KINDS.length ? " " + ((i - 2) / (TrustCatalogue.PLACES.length * TrustCatalogue.KINDS.length) + 1) : "");
            schoolNames.add(name);
            sink.school(i, name, name.contains("High") ? "secondary" : "primary");
        }
        sink.setting("grace_days", "14");
        sink.setting(GENERATED_TODAY, today.toString());
        writePolicies(sink, policyCount, schoolNames);
        GeneratedStaff people = new GeneratedStaff(rng, today);
        List<StaffMember> staff = people.writeStaff(sink, staffCount, schools);
        Map<StaffCategory, List<InductionTemplateItem>> templates = people.writeTemplates(sink, policies);
        people.writeInduction(sink, staff, templates);
        writeAcknowledgements(sink, staff);
        return new Result(schools, staffCount, policyCount, versionCount, reviewCount, nextAck - 1, people.plans(),
                people.items());
    }

    // ---------------------------------------------------------------- policies, versions, reviews

    private void writePolicies(BulkInsert.Sink sink, int count, List<String> schoolNames) {
        int catalogue = TrustCatalogue.AREAS.stream().mapToInt(a -> a.titles().length).sum();
        for (int i = 0; i < count; i++) {
            int round = i / catalogue;
            int k = i % catalogue;
            TrustCatalogue.Area area = null;
            int inArea = k;
            for (TrustCatalogue.Area a : TrustCatalogue.AREAS) {
                if (inArea < a.titles().length) {
                    area = a;
                    break;
                }
                inArea -= a.titles().length;
            }
            Long schoolId = null;
            String title = area.titles()[inArea];
            String ref = String.format(Locale.ROOT, "%s-%02d", area.code(), inArea + 1);
            if (round > 0) { // beyond the trust-wide catalogue: one school's own local policies
                int academies = Math.max(1, schoolNames.size() - 1);
                int school = schoolNames.size() == 1 ? 1 : 2 + (round - 1) % academies;
                schoolId = (long) school;
                title = title + " (" + schoolNames.get(school - 1) + ((round - 1) >= academies ? " " + round : "") + ")";
                ref = ref + "-L" + round;
            }
            double s = rng.nextDouble();
            PolicyStatus status = s < 0.04 ? PolicyStatus.DRAFT : s < 0.08 ? PolicyStatus.RETIRED : PolicyStatus.ACTIVE;
            Integer reviewMonths = rng.nextDouble() < 0.08 ? null : area.reviewMonths();
            Integer grace = rng.nextDouble() < 0.1 ? 28 : null;
            Policy p = new Policy(i + 1, schoolId, title, ref, area.name(), area.statutory(), area.owner(),
                    area.approver(), reviewMonths, area.reackMonths(), grace, null, status, area.audience());
            // where the review cycle stands today decides when the last review happened
            LocalDate lastReviewed;
            double st = rng.nextDouble();
            if (reviewMonths == null) {
                lastReviewed = today.minusDays(30 + rng.nextInt(1500));
            } else {
                LocalDate nextDue;
                if (st < 0.15) {
                    nextDue = today.minusDays(1 + rng.nextInt(240)); // overdue
                } else if (st < 0.32) {
                    nextDue = today.plusDays(rng.nextInt(61)); // due soon
                } else {
                    nextDue = today.plusDays(61 + rng.nextInt(Math.max(30, reviewMonths * 30 - 61))); // in date
                }
                lastReviewed = nextDue.minusMonths(reviewMonths);
            }
            List<PolicyVersion> versions = versions(p, lastReviewed, area);
            LocalDate override = null;
            double o = rng.nextDouble();
            LocalDate lastApproval = versions.get(versions.size() - 1).approvedOn();
            if (reviewMonths != null && o < 0.03) {
                override = lastApproval.minusDays(rng.nextInt(60)); // the data error real documents contain
            } else if (reviewMonths != null && o < 0.10) {
                override = today.plusDays(rng.nextInt(200) - 40); // a date set by hand (a meeting)
            }
            if (override != null) {
                p = p.withNextReviewOverride(override);
            }
            policies.add(p);
            versionsOf.add(versions);
            sink.policy(p);
            for (PolicyVersion v : versions) {
                sink.version(v, v.hasDocument() ? document(p, v) : null);
            }
            writeReviews(sink, p, versions, lastReviewed);
        }
    }

    private List<PolicyVersion> versions(Policy p, LocalDate lastReviewed, TrustCatalogue.Area area) {
        int n = 1 + rng.nextInt(5);
        // the newest version was approved at the last review half the time, earlier otherwise
        LocalDate approved = rng.nextBoolean() ? lastReviewed : lastReviewed.minusDays(30 + rng.nextInt(300));
        LocalDate[] approvals = new LocalDate[n];
        for (int i = n - 1; i >= 0; i--) {
            approvals[i] = approved;
            approved = approved.minusDays(120 + rng.nextInt(600));
        }
        List<PolicyVersion> out = new ArrayList<>();
        int major = 1;
        int minor = 0;
        for (int i = 0; i < n; i++) {
            boolean material = i == 0 || rng.nextDouble() < 0.5;
            if (i > 0) {
                if (material) {
                    major++;
                    minor = 0;
                } else {
                    minor++;
                }
            }
            String label = major + "." + minor;
            LocalDate effective = approvals[i].plusDays(3 + rng.nextInt(12));
            boolean hasDocument = rng.nextDouble() < 0.92;
            String file = p.referenceCode().toLowerCase(Locale.ROOT) + "-" + label.replace('.', '-') + ".txt";
            String minute = (area.approver().startsWith("Trust") ? "TB " : "LGB ")
                    + String.format(Locale.ROOT, "%02d/%02d", approvals[i].getYear() % 100, approvals[i].getMonthValue());
            versionCount++;
            out.add(new PolicyVersion(versionCount, p.id(), label, hasDocument ? "pending" : null,
                    hasDocument ? file : null, hasDocument ? DocumentTypes.TEXT : null, p.approvingBody(), approvals[i],
                    minute, effective, i == 0 ? "Adopted" : material ? "Rewritten for the new statutory guidance"
                            : "Minor amendments: names and contact details", material));
        }
        return out;
    }

    private static byte[] document(Policy p, PolicyVersion v) {
        String text = p.title() + "\nVersion " + v.label() + ", approved by " + p.approvingBody() + " on "
                + v.approvedOn() + " (" + v.minuteRef() + ")\n\n" + "1. Purpose\nThis policy sets out how "
                + "the trust and its academies meet their duties.\n\n2. Who this policy applies to\n"
                + Policy.describeAudience(p.audience()) + ".\n\n3. Review\nThis policy is reviewed "
                + (p.reviewMonths() == null ? "as needed." : "every " + p.reviewMonths() + " months.") + "\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void writeReviews(BulkInsert.Sink sink, Policy p, List<PolicyVersion> versions, LocalDate lastReviewed) {
        for (int i = 1; i < versions.size(); i++) {
            PolicyVersion v = versions.get(i);
            sink.review(new Review(++reviewCount, p.id(), v.approvedOn().minusDays(10), v.approvedOn(),
                    p.owner(), v.approvedOn(), v.material() ? ReviewOutcome.NEW_VERSION : ReviewOutcome.MINOR_AMENDMENTS,
                    "Approved " + v.label()));
        }
        LocalDate newest = versions.get(versions.size() - 1).approvedOn();
        if (lastReviewed.isAfter(newest) && !lastReviewed.isAfter(today)) {
            sink.review(new Review(++reviewCount, p.id(), lastReviewed.minusDays(14), lastReviewed, p.owner(),
                    lastReviewed, ReviewOutcome.NO_CHANGE, "Reviewed; no change needed"));
        }
        if (p.status() == PolicyStatus.RETIRED) {
            LocalDate when = today.minusDays(10 + rng.nextInt(300));
            if (when.isBefore(newest)) {
                when = newest;
            }
            sink.review(new Review(++reviewCount, p.id(), when, when, p.owner(), when, ReviewOutcome.RETIRED,
                    "Replaced by the trust-wide policy"));
        } else if (p.status() == PolicyStatus.ACTIVE && p.reviewMonths() != null && rng.nextDouble() < 0.6) {
            LocalDate due = (lastReviewed.isAfter(newest) ? lastReviewed : newest).plusMonths(p.reviewMonths());
            sink.review(new Review(++reviewCount, p.id(), due, due.minusDays(rng.nextInt(20)), p.owner(), null, null,
                    null));
        }
    }

    // ---------------------------------------------------------------- acknowledgements

    private void writeAcknowledgements(BulkInsert.Sink sink, List<StaffMember> staff) {
        for (StaffMember s : staff) {
            if (s.startDate().isAfter(today)) {
                continue;
            }
            // most people sign promptly; a few are always behind
            double diligence = rng.nextDouble() < 0.85 ? 0.95 : 0.62;
            LocalDate end = s.leaveDate() != null && s.leaveDate().isBefore(today) ? s.leaveDate() : today.plusDays(1);
            for (int p = 0; p < policies.size(); p++) {
                Policy policy = policies.get(p);
                if (policy.status() == PolicyStatus.DRAFT || !policy.appliesTo(s.category())) {
                    continue;
                }
                List<PolicyVersion> versions = versionsOf.get(p);
                for (int i = 0; i < versions.size(); i++) {
                    PolicyVersion v = versions.get(i);
                    LocalDate next = nextMaterial(versions, i);
                    LocalDate from = max(v.effectiveFrom(), s.startDate());
                    LocalDate until = next == null || next.isAfter(end) ? end : next;
                    if (!from.isBefore(until)) {
                        continue;
                    }
                    if (!v.material() && i > 0) {
                        if (rng.nextDouble() < 0.25) { // some people sign the minor amendment too
                            ack(sink, s, v, from.plusDays(delay()), until);
                        }
                        continue;
                    }
                    if (rng.nextDouble() >= diligence) {
                        continue;
                    }
                    LocalDate signed = from.plusDays(delay());
                    if (!ack(sink, s, v, signed, until)) {
                        continue;
                    }
                    if (policy.reackMonths() != null) { // signed again each September
                        LocalDate again = LocalDate.of(signed.getYear() + (signed.getMonthValue() >= 7 ? 1 : 0),
                                Month.SEPTEMBER, 1);
                        while (again.isBefore(until)) {
                            if (rng.nextDouble() < diligence) {
                                ack(sink, s, v, again.plusDays(rng.nextInt(25)), until);
                            }
                            again = again.plusYears(1);
                        }
                    }
                }
            }
        }
    }

    private boolean ack(BulkInsert.Sink sink, StaffMember s, PolicyVersion v, LocalDate date, LocalDate until) {
        if (!date.isBefore(until) || date.isAfter(today)) {
            return false;
        }
        AckMethod method = method();
        String by = GeneratedStaff.OFFICE[rng.nextInt(GeneratedStaff.OFFICE.length)];
        boolean voided = rng.nextDouble() < 0.003;
        LocalDate voidedAt = null;
        if (voided) {
            voidedAt = date.plusDays(1 + rng.nextInt(20));
            if (voidedAt.isAfter(today)) {
                voidedAt = today;
            }
        }
        sink.acknowledgement(new Acknowledgement(nextAck++, s.id(), v.id(), date, method, by, null, voided,
                voided ? "Signed the wrong version's sheet" : null), voidedAt, voided ? by : null);
        return true;
    }

    private static LocalDate nextMaterial(List<PolicyVersion> versions, int i) {
        for (int j = i + 1; j < versions.size(); j++) {
            if (versions.get(j).material()) {
                return versions.get(j).effectiveFrom();
            }
        }
        return null;
    }

    /** Days from being asked to signing: mostly within two weeks, a long tail of stragglers. */
    private long delay() {
        double r = rng.nextDouble();
        if (r < 0.70) {
            return rng.nextInt(15);
        }
        if (r < 0.92) {
            return 15 + rng.nextInt(46);
        }
        return 61 + rng.nextInt(300);
    }

    private AckMethod method() {
        double r = rng.nextDouble();
        return r < 0.45 ? AckMethod.PAPER : r < 0.70 ? AckMethod.ONLINE_FORM : r < 0.85 ? AckMethod.IN_PERSON
                : r < 0.95 ? AckMethod.EMAIL : AckMethod.IN_APP;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
