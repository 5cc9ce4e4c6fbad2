package uk.schoolcompliance.tracker.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.PolicyCatalogue;
import uk.schoolcompliance.tracker.app.PolicyService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.ReviewOutcome;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.reviews.ReviewsViewModel;

/** The policy library's and review schedule's view models, on the same thread. */
class PoliciesViewModelTest {

    @TempDir
    Path dir;
    UiContext ctx;
    TrackerServices services;

    @BeforeEach
    void setUp() {
        services = TestDemo.open(dir);
        ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
    }

    @Test
    void badgesAgreeWithTheSummaryAndFiltersNarrowTheList() {
        PoliciesViewModel vm = new PoliciesViewModel(ctx);
        vm.load();
        var summary = services.compliance().summary(TestDemo.AS_OF);
        assertThat(vm.rows()).hasSize(32);
        assertThat(vm.rows().stream().filter(r -> r.badge() == PoliciesViewModel.Badge.OVERDUE).count())
                .isEqualTo(summary.reviewsOverdue());
        assertThat(vm.rows().stream().filter(r -> r.badge() == PoliciesViewModel.Badge.DUE_SOON).count())
                .isEqualTo(summary.reviewsDueSoon());
        assertThat(vm.rows()).filteredOn(r -> r.badge() == PoliciesViewModel.Badge.DRAFT).hasSize(1);
        assertThat(vm.rows()).filteredOn(r -> r.badge() == PoliciesViewModel.Badge.RETIRED).hasSize(1);
        vm.filterBadgeProperty().set(PoliciesViewModel.Badge.OVERDUE);
        assertThat(vm.filteredRows()).hasSize(summary.reviewsOverdue());
        vm.filterBadgeProperty().set(null);
        vm.filterTextProperty().set("SG-0");
        assertThat(vm.filteredRows()).isNotEmpty().allMatch(r -> r.policy().referenceCode().startsWith("SG-0"));
    }

    @Test
    void writesReportAndRefreshEveryPage() throws Exception {
        PoliciesViewModel vm = new PoliciesViewModel(ctx);
        int revision = ctx.revisionProperty().get();
        vm.addFromCatalogue(PolicyCatalogue.statutory());
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).endsWith("policies added from the catalogue.");
        assertThat(ctx.revisionProperty().get()).isGreaterThan(revision);

        Path doc = dir.resolve("behaviour-2027.md");
        Files.writeString(doc, "# Behaviour Policy\n\nApproved by: Full governing body\nDate approved: 1st September 2026\n"
                + "Next review: Summer 2027\n");
        List<PolicyService.DocumentPreview> previews = new ArrayList<>();
        vm.previewDocument(doc, previews::add);
        assertThat(previews).singleElement().satisfies(p -> {
            assertThat(p.existing().title()).isEqualTo("Behaviour Policy");
            assertThat(p.extracted().nextReviewDue()).isEqualTo(LocalDate.of(2027, 7, 31));
        });
        vm.importDocument(PolicyService.DocumentImport.asExtracted(previews.get(0)));
        String label = previews.get(0).suggestedLabel();
        assertThat(label).isEqualTo("4.0"); // the demo's behaviour policy is at 3.1
        assertThat(vm.messageProperty().get()).contains("Behaviour Policy").contains(label);
        vm.load();
        assertThat(vm.detailProperty().get().policy().title()).isEqualTo("Behaviour Policy");
        assertThat(vm.detailProperty().get().versions()).extracting(v -> v.label()).contains(label);

        vm.previewDocument(dir.resolve("missing.docx"), previews::add);
        assertThat(vm.errorProperty().get()).contains("missing.docx");
    }

    @Test
    void theReviewScheduleGroupsByTermAndCompletes() {
        ReviewsViewModel vm = new ReviewsViewModel(ctx);
        vm.load();
        assertThat(vm.rows()).hasSize(30);
        assertThat(vm.countsProperty().get()).matches("\\d+ overdue, \\d+ due soon, \\d+ later");
        var groups = vm.byTerm();
        assertThat(groups.keySet()).first().asString().startsWith("Overdue");
        assertThat(groups.values().stream().mapToInt(List::size).sum()).isEqualTo(30);
        long policyId = services.policyService().policyByTitle("Capability Policy").id();
        vm.complete(policyId, TestDemo.AS_OF, ReviewOutcome.NO_CHANGE, "Fine", "Sarah Whitfield", "Capability Policy");
        vm.load();
        assertThat(vm.rows()).filteredOn(s -> s.policy().id() == policyId).singleElement()
                .satisfies(s -> {
                    assertThat(s.standing().status()).isEqualTo(ReviewStatus.IN_DATE);
                    assertThat(s.standing().nextDue()).isEqualTo(TestDemo.AS_OF.plusMonths(36));
                });
        vm.filterStatusProperty().set(ReviewStatus.OVERDUE);
        assertThat(vm.filteredRows()).noneMatch(s -> s.policy().id() == policyId);
    }

    @Test
    void theScheduleCompletesAReviewWithItsApprovalAndReportsAWrongOne() {
        ReviewsViewModel vm = new ReviewsViewModel(ctx);
        vm.load();
        long policyId = services.policyService().policyByTitle("Capability Policy").id();
        int revision = ctx.revisionProperty().get();
        vm.complete(new uk.schoolcompliance.tracker.app.ReviewService.Completion(policyId, TestDemo.AS_OF,
                ReviewOutcome.NO_CHANGE, null, TestDemo.AS_OF, "FGB 26/11 item 6", null, null, null), "Capability Policy");
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Review of \u201cCapability Policy\u201d completed: No change.");
        assertThat(ctx.revisionProperty().get()).isGreaterThan(revision);
        vm.load();
        assertThat(vm.rows()).filteredOn(s -> s.policy().id() == policyId).singleElement()
                .satisfies(s -> assertThat(s.standing().describeLast()).isEqualTo("Last reviewed 24/11/2026 (no change, "
                        + "approved by Full governing body on 24/11/2026, minute FGB 26/11 item 6)"));

        int after = ctx.revisionProperty().get();
        vm.complete(new uk.schoolcompliance.tracker.app.ReviewService.Completion(policyId, TestDemo.AS_OF,
                ReviewOutcome.NO_CHANGE, null, null, null, TestDemo.AS_OF, null, null), "Capability Policy");
        assertThat(vm.errorProperty().get()).isEqualTo("Next due: 24/11/2026 is not after the completion date 24/11/2026");
        assertThat(ctx.revisionProperty().get()).as("nothing changed").isEqualTo(after);
    }

    @Test
    void approvingAVersionAwaitingApprovalMovesTheReviewDate() {
        PoliciesViewModel vm = new PoliciesViewModel(ctx);
        vm.load();
        var code = services.policyService().policyByTitle("Staff Code of Conduct");
        var v = services.policyService().addVersion(new PolicyService.NewVersion(code.id(), "5.1", LocalDate.of(2026, 11, 10),
                false, null, null, null, null, null));
        vm.select(code.id());
        assertThat(vm.detailProperty().get().standing().awaitingApproval()).extracting(x -> x.label()).containsExactly("5.1");
        int revision = ctx.revisionProperty().get();
        vm.approveVersion(v.id(), null, LocalDate.of(2026, 11, 20), "FGB 26/11 item 2", v.label());
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Version 5.1 approved.");
        assertThat(ctx.revisionProperty().get()).isGreaterThan(revision);
        vm.select(code.id());
        assertThat(vm.detailProperty().get().standing().awaitingApproval()).isEmpty();
        assertThat(vm.detailProperty().get().standing().nextDue()).isEqualTo(LocalDate.of(2027, 11, 20));

        vm.approveVersion(v.id(), null, LocalDate.of(2026, 11, 21), null, v.label());
        assertThat(vm.errorProperty().get()).isEqualTo("Version 5.1 of 'Staff Code of Conduct' was already approved on 20/11/2026");
    }
}
