package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.store.Database;
import uk.schoolcompliance.tracker.store.ServerAddress;

/**
 * The governors' pack for a governor's login on a trust's server (#19): the same figures as the trust admin's pack
 * of that school without names, from the governors' counting functions and views, and no person anywhere in it.
 */
class GovernorPackOnServerTest {

    @TempDir
    Path dir;

    private ServerAddress trust;

    @BeforeEach
    void trust() {
        trust = TestServer.withTrust();
    }

    private Database as(String login) {
        return Database.connect(TestServer.as(trust, login), TestServer.passwordOf(login), TestDemo.CLOCK, Map.of(),
                dir.toString());
    }

    @Test
    void aGovernorsPackHasTheAdminsFiguresForItsSchoolAndNamesNobody() throws Exception {
        String governor = TestServer.login("governor");
        Term term = Term.containing(TestDemo.AS_OF);
        try (TrackerServices admin = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            School b = admin.schoolService().resolve("Brook Academy");
            admin.serverAccess().grant(governor, "governor", "Brook Academy");
            GovernorsPack expected = admin.governorsPack().build(TestDemo.AS_OF, term, false, Optional.of(b));
            List<StaffMember> brookStaff = admin.allStaff().stream().filter(s -> s.schoolId() == b.id()).toList();
            assertThat(brookStaff).isNotEmpty();
            assertThat(expected.summary().ackOutstanding()).isPositive();

            try (TrackerServices gov = new TrackerServices(as(governor), () -> TestDemo.ACTOR)) {
                for (GovernorsPack seen : List.of(gov.governorsPack().build(TestDemo.AS_OF, term, false),
                        gov.governorsPack().build(TestDemo.AS_OF, term, true, Optional.of(
                                gov.schoolService().resolve("Brook Academy"))))) {
                    assertThat(seen.schoolName()).isEqualTo("Brook Academy");
                    assertThat(seen.names()).isFalse();
                    assertThat(seen.peopleWithheld()).isTrue();
                    assertThat(seen.warnings()).isEqualTo(expected.warnings());
                    assertThat(seen.summary()).isEqualTo(expected.summary());
                    assertThat(seen.headlines()).isEqualTo(expected.headlines());
                    assertThat(seen.byPolicy()).isEqualTo(expected.byPolicy());
                    assertThat(seen.byCategory()).isEqualTo(expected.byCategory());
                    assertThat(seen.thisTerm()).isEqualTo(expected.thisTerm());
                    assertThat(seen.reviewSchedule()).extracting(r -> r.policy() + " " + r.lastReviewed() + " "
                            + r.nextDue() + " " + r.status() + " " + r.frequencyMonths() + " " + r.lastReview())
                            .isEqualTo(expected.reviewSchedule().stream().map(r -> r.policy() + " " + r.lastReviewed()
                                    + " " + r.nextDue() + " " + r.status() + " " + r.frequencyMonths() + " "
                                    + r.lastReview()).toList());
                    // nobody listed, not even numbered
                    assertThat(seen.outstanding()).isEmpty();
                    assertThat(seen.inductions()).isEmpty();
                    assertThat(seen.acknowledgements().rows()).isEmpty();
                }

                GovernorsPack pack = gov.governorsPack().build(TestDemo.AS_OF, term, false);
                Path pdf = dir.resolve("pack.pdf");
                assertThat(gov.governorsPack().writePdf(pack, pdf)).isPositive();
                String text;
                try (var doc = Loader.loadPDF(pdf.toFile())) {
                    text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                }
                assertThat(text).contains("Brook Academy").contains("Acknowledgements by policy")
                        .contains(expected.byPolicy().get(0).label())
                        .contains("not included for a governor's login");
                for (StaffMember s : brookStaff) {
                    assertThat(text).as(s.fullName()).doesNotContain(s.fullName()).doesNotContain(s.sortName())
                            .doesNotContain(s.familyName() + ",");
                }
                assertThat(text).doesNotContain("Every induction is complete");
                Path xlsx = dir.resolve("pack.xlsx");
                gov.governorsPack().writeXlsx(pack, xlsx);
                assertThat(xlsx).isNotEmptyFile();
            }
        }
    }

    @Test
    void approversReviewersAndOwnersWhoArePeopleAreInNeitherTheGovernorsPdfNorItsWorkbook() throws Exception {
        String governor = TestServer.login("governor");
        Term term = Term.containing(TestDemo.AS_OF);
        try (TrackerServices admin = new TrackerServices(Database.connect(trust, TestDemo.CLOCK), () -> TestDemo.ACTOR)) {
            School b = admin.schoolService().resolve("Brook Academy");
            admin.serverAccess().grant(governor, "governor", "Brook Academy");
            List<StaffMember> everyone = admin.allStaff();
            List<StaffMember> brookStaff = everyone.stream().filter(s -> s.schoolId() == b.id()).toList();
            String head = brookStaff.get(0).fullName();
            String deputy = brookStaff.get(1).sortName();
            // this term: a trust-wide policy's new version approved by a person, and Brook's own policy reviewed by a
            // person, approved by another, with notes naming someone, its owner a person
            long trustWide = admin.allPolicies().stream().filter(p -> p.schoolId() == null).findFirst().orElseThrow().id();
            Database.connect(trust, TestDemo.CLOCK).withConnection(c -> {
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO policy_version (policy_id, label, effective_from, approved_by, approved_on, "
                            + "material, created_at) VALUES (" + trustWide + ", '7.0', '2026-10-05', '" + head
                            + "', '2026-10-01', 0, 'x')");
                    st.execute("INSERT INTO policy (school_id, title, owner, approving_body, review_months, created_at, "
                            + "updated_at) VALUES (" + b.id() + ", 'Brook Uniform Policy', '" + head + " (Head)', "
                            + "'Local governing body', 12, 'x', 'x')");
                    st.execute("INSERT INTO policy_version (policy_id, label, effective_from, approved_by, approved_on, "
                            + "created_at) SELECT id, '1.0', '2026-09-10', 'Mark Phillips', '2026-09-08', 'x' FROM policy "
                            + "WHERE title = 'Brook Uniform Policy'");
                    st.execute("INSERT INTO review (policy_id, due_date, completed_on, outcome, reviewer, notes, "
                            + "approved_by, meeting_date, created_at) SELECT id, '2026-10-01', '2026-10-10', 'no-change', '"
                            + head + "', 'Agreed with " + deputy + "', '" + deputy + "', '2026-10-10', 'x' FROM policy "
                            + "WHERE title = 'Brook Uniform Policy'");
                }
                return null;
            });
            GovernorsPack expected = admin.governorsPack().build(TestDemo.AS_OF, term, false, Optional.of(b));
            assertThat(expected.thisTerm()).as("the term's events the pack reports").hasSizeGreaterThanOrEqualTo(2);

            try (TrackerServices gov = new TrackerServices(as(governor), () -> TestDemo.ACTOR)) {
                for (boolean names : List.of(false, true)) {
                    GovernorsPack pack = gov.governorsPack().build(TestDemo.AS_OF, term, names);
                    // the same figures and the same events, without the people
                    assertThat(pack.summary()).isEqualTo(expected.summary());
                    assertThat(pack.byPolicy()).isEqualTo(expected.byPolicy());
                    assertThat(pack.thisTerm()).extracting(e -> e.date() + " " + e.policy() + " " + e.what())
                            .isEqualTo(expected.thisTerm().stream().map(e -> e.date() + " " + e.policy() + " " + e.what())
                                    .toList());
                    Path pdf = dir.resolve("pack-" + names + ".pdf");
                    gov.governorsPack().writePdf(pack, pdf);
                    String text;
                    try (var doc = Loader.loadPDF(pdf.toFile())) {
                        text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                    }
                    Path xlsx = dir.resolve("pack-" + names + ".xlsx");
                    gov.governorsPack().writeXlsx(pack, xlsx);
                    String cells;
                    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
                        cells = GovernorsPackTest.allText(wb).replaceAll("\\s+", " ");
                    }
                    assertThat(text).contains("Brook Uniform Policy").contains("Version 7.0 approved")
                            .contains("Local governing body");
                    assertThat(cells).contains("Brook Uniform Policy");
                    for (String read : List.of(text, cells)) {
                        for (StaffMember s : everyone) {
                            assertThat(read).as(s.fullName()).doesNotContain(s.fullName()).doesNotContain(s.sortName());
                        }
                        assertThat(read).doesNotContain("Mark Phillips").doesNotContain(head).doesNotContain(deputy);
                    }
                }
            }
        }
    }
}
