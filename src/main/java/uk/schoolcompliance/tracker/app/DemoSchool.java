package uk.schoolcompliance.tracker.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.InductionRules;
import uk.schoolcompliance.tracker.domain.InductionTemplateItem;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.io.CsvTable;
import uk.schoolcompliance.tracker.io.DocumentTypes;
import uk.schoolcompliance.tracker.store.AcknowledgementRepository;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.InductionRepository;
import uk.schoolcompliance.tracker.store.PolicyRepository;
import uk.schoolcompliance.tracker.store.ReviewRepository;
import uk.schoolcompliance.tracker.store.SettingsRepository;
import uk.schoolcompliance.tracker.store.StaffRepository;
import uk.schoolcompliance.tracker.store.VersionRepository;

/**
 * Builds the demo school (Oakfield Primary) from the plain files in {@code sample-data/}, which travel
 * inside the jar. Dates are moved forward by (today − anchor) days so the demo always looks current.
 */
public final class DemoSchool {

    private static final String ROOT = "/sample-data/";
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private final Database db;
    private final SettingsRepository settings;
    private final StaffRepository staffRepository;
    private final PolicyRepository policyRepository;
    private final VersionRepository versionRepository;
    private final ReviewRepository reviewRepository;
    private final AcknowledgementRepository acknowledgementRepository;
    private final InductionRepository inductionRepository;

    public DemoSchool(Database db, SettingsRepository settings, StaffRepository staffRepository,
            PolicyRepository policyRepository, VersionRepository versionRepository, ReviewRepository reviewRepository,
            AcknowledgementRepository acknowledgementRepository, InductionRepository inductionRepository) {
        this.db = db;
        this.settings = settings;
        this.staffRepository = staffRepository;
        this.policyRepository = policyRepository;
        this.versionRepository = versionRepository;
        this.reviewRepository = reviewRepository;
        this.acknowledgementRepository = acknowledgementRepository;
        this.inductionRepository = inductionRepository;
    }

    /** The anchor date the sample files are written as of. */
    public static LocalDate anchor() {
        return LocalDate.parse(properties().getProperty("anchor"));
    }

    /**
     * Loads the demo school into an empty database, all in one transaction.
     *
     * @param today the date the demo should look current on; {@link #anchor()} keeps the files' dates
     */
    public void build(LocalDate today) {
        long shift = ChronoUnit.DAYS.between(anchor(), today);
        Properties props = properties();
        db.inTransaction(c -> {
            if (staffRepository.count() > 0) {
                throw new UserException(db.location() + " already holds a school; the demo needs an empty database");
            }
            long schoolId = settings.ensureSchool(props.getProperty("name"), props.getProperty("phase"));
            settings.set(SettingsRepository.GRACE_DAYS, props.getProperty("grace_days", "14"));
            Map<String, Policy> policies = loadPolicies(schoolId, shift);
            Map<String, PolicyVersion> versions = loadVersions(policies, shift);
            loadReviews(policies, versions, shift);
            Map<String, StaffMember> staff = loadStaff(schoolId, shift);
            loadTemplates(policies);
            for (StaffMember s : staff.values()) {
                if (InductionRules.needsPlan(s.startDate(), today) && !s.leftBy(today)) {
                    inductionRepository.createPlan(s, s.startDate().minusDays(7).isAfter(today) ? today : s.startDate().minusDays(7));
                }
            }
            loadTicks(staff, shift);
            loadAcknowledgements(staff, versions, shift);
            return null;
        });
    }

    private Map<String, Policy> loadPolicies(long schoolId, long shift) {
        Map<String, Policy> out = new LinkedHashMap<>();
        for (CsvTable.Row r : table("policies.csv").rows()) {
            String reack = r.get("Re-acknowledge (months)");
            Policy p = new Policy(0, schoolId, r.get("Policy"), r.get("Reference"), r.get("Area"),
                    r.get("Statutory").equalsIgnoreCase("yes"), r.get("Owner"), r.get("Approved by"),
                    intOrNull(r.get("Review frequency (months)")), intOrNull(reack), null,
                    date(r.get("Next review (set by hand)"), shift), PolicyStatus.fromCode(r.get("Status")),
                    StaffCategory.parseAudience(r.get("Applies to")));
            out.put(key(p.title()), policyRepository.insert(p));
        }
        return out;
    }

    private Map<String, PolicyVersion> loadVersions(Map<String, Policy> policies, long shift) {
        Map<String, PolicyVersion> out = new HashMap<>();
        for (CsvTable.Row r : table("versions.csv").rows()) {
            Policy p = policies.get(key(r.get("Policy")));
            String doc = r.get("Document");
            VersionRepository.Document document = doc.isEmpty() ? null
                    : new VersionRepository.Document(doc, DocumentTypes.mediaType(doc), bytes("documents/" + doc));
            PolicyVersion v = new PolicyVersion(0, p.id(), r.get("Version"), null, null, null, r.get("Approved by"),
                    date(r.get("Approved on"), shift), r.get("Minute reference"), date(r.get("Effective from"), shift),
                    r.get("Change summary"), r.get("Material change").equalsIgnoreCase("yes"));
            out.put(key(p.title()) + "|" + v.label(), versionRepository.insert(v, document));
        }
        return out;
    }

    private void loadReviews(Map<String, Policy> policies, Map<String, PolicyVersion> versions, long shift) {
        for (CsvTable.Row r : table("reviews.csv").rows()) {
            Policy p = policies.get(key(r.get("Policy")));
            String outcome = r.get("Outcome");
            PolicyVersion version = r.get("Version").isEmpty() ? null : versions.get(key(p.title()) + "|" + r.get("Version"));
            reviewRepository.insert(new Review(0, p.id(), date(r.get("Due"), shift), date(r.get("Planned meeting"), shift),
                    r.get("Reviewer"), date(r.get("Completed on"), shift),
                    outcome.isEmpty() ? null : ReviewOutcome.fromCode(outcome), r.get("Notes"), r.get("Approved by"),
                    date(r.get("Meeting date"), shift), r.get("Minute reference"), null,
                    version == null ? null : version.id()));
        }
    }

    private Map<String, StaffMember> loadStaff(long schoolId, long shift) {
        Map<String, StaffMember> out = new LinkedHashMap<>();
        for (CsvTable.Row r : table("staff.csv").rows()) {
            StaffMember s = new StaffMember(0, schoolId, r.get("First name"), r.get("Surname"), r.get("Staff ID"),
                    r.get("Work email"), StaffCategory.parseLenient(r.get("Staff type")).orElseThrow(), r.get("Job title"),
                    date(r.get("Start date"), shift), date(r.get("Leave date"), shift), date(r.get("Absence from"), shift),
                    date(r.get("Absence to"), shift));
            StaffMember saved = staffRepository.insert(s);
            out.put(s.staffRef().isEmpty() ? key(s.email()) : s.staffRef(), saved);
        }
        return out;
    }

    private void loadTemplates(Map<String, Policy> policies) {
        Map<StaffCategory, List<InductionTemplateItem>> byCategory = new LinkedHashMap<>();
        for (CsvTable.Row r : table("induction-templates.csv").rows()) {
            StaffCategory cat = StaffCategory.fromCode(r.get("Category"));
            InductionItemKind kind = InductionItemKind.fromCode(r.get("Kind"));
            Long policyId = kind == InductionItemKind.POLICY ? policies.get(key(r.get("Title"))).id() : null;
            String title = kind == InductionItemKind.POLICY ? "Read and acknowledge: " + r.get("Title") : r.get("Title");
            byCategory.computeIfAbsent(cat, k -> new ArrayList<>()).add(new InductionTemplateItem(0, cat,
                    Integer.parseInt(r.get("Position")), kind, policyId, title, Integer.parseInt(r.get("Due after (days)"))));
        }
        byCategory.forEach((cat, items) -> inductionRepository.replaceTemplate(cat, items));
    }

    private void loadTicks(Map<String, StaffMember> staff, long shift) {
        for (CsvTable.Row r : table("induction-ticks.csv").rows()) {
            StaffMember s = staff.get(r.get("Staff"));
            if (s == null) {
                continue;
            }
            for (InductionItem item : inductionRepository.items(s.id())) {
                if (item.title().equals(r.get("Item"))) {
                    inductionRepository.tick(item.id(), date(r.get("Done on"), shift), r.get("Done by"));
                }
            }
        }
    }

    private void loadAcknowledgements(Map<String, StaffMember> staff, Map<String, PolicyVersion> versions, long shift) {
        for (CsvTable.Row r : table("acknowledgements.csv").rows()) {
            StaffMember s = staff.get(r.get("Staff"));
            if (s == null) {
                s = staff.get(key(r.get("Staff")));
            }
            PolicyVersion v = versions.get(key(r.get("Policy")) + "|" + r.get("Version"));
            acknowledgementRepository.insert(new Acknowledgement(0, s.id(), v.id(), date(r.get("Date"), shift),
                    AckMethod.fromCode(r.get("Method")), r.get("Recorded by"), null, false, null));
        }
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    private static Integer intOrNull(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    private static LocalDate date(String s, long shift) {
        return s.isEmpty() ? null : LocalDate.parse(s, UK).plusDays(shift);
    }

    private static CsvTable table(String name) {
        try (InputStream in = open(name)) {
            return CsvTable.read(ROOT + name, new InputStreamReader(in, StandardCharsets.UTF_8), ',');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = DemoSchool.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IllegalStateException("The demo school's " + name + " is missing from the application");
        }
        return in;
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = open("school.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
