package uk.schoolcompliance.tracker.app;

import uk.schoolcompliance.tracker.domain.SchoolPhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Actor;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewRules;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.store.VersionRepository;

@ParameterizedClass
@EnumSource(StoreKind.class)
class PolicyServiceTest {

    @Parameter
    StoreKind store;


    @TempDir
    Path dir;

    static Path exampleText() {
        Path shared = Path.of("/work/shared/examples/social-media-policy.txt");
        return Files.exists(shared) ? shared : Path.of("src/test/resources/social-media-policy.txt");
    }

    TrackerServices empty() {
        TrackerServices s = store.empty(dir);
        s.repositories().settings().ensureSchool("Test School", "primary");
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
        assertThat(s.repositories().versions().document(v.id()).orElseThrow().bytes()).isEqualTo(bytes);
        assertThat(r.review().completedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(r.review().outcome()).isEqualTo(ReviewOutcome.NO_CHANGE);
        var standing = s.policyService().detail(p.id(), TestDemo.AS_OF).standing();
        assertThat(standing.lastReviewed()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(standing.nextDue()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(s.repositories().audit().recent(10, "policy_version", v.id())).isNotEmpty();
    }

    @Test
    void importingIntoTheDemoAddsAVersionAndRefusesTheSameDocumentTwice() {
        TrackerServices s = store.demo(dir);
        Policy existing = s.policyService().policyByTitle("Social Media Policy");
        int before = s.repositories().versions().findByPolicy(existing.id()).size();
        var preview = s.policyService().preview(exampleText(), TestDemo.AS_OF);
        assertThat(preview.existing()).isEqualTo(existing);
        assertThat(preview.suggestedLabel()).isEqualTo("2.0");
        var result = s.policyService().importDocument(PolicyService.DocumentImport.asExtracted(preview));
        assertThat(result.createdPolicy()).isFalse();
        assertThat(s.repositories().versions().findByPolicy(existing.id())).hasSize(before + 1);
        assertThat(existing.nextReviewOverride()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(s.repositories().policies().findById(existing.id()).orElseThrow().nextReviewOverride())
                .as("the cover's next review date, the same as the one set by hand, is kept").isEqualTo(LocalDate.of(2026, 9, 30));
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

    // ------------------------------------------------------------------ versions awaiting approval

    private static PolicyService.NewVersion version(long policyId, String label, LocalDate effective, boolean material,
                                                    String by, LocalDate on, String minute) {
        return new PolicyService.NewVersion(policyId, label, effective, material, by, on, minute, "Corrections", null);
    }

    @Test
    void aVersionWithoutApprovalAwaitsApprovalAndMovesNothingUntilItIsApproved() {
        TrackerServices s = store.demo(dir);
        Policy code = s.policyService().policyByTitle("Staff Code of Conduct");
        var before = s.policyService().detail(code.id(), TestDemo.AS_OF).standing();
        assertThat(before.nextDue()).isEqualTo(LocalDate.of(2027, 7, 8));

        PolicyVersion minor = s.policyService().addVersion(version(code.id(), "5.1", LocalDate.of(2026, 11, 10), false,
                null, null, null));
        var awaiting = s.policyService().detail(code.id(), TestDemo.AS_OF);
        assertThat(awaiting.standing().lastReviewed()).as("a correction is not a review").isEqualTo(before.lastReviewed());
        assertThat(awaiting.standing().nextDue()).as("not moved to 10/11/2027").isEqualTo(LocalDate.of(2027, 7, 8));
        assertThat(awaiting.standing().awaitingApproval()).containsExactly(minor);
        assertThat(awaiting.history().get(0).kind()).isEqualTo(ReviewRules.HistoryEntry.Kind.AWAITING_APPROVAL);
        assertThat(s.reviewService().schedule(TestDemo.AS_OF)).filteredOn(x -> x.policy().id() == code.id()).singleElement()
                .satisfies(x -> assertThat(x.standing().describeAwaiting())
                        .isEqualTo("Version 5.1 (effective 10/11/2026) awaiting approval"));

        PolicyVersion approved = s.policyService().approveVersion(minor.id(), "", LocalDate.of(2026, 11, 20), "FGB 26/11 item 2");
        assertThat(approved.approvedBy()).as("the policy's approving body").isEqualTo("Full governing body");
        assertThat(approved.approvedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(approved.minuteRef()).isEqualTo("FGB 26/11 item 2");
        assertThat(s.repositories().versions().findById(minor.id()).orElseThrow()).isEqualTo(approved);
        var after = s.policyService().detail(code.id(), TestDemo.AS_OF);
        assertThat(after.standing().nextDue()).isEqualTo(LocalDate.of(2027, 11, 20));
        assertThat(after.standing().awaitingApproval()).isEmpty();
        assertThat(after.standing().describeLast())
                .isEqualTo("Last approved 20/11/2026 (version 5.1, approved by Full governing body, minute FGB 26/11 item 2)");
        assertThat(after.history().get(0)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ReviewRules.HistoryEntry.Kind.APPROVED);
            assertThat(e.version()).isEqualTo(approved);
        });
        assertThat(s.repositories().audit().recent(5, "policy_version", minor.id())).extracting(e -> e.action()).contains("approve");

        assertThatThrownBy(() -> s.policyService().approveVersion(minor.id(), null, LocalDate.of(2026, 11, 21), null))
                .hasMessage("Version 5.1 of 'Staff Code of Conduct' was already approved on 20/11/2026");
    }

    @Test
    void anApprovalNeedsADateThatIsNotInTheFuture() {
        TrackerServices s = store.demo(dir);
        Policy code = s.policyService().policyByTitle("Staff Code of Conduct");
        PolicyVersion minor = s.policyService().addVersion(version(code.id(), "5.1", LocalDate.of(2026, 11, 10), false,
                null, null, null));
        assertThatThrownBy(() -> s.policyService().approveVersion(minor.id(), "Headteacher", null, null))
                .hasMessage("Approved on: give the date the version was approved");
        assertThatThrownBy(() -> s.policyService().approveVersion(minor.id(), "Headteacher", TestDemo.AS_OF.plusDays(1), null))
                .hasMessage("Approved on: 25/11/2026 is in the future");
        assertThatThrownBy(() -> s.policyService().addVersion(version(code.id(), "5.2", LocalDate.of(2026, 11, 10), false,
                "Headteacher", TestDemo.AS_OF.plusDays(1), null))).hasMessageStartingWith("Approved on: 25/11/2026 is in the future");
        assertThat(s.repositories().versions().findById(minor.id()).orElseThrow().approvedOn()).isNull();
        assertThat(s.repositories().versions().findByPolicy(code.id())).extracting(PolicyVersion::label).doesNotContain("5.2");
    }

    @Test
    void anApprovedVersionCompletesThePlannedReviewAndShowsInTheHistory() {
        TrackerServices s = store.demo(dir);
        Policy hs = s.policyService().policyByTitle("Health and Safety Policy");
        var planned = s.repositories().reviews().findOpen(hs.id()).orElseThrow();
        s.reviewService().setNextReview(hs.id(), LocalDate.of(2027, 3, 31));

        PolicyVersion v2 = s.policyService().addVersion(version(hs.id(), "2.0", LocalDate.of(2027, 1, 4), true,
                "Full governing body", LocalDate.of(2026, 11, 18), "FGB 26/11 item 5"));

        assertThat(s.repositories().reviews().findOpen(hs.id())).as("the planned review is done").isEmpty();
        var done = s.repositories().reviews().findById(planned.id()).orElseThrow();
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(done.outcome()).isEqualTo(ReviewOutcome.NEW_VERSION);
        assertThat(done.approvedBy()).isEqualTo("Full governing body");
        assertThat(done.meetingDate()).isEqualTo(LocalDate.of(2026, 11, 18));
        assertThat(done.minuteRef()).isEqualTo("FGB 26/11 item 5");
        assertThat(done.versionId()).isEqualTo(v2.id());
        assertThat(done.reviewer()).isEqualTo(planned.reviewer());
        assertThat(s.repositories().policies().findById(hs.id()).orElseThrow().nextReviewOverride()).as("the date by hand gave way").isNull();
        var d = s.policyService().detail(hs.id(), TestDemo.AS_OF);
        assertThat(d.standing().nextDue()).isEqualTo(LocalDate.of(2027, 11, 18));
        assertThat(d.history()).hasSize(2).first().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ReviewRules.HistoryEntry.Kind.REVIEWED);
            assertThat(e.review().id()).isEqualTo(planned.id());
            assertThat(e.versionLabel()).isEqualTo("2.0");
        });
        assertThat(d.history().get(1).kind()).as("version 1.0's approval").isEqualTo(ReviewRules.HistoryEntry.Kind.APPROVED);
    }

    @Test
    void aVersionAwaitingApprovalLeavesThePlannedReviewOpenUntilItIsApproved() {
        TrackerServices s = store.demo(dir);
        Policy hs = s.policyService().policyByTitle("Health and Safety Policy");
        PolicyVersion v11 = s.policyService().addVersion(version(hs.id(), "1.1", LocalDate.of(2026, 11, 2), false,
                "Full governing body", null, null));
        assertThat(s.repositories().reviews().findOpen(hs.id())).isPresent();
        s.policyService().approveVersion(v11.id(), null, LocalDate.of(2026, 11, 19), null);
        var done = s.repositories().reviews().findByPolicy(hs.id()).stream().filter(r -> v11.id() == (r.versionId() == null ? -1 : r.versionId()))
                .findFirst().orElseThrow();
        assertThat(done.outcome()).isEqualTo(ReviewOutcome.MINOR_AMENDMENTS);
        assertThat(done.completedOn()).isEqualTo(LocalDate.of(2026, 11, 19));
        assertThat(s.repositories().reviews().findOpen(hs.id())).isEmpty();
    }

    @Test
    void anOlderApprovalFilledInLaterLeavesThePlannedReviewAndTheDateByHandAlone() {
        TrackerServices s = store.demo(dir);
        Policy hs = s.policyService().policyByTitle("Health and Safety Policy");
        s.reviewService().setNextReview(hs.id(), LocalDate.of(2027, 3, 31));
        s.policyService().addVersion(version(hs.id(), "0.9", LocalDate.of(2024, 1, 8), true, "Full governing body",
                LocalDate.of(2024, 1, 3), "FGB 24/01"));
        s.policyService().addVersion(version(hs.id(), "1.0.1", LocalDate.of(2026, 1, 26), false, "Full governing body",
                LocalDate.of(2026, 1, 21), "FGB 26/01"));
        assertThat(s.repositories().reviews().findOpen(hs.id())).as("approved the same day as 1.0: no new review").isPresent();
        assertThat(s.repositories().policies().findById(hs.id()).orElseThrow().nextReviewOverride()).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void aTitleIsMatchedExactlyAndOtherwiseTheCandidatesAreListed() {
        TrackerServices s = store.demo(dir);
        assertThat(s.policyService().policyByExactTitle("  staff code of CONDUCT ", "--policy").title())
                .isEqualTo("Staff Code of Conduct");
        assertThatThrownBy(() -> s.policyService().policyByExactTitle("Code of Conduct", "--policy"))
                .isInstanceOf(UserException.class)
                .hasMessage("--policy: no policy called 'Code of Conduct'; did you mean 'Staff Code of Conduct'?");
        assertThatThrownBy(() -> s.policyService().policyByExactTitle("Safeguarding", "--policy"))
                .hasMessage("--policy: no policy called 'Safeguarding'; did you mean 'Child Protection and Safeguarding "
                        + "Policy'?");
        assertThatThrownBy(() -> s.policyService().policyByExactTitle("Zebra crossings", "--policy"))
                .hasMessage("--policy: no policy called 'Zebra crossings'; no policy has a title like it");
        assertThatThrownBy(() -> s.policyService().policyByExactTitle(" ", "--policy"))
                .hasMessage("--policy: give the policy's title");
        // titles the database keeps apart (it folds ASCII only) but that match ignoring case
        s.policyService().save(new Policy(0, null, "Café Policy", null, null, false, null, null, 12, null, null, null,
                PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        s.repositories().policies().insert(new Policy(0, null, "CAFÉ POLICY", null, null, false, null, null, 12, null, null, null,
                PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        assertThatThrownBy(() -> s.policyService().policyByExactTitle("café policy", "--policy"))
                .hasMessage("--policy: 'café policy' matches 2 policies: 'CAFÉ POLICY', 'Café Policy'");
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
        TrackerServices s = store.demo(dir);
        Policy p = s.policyService().policyByTitle("Social Media Policy");
        assertThatThrownBy(() -> s.policyService().save(new Policy(0, null, "social media policy", null, null, false, null,
                null, 12, null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF)))
                .hasMessageContaining("already a policy called 'Social Media Policy'");
        int active = s.compliance().summary(TestDemo.AS_OF).policiesActive();
        s.policyService().retire(p.id());
        assertThat(s.compliance().summary(TestDemo.AS_OF).policiesActive()).isEqualTo(active - 1);
        assertThat(s.repositories().policies().findById(p.id()).orElseThrow().status()).isEqualTo(PolicyStatus.RETIRED);
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

        TrackerServices s = store.demo(dir);
        int before = s.repositories().policies().findAll().size();
        List<Policy> added = s.policyService().addFromCatalogue(all);
        assertThat(added).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(s.repositories().policies().findAll()).hasSize(before + added.size());
        assertThat(s.policyService().addFromCatalogue(all)).isEmpty();
        // the demo is a primary school: statutory is for its phase, and its own reference codes are not reused
        assertThat(s.policyService().schoolPhase()).contains(SchoolPhase.PRIMARY);
        Policy careers = added.stream().filter(p -> p.title().equals("Careers Guidance Provider Access Policy Statement"))
                .findFirst().orElseThrow();
        assertThat(careers.statutory()).isFalse();
        assertThat(careers.referenceCode()).isEqualTo("CU-06");
        assertThat(added.stream().filter(p -> p.title().equals("Relationships Education Policy")).findFirst()
                .orElseThrow().statutory()).isTrue();
        List<String> refs = s.repositories().policies().findAll().stream().map(Policy::referenceCode)
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
