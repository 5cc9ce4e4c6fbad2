package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;

/** The trust generator: deterministic for a seed, realistic in its proportions, fast enough for 50,000. */
class TrustGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final List<String> TABLES = List.of("school", "setting", "staff", "policy", "policy_audience",
            "policy_version", "review", "acknowledgement", "induction_template_item", "induction_plan", "induction_item");

    @TempDir
    static Path dir;
    static TrackerServices trust;
    static TrustGenerator.Result result;

    @BeforeAll
    static void generate() {
        trust = TrackerServices.open(dir.resolve("trust.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        long t = System.nanoTime();
        result = trust.generateTrust(900, 60, 42, TODAY);
        System.out.printf("generated 900 x 60 (%d acknowledgements) in %d ms%n", result.acknowledgements(),
                (System.nanoTime() - t) / 1_000_000);
    }

    @Test
    void theSameSeedGivesByteIdenticalDataAndAnotherSeedDoesNot() throws Exception {
        TrackerServices again = TrackerServices.open(dir.resolve("again.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        again.generateTrust(900, 60, 42, TODAY);
        TrackerServices other = TrackerServices.open(dir.resolve("other.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        other.generateTrust(900, 60, 43, TODAY);
        Map<String, String> first = checksums(trust);
        assertThat(checksums(again)).isEqualTo(first);
        assertThat(checksums(other).get("acknowledgement")).isNotEqualTo(first.get("acknowledgement"));
        assertThat(again.compliance().summary(TODAY)).isEqualTo(trust.compliance().summary(TODAY));
    }

    @Test
    void peopleComeInTheProportionsOfEnglishSchools() {
        List<StaffMember> staff = trust.repositories().staff().findAll();
        assertThat(staff).hasSize(900);
        Map<StaffCategory, Long> byCategory = new EnumMap<>(staff.stream()
                .collect(Collectors.groupingBy(StaffMember::category, Collectors.counting())));
        assertThat(byCategory.keySet()).containsExactlyInAnyOrder(StaffCategory.values());
        double teaching = (byCategory.get(StaffCategory.TEACHER) + byCategory.get(StaffCategory.SLT)) / 900.0;
        assertThat(teaching).as("teachers and leaders").isBetween(0.40, 0.56);
        long leavers = staff.stream().filter(s -> s.leftBy(TODAY)).count();
        assertThat(leavers).isBetween(40L, 200L);
        long future = staff.stream().filter(s -> s.startDate().isAfter(TODAY)).count();
        assertThat(future).isPositive();
        LocalDate earliest = staff.stream().map(StaffMember::startDate).min(LocalDate::compareTo).orElseThrow();
        assertThat(earliest).isBefore(TODAY.minusYears(15));
        assertThat(staff.stream().filter(s -> s.absentOn(TODAY))).isNotEmpty();
        assertThat(staff.stream().map(StaffMember::email).filter(e -> e != null).distinct().count())
                .isEqualTo(staff.stream().filter(s -> s.email() != null).count());
    }

    @Test
    void newStartersHaveInductionPlansAndLeaversDoNot() {
        SchoolData data = trust.compliance().load();
        for (StaffMember s : data.staff()) {
            boolean needs = uk.schoolcompliance.tracker.domain.InductionRules.needsPlan(s.startDate(), TODAY) && !s.leftBy(TODAY);
            assertThat(!data.induction(s.id()).isEmpty()).as(s.fullName() + " " + s.startDate()).isEqualTo(needs);
        }
        assertThat(result.inductionPlans()).isPositive();
        assertThat(new ComplianceCalculator(data, TODAY).inductions()).isNotEmpty();
    }

    @Test
    void policiesHaveOneToFiveVersionsReviewsInEveryStateAndYearlySafeguarding() {
        SchoolData data = trust.compliance().load();
        Set<Integer> versionCounts = data.policies().stream().map(p -> data.versions(p.id()).size()).collect(Collectors.toSet());
        assertThat(versionCounts).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(data.policies().stream().flatMap(p -> data.versions(p.id()).stream().skip(1))
                .map(PolicyVersion::material).distinct()).containsExactlyInAnyOrder(true, false);
        for (Policy p : data.policies()) {
            if ("Safeguarding".equals(p.area())) {
                assertThat(p.reackMonths()).isEqualTo(12);
            }
        }
        Set<ReviewStatus> states = new ComplianceCalculator(data, TODAY).reviewStandings().stream()
                .map(ReviewStanding::status).collect(Collectors.toSet());
        assertThat(states).containsExactlyInAnyOrder(ReviewStatus.values());
    }

    @Test
    void aboutNinetyPercentOfWhatIsDueIsAcknowledged() {
        Summary s = trust.compliance().summary(TODAY);
        System.out.println("generated trust: " + s);
        assertThat(s.ackPercent()).isBetween(80.0, 95.0);
        assertThat(s.ackOverdue()).isPositive();
        assertThat(s.ackOutstanding()).isGreaterThan(s.ackOverdue());
        assertThat(s.reviewsOverdue()).isPositive();
        assertThat(trust.repositories().audit().recent(5, "database", null)).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo("generate"));
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsData() {
        TrackerServices demo = TestDemo.open(dir);
        int before = demo.repositories().staff().count();
        assertThatThrownBy(() -> demo.generateTrust(10, 5, 1, TODAY))
                .isInstanceOf(UserException.class).hasMessageContaining("already holds data");
        assertThat(demo.repositories().staff().count()).isEqualTo(before);
    }

    /** SHA-256 of every row of every data table, in id order. */
    static Map<String, String> checksums(TrackerServices services) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = services.repositories().db().newConnection(); Statement st = c.createStatement()) {
            for (String table : TABLES) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            byte[] b = rs.getBytes(i);
                            md.update(b == null ? new byte[] {0} : b);
                            md.update((byte) 31);
                        }
                    }
                }
                out.put(table, HexFormat.of().formatHex(md.digest()));
            }
        }
        return out;
    }
}
