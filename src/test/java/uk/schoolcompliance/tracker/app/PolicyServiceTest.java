package uk.schoolcompliance.tracker.app;

import uk.schoolcompliance.tracker.domain.SchoolPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewRules;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.store.VersionRepository;

class PolicyServiceTest {


    @TempDir
    Path dir;

    static Path exampleText() {
        Path shared = Path.of("/work/shared/examples/social-media-policy.txt");
        return Files.exists(shared) ? shared : Path.of("src/test/resources/social-media-policy.txt");
    }

    TrackerServices empty() {
        TrackerServices s = TrackerServices.open(dir.resolve("empty.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        s.settings().ensureSchool("Test School", "primary");
        return s;
    }

    @Test
    void importingTheExampleIntoAnEmptyLibraryCreatesThePolicyWithItsDocument() throws Exception {
        TrackerServices s = empty();
        PolicyService.DocumentPreview preview = s.policyService().preview(exampleText(), TestDemo.AS_OF);
        assertThat(preview.existing()).isNull();
        assertThat(preview.suggestedLabel()).isEqualTo("1.0");
        PolicyService.DocumentImportResult r = s.policyService()
                .importDocument(PolicyService.DocumentImport.asExtracted(preview));

        assertThat(r.createdPolicy()).isTrue();
        Policy p = r.policy();
        assertThat(p.title()).isEqualTo("Social Media Policy");
        assertThat(p.status()).isEqualTo(PolicyStatus.ACTIVE);
        assertThat(p.audience()).isEqualTo(StaffCategory.ALL_STAFF);
        assertThat(p.nextReviewOverride()).isEqualTo(LocalDate.of(2026, 9, 30));
        PolicyVersion v = r.version();
        assertThat(v.label()).isEqualTo("1.0");
        assertThat(v.approvedBy()).isEqualTo("Mark Phillips");
        assertThat(v.approvedOn()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(v.effectiveFrom()).isEqualTo(LocalDate.of(2023, 12, 1));
        byte[] bytes = Files.readAllBytes(exampleText());
        assertThat(v.documentSha256()).isEqualTo(VersionRepository.sha256(bytes));
        assertThat(s.versions().document(v.id()).orElseThrow().bytes()).isEqualTo(bytes);
        assertThat(r.review().completedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(r.review().outcome()).isEqualTo(ReviewOutcome.NO_CHANGE);
        var standing = s.policyService().detail(p.id(), TestDemo.AS_OF).standing();
        assertThat(standing.lastReviewed()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(standing.nextDue()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(s.audit().recent(10, "policy_version", v.id())).isNotEmpty();
    }

    @Test
    void importingIntoTheDemoAddsAVersionAndRefusesTheSameDocumentTwice() {
        TrackerServices s = TestDemo.open(dir);
        Policy existing = s.policyService().policyByTitle("Social Media Policy");
        int before = s.versions().findByPolicy(existing.id()).size();
        var preview = s.policyService().preview(exampleText(), TestDemo.AS_OF);
        assertThat(preview.existing()).isEqualTo(existing);
        assertThat(preview.suggestedLabel()).isEqualTo("2.0");
        var result = s.policyService().importDocument(PolicyService.DocumentImport.asExtracted(preview));
        assertThat(result.createdPolicy()).isFalse();
        assertThat(s.versions().findByPolicy(existing.id())).hasSize(before + 1);
        assertThatThrownBy(() -> s.policyService().importDocument(PolicyService.DocumentImport.asExtracted(
                s.policyService().preview(exampleText(), TestDemo.AS_OF))))
                .isInstanceOf(UserException.class).hasMessageContaining("already stored as version 2.0");
        // the demo's DOCX is version 1.0 already
        assertThatThrownBy(() -> s.policyService().importDocument(PolicyService.DocumentImport.asExtracted(
                s.policyService().preview(Path.of("sample-data/documents/social-media-policy.docx"), TestDemo.AS_OF))))
                .hasMessageContaining("social-media-policy.docx").hasMessageContaining("version 1.0");
    }

    @Test
    void correctionsMadeAtTheConfirmStepAreWhatIsStored() {
        TrackerServices s = empty();
        var preview = s.policyService().preview(exampleText(), TestDemo.AS_OF);
        var corrected = new PolicyService.DocumentImport(preview.document(), "Online Conduct Policy", "Full governing body",
                LocalDate.of(2023, 12, 6), null, LocalDate.of(2027, 9, 30), "3.0", LocalDate.of(2024, 1, 8), true);
        var r = s.policyService().importDocument(corrected);
        assertThat(r.policy().title()).isEqualTo("Online Conduct Policy");
        assertThat(r.version().label()).isEqualTo("3.0");
        assertThat(r.version().approvedBy()).isEqualTo("Full governing body");
        assertThat(r.version().effectiveFrom()).isEqualTo(LocalDate.of(2024, 1, 8));
        assertThat(r.review()).isNull();
        assertThat(r.policy().nextReviewOverride()).isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void addVersionValidatesAndStoresTheDocument() throws Exception {
        TrackerServices s = empty();
        Policy p = s.policyService().save(new Policy(0, null, "First Aid Policy", "HS-02", "Health and safety", false,
                "Office", "Headteacher", 24, null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        Path doc = dir.resolve("first-aid.md");
        Files.writeString(doc, "# First Aid Policy\n\nApproved by: Headteacher\n");
        PolicyVersion v1 = s.policyService().addVersion(new PolicyService.NewVersion(p.id(), "1.0", LocalDate.of(2025, 9, 1),
                false, "Headteacher", LocalDate.of(2025, 8, 28), "HT 25/08", "Adopted", doc));
        assertThat(v1.material()).as("the first version always counts as material").isTrue();
        assertThat(v1.mediaType()).isEqualTo("text/markdown");
        assertThat(PolicyService.nextLabel(List.of(v1), false)).isEqualTo("1.1");
        assertThat(PolicyService.nextLabel(List.of(v1), true)).isEqualTo("2.0");
        assertThatThrownBy(() -> s.policyService().addVersion(new PolicyService.NewVersion(p.id(), "1.0",
                LocalDate.of(2026, 1, 1), true, null, null, null, null, null))).hasMessageContaining("already has a version 1.0");
        Path bad = dir.resolve("policy.exe");
        Files.writeString(bad, "x");
        assertThatThrownBy(() -> s.policyService().addVersion(new PolicyService.NewVersion(p.id(), "2.0",
                LocalDate.of(2026, 1, 1), true, null, null, null, null, bad))).hasMessageContaining("policy.exe");
        Path copy = s.policyService().exportForViewing(v1.id());
        assertThat(copy.getFileName().toString()).isEqualTo("first-aid.md");
        assertThat(Files.readString(copy)).contains("First Aid Policy");
    }

    @Test
    void aStoredDocumentIsOpenedOnlyAsTheTypeItsContentIsNeverUnderAProgramsName() throws Exception {
        TrackerServices s = empty();
        Policy p = s.policyService().save(new Policy(0, null, "Safeguarding Policy", "SG-01", "Safeguarding", true,
                "DSL", "Full governing body", 12, null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        byte[] pdf = "%PDF-1.4\n%...\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        PolicyVersion v1 = s.policyService().addVersion(new PolicyService.NewVersion(p.id(), "1.0", LocalDate.of(2025, 9, 1),
                true, null, null, null, null, null),
                new uk.schoolcompliance.tracker.store.VersionRepository.Document("Safeguarding policy.pdf.bat", "application/pdf", pdf));
        Path opened = s.policyService().exportForViewing(v1.id());
        assertThat(opened.getFileName().toString()).isEqualTo("Safeguarding policy.pdf");
        assertThat(Files.readAllBytes(opened)).isEqualTo(pdf);
        // a text document stored under a program's name opens as text
        PolicyVersion v2 = s.policyService().addVersion(new PolicyService.NewVersion(p.id(), "2.0", LocalDate.of(2025, 10, 1),
                true, null, null, null, null, null),
                new uk.schoolcompliance.tracker.store.VersionRepository.Document("run me.exe", "text/plain",
                        "Safeguarding policy\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(s.policyService().exportForViewing(v2.id()).getFileName().toString()).isEqualTo("run me.txt");
        // a program stored under a document's name is not opened at all
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        PolicyVersion v3 = s.policyService().addVersion(new PolicyService.NewVersion(p.id(), "3.0", LocalDate.of(2025, 11, 1),
                true, null, null, null, null, null),
                new uk.schoolcompliance.tracker.store.VersionRepository.Document("policy.pdf", "application/pdf", program));
        assertThatThrownBy(() -> s.policyService().exportForViewing(v3.id())).isInstanceOf(UserException.class)
                .hasMessageContaining("is not a PDF, a Word document (.docx) or a text file");
    }

    @Test
    void saveRefusesADuplicateTitleAndRetireKeepsThePolicyOutOfTheFigures() {
        TrackerServices s = TestDemo.open(dir);
        Policy p = s.policyService().policyByTitle("Social Media Policy");
        assertThatThrownBy(() -> s.policyService().save(new Policy(0, null, "social media policy", null, null, false, null,
                null, 12, null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF)))
                .hasMessageContaining("already a policy called 'Social Media Policy'");
        int active = s.compliance().summary(TestDemo.AS_OF).policiesActive();
        s.policyService().retire(p.id());
        assertThat(s.compliance().summary(TestDemo.AS_OF).policiesActive()).isEqualTo(active - 1);
        assertThat(s.policies().findById(p.id()).orElseThrow().status()).isEqualTo(PolicyStatus.RETIRED);
        s.policyService().reinstate(p.id());
        assertThat(s.compliance().summary(TestDemo.AS_OF).policiesActive()).isEqualTo(active);
    }

    @Test
    void theCatalogueMarksStatutoryPoliciesAndAddsOnlyMissingOnes() {
        List<PolicyCatalogue.Entry> all = PolicyCatalogue.entries();
        assertThat(all).hasSizeGreaterThan(40);
        PolicyCatalogue.Entry cp = all.stream().filter(e -> e.title().equals("Child Protection and Safeguarding Policy"))
                .findFirst().orElseThrow();
        assertThat(cp.statutory()).isTrue();
        assertThat(cp.reviewMonths()).isEqualTo(12);
        assertThat(cp.audience()).isEqualTo(StaffCategory.EVERYONE);
        assertThat(PolicyCatalogue.statutory()).allMatch(PolicyCatalogue.Entry::statutory).hasSizeLessThan(all.size());
        assertThat(all).extracting(PolicyCatalogue.Entry::title).doesNotHaveDuplicates();

        TrackerServices s = TestDemo.open(dir);
        int before = s.policies().findAll().size();
        List<Policy> added = s.policyService().addFromCatalogue(all);
        assertThat(added).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(s.policies().findAll()).hasSize(before + added.size());
        assertThat(s.policyService().addFromCatalogue(all)).isEmpty();
        // the demo is a primary school: statutory is for its phase, and its own reference codes are not reused
        assertThat(s.policyService().schoolPhase()).contains(SchoolPhase.PRIMARY);
        Policy careers = added.stream().filter(p -> p.title().equals("Careers Guidance Provider Access Policy Statement"))
                .findFirst().orElseThrow();
        assertThat(careers.statutory()).isFalse();
        assertThat(careers.referenceCode()).isEqualTo("CU-06");
        assertThat(added.stream().filter(p -> p.title().equals("Relationships Education Policy")).findFirst()
                .orElseThrow().statutory()).isTrue();
        List<String> refs = s.policies().findAll().stream().map(Policy::referenceCode)
                .filter(r -> r != null && !r.isBlank()).map(r -> r.toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(refs).doesNotHaveDuplicates();
    }

    @Test
    void impliedFrequencyIsWholeYearsBetweenTheCoverDates() {
        var doc = new VersionRepository.Document("x.txt", "text/plain", new byte[] {1});
        assertThat(PolicyService.impliedFrequency(new PolicyService.DocumentImport(doc, "t", null, null,
                LocalDate.of(2025, 9, 1), LocalDate.of(2027, 8, 31), null, null, true))).isEqualTo(24);
        assertThat(PolicyService.impliedFrequency(new PolicyService.DocumentImport(doc, "t", null, null,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), null, null, true))).isEqualTo(12);
        assertThat(ReviewRules.DUE_SOON_DAYS).isEqualTo(60);
        assertThat(Actor.fromSystem(null).osUser()).isNotBlank();
    }
}
