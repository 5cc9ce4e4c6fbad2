package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The sign-off session's rules on the demo school: Enter ticks only the one person the typed name
 * matches; otherwise it says why nothing was ticked (several matches, no one, already signed, not in
 * scope). The ticked list keeps the order of ticking, Undo unticks the latest, and the record button
 * says how many signatures it will record.
 */
class SignOffSessionViewModelTest {

    @TempDir
    Path dir;
    UiContext ctx;
    TrackerServices services;

    @BeforeEach
    void open() {
        services = TestDemo.open(dir);
        ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
    }

    /** A session on the policy's required version, dated the demo's "today". */
    private SignOffSessionViewModel session(String policyTitle) {
        SignOffSessionViewModel vm = new SignOffSessionViewModel(ctx);
        Long policyId = services.repositories().policies().findByTitle(policyTitle).orElseThrow().id();
        vm.load(policyId, () -> { });
        assertThat(vm.versionProperty().get()).isNotNull();
        return vm;
    }

    private static List<String> names(List<SignOffSessionViewModel.Item> items) {
        return items.stream().map(i -> i.candidate().staff().fullName()).toList();
    }

    private static SignOffSessionViewModel.Item item(SignOffSessionViewModel vm, String fullName) {
        return vm.items().stream().filter(i -> i.candidate().staff().fullName().equals(fullName)).findFirst()
                .orElseThrow(() -> new AssertionError(fullName + " is not on the list"));
    }

    @Test
    void enterWithSeveralMatchesTicksNobodyAndShowsThem() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        vm.filterProperty().set("karen");

        assertThat(vm.tickOnlyMatch()).isNull();

        assertThat(vm.tickedCountProperty().get()).isZero();
        assertThat(vm.items()).noneMatch(SignOffSessionViewModel.Item::ticked);
        assertThat(names(vm.visible())).containsExactly("Karen Davies", "Karen Kelly", "Karen Moore", "Karen Smith");
        assertThat(vm.filterProperty().get()).isEqualTo("karen"); // left for the user to pick from
        assertThat(vm.filterStatusProperty().get()).isEqualTo("4 people match 'karen': pick one (Down, then Space)");
    }

    @Test
    void enterWithExactlyOneMatchTicksItListsItAndClearsTheFilter() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        vm.filterProperty().set("karen smith");
        assertThat(vm.filterStatusProperty().get()).isEqualTo("Enter ticks Karen Smith");

        SignOffSessionViewModel.Item ticked = vm.tickOnlyMatch();

        assertThat(ticked.candidate().staff().fullName()).isEqualTo("Karen Smith");
        assertThat(ticked.ticked()).isTrue();
        assertThat(vm.tickedCountProperty().get()).isEqualTo(1);
        assertThat(names(vm.tickedInOrder())).containsExactly("Karen Smith");
        assertThat(vm.filterProperty().get()).isEmpty();
        assertThat(vm.filterStatusProperty().get()).isEqualTo("Ticked Karen Smith (1 ticked)");
    }

    @Test
    void namesMatchWordByWordInAnyOrderIgnoringCaseCommasAndApostrophes() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        vm.filterProperty().set("SMITH, Karen");
        assertThat(names(vm.visible())).containsExactly("Karen Smith");
        vm.filterProperty().set("  moore   karen ");
        assertThat(names(vm.visible())).containsExactly("Karen Moore");
        vm.filterProperty().set("kar mo");
        assertThat(names(vm.visible())).containsExactly("Karen Moore");

        SignOffSessionViewModel safeguarding = session("Child Protection and Safeguarding Policy");
        safeguarding.filterProperty().set("obrien");
        assertThat(names(safeguarding.visible())).containsExactly("Grace O'Brien");
        safeguarding.filterProperty().set("o\u2019brien"); // a typographic apostrophe, as phones and Word type it
        assertThat(names(safeguarding.visible())).containsExactly("Grace O'Brien");
        assertThat(safeguarding.tickOnlyMatch().candidate().staff().fullName()).isEqualTo("Grace O'Brien");
    }

    @Test
    void enterOnSomeoneAlreadyTickedKeepsTheTickAndSaysSo() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        vm.filterProperty().set("karen smith");
        vm.tickOnlyMatch();
        vm.filterProperty().set("smith");

        assertThat(vm.tickOnlyMatch()).isNull();

        assertThat(item(vm, "Karen Smith").ticked()).isTrue(); // never unticked by Enter
        assertThat(vm.tickedCountProperty().get()).isEqualTo(1);
        assertThat(vm.filterProperty().get()).isEmpty();
        assertThat(vm.filterStatusProperty().get()).isEqualTo("Karen Smith is already ticked (1 ticked)");
    }

    @Test
    void aTypoMatchesNoOneAndNeverClaimsEveryoneHasSigned() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        assertThat(vm.items()).hasSizeGreaterThan(5);
        vm.filterProperty().set("okafro");

        assertThat(vm.tickOnlyMatch()).isNull();

        assertThat(vm.visible()).isEmpty();
        assertThat(vm.tickedCountProperty().get()).isZero();
        assertThat(vm.filterStatusProperty().get()).isEqualTo("No one outstanding matches 'okafro'.");
        assertThat(vm.placeholderProperty().get()).isEqualTo("No one outstanding matches 'okafro'.")
                .doesNotContain("Everyone");
    }

    @Test
    void aNameOfSomeoneWhoHasAlreadySignedSaysWhenAndWhichVersion() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        assertThat(vm.versionProperty().get().label()).isEqualTo("5.0");
        vm.filterProperty().set("okafor");

        assertThat(vm.tickOnlyMatch()).isNull();

        assertThat(vm.filterStatusProperty().get())
                .isEqualTo("No one outstanding matches 'okafor': Tom Okafor has already signed v5.0 on 06/09/2026.");
        assertThat(vm.placeholderProperty().get()).isEqualTo(vm.filterStatusProperty().get());
    }

    @Test
    void aNameOfSomeoneOutOfScopeSaysWhy() {
        SignOffSessionViewModel vm = session("Capability Policy"); // "All staff": not volunteers, governors, contractors
        vm.filterProperty().set("fatima");
        assertThat(vm.tickOnlyMatch()).isNull();
        assertThat(vm.filterStatusProperty().get())
                .isEqualTo("No one outstanding matches 'fatima': Fatima Johnson is not in scope of this policy (volunteer).");

        vm.filterProperty().set("grace baker"); // a teacher who left in the summer
        assertThat(vm.filterStatusProperty().get())
                .isEqualTo("No one outstanding matches 'grace baker': Grace Baker is not in scope of this policy "
                        + "(left on 31/08/2026).");
    }

    @Test
    void severalPeopleNotOutstandingAreEachExplained() {
        SignOffSessionViewModel vm = session("Capability Policy");
        vm.filterProperty().set("karen");
        String status = vm.filterStatusProperty().get();
        assertThat(status).startsWith("No one outstanding matches 'karen': ")
                .contains("Karen Davies is not in scope of this policy (contractor)")
                .contains("Karen Kelly has already signed v1.0 on ")
                .contains("Karen Moore has already signed v1.0 on ")
                .contains("Karen Smith has already signed v1.0 on ")
                .endsWith(".");
    }

    @Test
    void undoUnticksTheMostRecentTickFirst() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        vm.filterProperty().set("karen smith");
        vm.tickOnlyMatch();
        vm.filterProperty().set("moore");
        vm.tickOnlyMatch();
        item(vm, "Chloe Allen").tickedProperty().set(true); // Down, then Space in the list
        assertThat(names(vm.tickedInOrder())).containsExactly("Karen Smith", "Karen Moore", "Chloe Allen");

        assertThat(vm.undoLastTick().candidate().staff().fullName()).isEqualTo("Chloe Allen");
        assertThat(item(vm, "Chloe Allen").ticked()).isFalse();
        assertThat(names(vm.tickedInOrder())).containsExactly("Karen Smith", "Karen Moore");
        assertThat(vm.filterStatusProperty().get()).isEqualTo("Unticked Chloe Allen (2 ticked)");

        assertThat(vm.undoLastTick().candidate().staff().fullName()).isEqualTo("Karen Moore");
        assertThat(vm.undoLastTick().candidate().staff().fullName()).isEqualTo("Karen Smith");
        assertThat(vm.tickedCountProperty().get()).isZero();
        assertThat(vm.undoLastTick()).isNull();
        assertThat(vm.filterStatusProperty().get()).isEqualTo("Nothing to undo.");
    }

    @Test
    void theTickedListKeepsTheOrderOfTicking() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        item(vm, "Sarah Whitfield").tickedProperty().set(true);
        item(vm, "Chloe Allen").tickedProperty().set(true);
        item(vm, "Karen Kelly").tickedProperty().set(true);
        assertThat(names(vm.tickedInOrder())).containsExactly("Sarah Whitfield", "Chloe Allen", "Karen Kelly");

        item(vm, "Chloe Allen").tickedProperty().set(false); // unticked in the list: leaves the running list
        assertThat(names(vm.tickedInOrder())).containsExactly("Sarah Whitfield", "Karen Kelly");
        item(vm, "Chloe Allen").tickedProperty().set(true); // ticked again: now the latest
        assertThat(names(vm.tickedInOrder())).containsExactly("Sarah Whitfield", "Karen Kelly", "Chloe Allen");
        assertThat(vm.tickedCountProperty().get()).isEqualTo(3);

        vm.filterProperty().set("karen");
        vm.tickAllVisible(true); // the shown names join in list order
        assertThat(names(vm.tickedInOrder())).containsExactly("Sarah Whitfield", "Karen Kelly", "Chloe Allen",
                "Karen Davies", "Karen Moore", "Karen Smith");
        assertThat(vm.undoLastTick().candidate().staff().fullName()).isEqualTo("Karen Smith");
    }

    @Test
    void ticksSurviveAChangeOfDateForPeopleStillListed() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        item(vm, "Karen Moore").tickedProperty().set(true);
        item(vm, "Sarah Whitfield").tickedProperty().set(true);

        vm.dateProperty().set(TestDemo.AS_OF.minusDays(1));

        assertThat(names(vm.tickedInOrder())).containsExactly("Karen Moore", "Sarah Whitfield");
        assertThat(vm.tickedCountProperty().get()).isEqualTo(2);
        assertThat(vm.items().stream().filter(SignOffSessionViewModel.Item::ticked)).hasSize(2);
    }

    @Test
    void theRecordButtonCountsSignaturesInTheSingularAndPlural() {
        assertThat(SignOffSessionViewModel.recordText(0)).isEqualTo("Record signatures");
        assertThat(SignOffSessionViewModel.recordText(1)).isEqualTo("Record 1 signature");
        assertThat(SignOffSessionViewModel.recordText(2)).isEqualTo("Record 2 signatures");
        assertThat(SignOffSessionViewModel.recordText(20)).isEqualTo("Record 20 signatures");
        assertThat(SignOffSessionViewModel.recordText(1234)).isEqualTo("Record 1,234 signatures");

        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        assertThat(vm.recordTextProperty().get()).isEqualTo("Record signatures");
        item(vm, "Karen Moore").tickedProperty().set(true);
        assertThat(vm.recordTextProperty().get()).isEqualTo("Record 1 signature");
        item(vm, "Karen Kelly").tickedProperty().set(true);
        assertThat(vm.recordTextProperty().get()).isEqualTo("Record 2 signatures");
    }

    @Test
    void theSessionStartsWithTheSameMethodAsRecordOne() {
        SignOffSessionViewModel session = new SignOffSessionViewModel(ctx);
        RecordAcknowledgementViewModel one = new RecordAcknowledgementViewModel(ctx);
        assertThat(session.methodProperty().get()).isEqualTo(one.methodProperty().get())
                .isEqualTo(AckMethod.DEFAULT).isEqualTo(AckMethod.PAPER);
    }

    @Test
    void thePlaceholderSaysEveryoneHasSignedOnlyWhenNobodyIsOutstanding() {
        SignOffSessionViewModel none = session("Accessibility Plan"); // everyone in scope has signed it
        assertThat(none.items()).isEmpty();
        assertThat(none.placeholderProperty().get()).isEqualTo("Everyone in scope has signed this version.");

        SignOffSessionViewModel some = session("Staff Code of Conduct");
        assertThat(some.placeholderProperty().get()).isNotEqualTo("Everyone in scope has signed this version.");
        some.filterProperty().set("zzz");
        assertThat(some.placeholderProperty().get()).isEqualTo("No one outstanding matches 'zzz'.");
        some.filterProperty().set("");
        assertThat(some.visible()).hasSameSizeAs(some.items());
        assertThat(some.filterStatusProperty().get()).isEmpty();

        SignOffSessionViewModel nothingChosen = new SignOffSessionViewModel(ctx);
        nothingChosen.load(null, () -> { });
        assertThat(nothingChosen.placeholderProperty().get()).isEqualTo("Choose the policy and its version.");
    }

    @Test
    void recordsExactlyTheTickedPeople() {
        SignOffSessionViewModel vm = session("Staff Code of Conduct");
        int before = vm.items().size();
        vm.filterProperty().set("karen");
        vm.tickOnlyMatch(); // several: nobody
        vm.filterProperty().set("karen kelly");
        vm.tickOnlyMatch();
        List<Acknowledgement>[] written = new List[1];
        vm.save(w -> written[0] = w);
        assertThat(written[0]).hasSize(1);
        assertThat(written[0].get(0).method()).isEqualTo(AckMethod.PAPER);
        assertThat(written[0].get(0).date()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(services.acknowledgementService().unsigned(vm.versionProperty().get().id(), TestDemo.AS_OF))
                .hasSize(before - 1).noneMatch(c -> c.staff().fullName().equals("Karen Kelly"));
    }
}
