package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * What the Acknowledgements page says after a recording from the window: a plain confirmation when the
 * figures shown include it, and when it is dated after the page's as-of date, that the figures do not
 * include it, with an offer to show them as of today.
 */
class RecordedNoticeTest {

    static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    static final LocalDate NOV_24 = LocalDate.of(2026, 11, 24);

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

    private static List<Acknowledgement> acks(int n, LocalDate on) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new Acknowledgement(i + 1, i + 1, 1, on,
                AckMethod.PAPER, "Test Operator", null, false, null)).toList();
    }

    @Test
    void aSessionOnOrBeforeTheAsOfDateIsConfirmedPlainly() {
        AcknowledgementsViewModel.Notice n = AcknowledgementsViewModel.sessionNotice(acks(3, NOV_24), NOV_24);
        assertThat(n.text()).isEqualTo("Recorded 3 signatures.");
        assertThat(n.afterAsOf()).isFalse();
        assertThat(AcknowledgementsViewModel.sessionNotice(acks(1, NOV_1), NOV_24).text()).isEqualTo("Recorded 1 signature.");
        assertThat(AcknowledgementsViewModel.sessionNotice(acks(1, NOV_1), NOV_24).afterAsOf()).isFalse();
    }

    @Test
    void aSessionAfterTheAsOfDateSaysTheFiguresDoNotIncludeIt() {
        AcknowledgementsViewModel.Notice n = AcknowledgementsViewModel.sessionNotice(acks(3, NOV_24), NOV_1);
        assertThat(n.text()).isEqualTo("Recorded 3 signatures dated 24/11/2026: after the as-of date 01/11/2026, "
                + "so the figures shown as of 01/11/2026 do not include them.");
        assertThat(n.afterAsOf()).isTrue();
        assertThat(AcknowledgementsViewModel.sessionNotice(acks(1, NOV_24), NOV_24.minusDays(1)).text())
                .isEqualTo("Recorded 1 signature dated 24/11/2026: after the as-of date 23/11/2026, "
                        + "so the figures shown as of 23/11/2026 do not include it.");
    }

    @Test
    void aSessionThatWroteNothingSaysSo() {
        AcknowledgementsViewModel.Notice n = AcknowledgementsViewModel.sessionNotice(List.of(), NOV_1);
        assertThat(n.text()).isEqualTo("No signatures were recorded: everyone ticked had already signed.");
        assertThat(n.afterAsOf()).isFalse();
    }

    @Test
    void recordOneAfterTheAsOfDateSaysSo() {
        StaffMember lewis = services.repositories().staff().findAll().stream().filter(s -> s.fullName().equals("Claire Lewis"))
                .findFirst().orElseThrow();
        Policy capability = services.repositories().policies().findByTitle("Capability Policy").orElseThrow();
        long version = services.repositories().versions().findByPolicy(capability.id()).get(0).id();
        AcknowledgementService.Result r = services.acknowledgementService().record(new AcknowledgementService.Recording(
                lewis.id(), version, NOV_24, AckMethod.PAPER, null, null));

        AcknowledgementsViewModel.Notice after = AcknowledgementsViewModel.oneNotice(r, NOV_1);
        assertThat(after.text()).isEqualTo("Recorded: Claire Lewis acknowledged Capability Policy (version 1.0) on "
                + "24/11/2026: after the as-of date 01/11/2026, so the figures shown as of 01/11/2026 do not include it.");
        assertThat(after.afterAsOf()).isTrue();

        AcknowledgementsViewModel.Notice same = AcknowledgementsViewModel.oneNotice(r, NOV_24);
        assertThat(same.text()).isEqualTo("Recorded: Claire Lewis acknowledged Capability Policy (version 1.0).");
        assertThat(same.afterAsOf()).isFalse();

        // recording her again finds the one just made: nothing added, and it too is after the as-of date
        AcknowledgementService.Result again = services.acknowledgementService().record(
                new AcknowledgementService.Recording(lewis.id(), version, NOV_24, AckMethod.EMAIL, null, null));
        assertThat(again.recorded()).isFalse();
        AcknowledgementsViewModel.Notice already = AcknowledgementsViewModel.oneNotice(again, NOV_1);
        assertThat(already.text()).isEqualTo("Claire Lewis had already acknowledged Capability Policy (on 24/11/2026); "
                + "nothing was added. That acknowledgement is dated after the as-of date 01/11/2026, so the figures "
                + "shown as of 01/11/2026 do not include it.");
        assertThat(already.afterAsOf()).isTrue();
        assertThat(AcknowledgementsViewModel.oneNotice(again, NOV_24).text())
                .isEqualTo("Claire Lewis had already acknowledged Capability Policy (on 24/11/2026); nothing was added.");
    }

    @Test
    void anImportSaysHowManyAreAfterTheAsOfDate() {
        List<Acknowledgement> mixed = new java.util.ArrayList<>(acks(2, NOV_1));
        mixed.addAll(acks(3, NOV_24));
        AcknowledgementsViewModel.Notice n = AcknowledgementsViewModel.importNotice(mixed, LocalDate.of(2026, 11, 10));
        assertThat(n.text()).isEqualTo("Imported 5 acknowledgements. 3 of them are dated after the as-of date "
                + "10/11/2026, so the figures shown as of 10/11/2026 do not include them.");
        assertThat(n.afterAsOf()).isTrue();
        assertThat(AcknowledgementsViewModel.importNotice(acks(1, NOV_1), NOV_24).text()).isEqualTo("Imported 1 acknowledgement.");
        assertThat(AcknowledgementsViewModel.importNotice(acks(2, NOV_24), NOV_1).text()).isEqualTo("Imported 2 "
                + "acknowledgements. 2 of them are dated after the as-of date 01/11/2026, so the figures shown as of "
                + "01/11/2026 do not include them.");
        assertThat(AcknowledgementsViewModel.importNotice(acks(1, NOV_24), NOV_1).text()).isEqualTo("Imported 1 "
                + "acknowledgement, dated after the as-of date 01/11/2026, so the figures shown as of 01/11/2026 do not "
                + "include it.");
    }

    @Test
    void aSessionRecordedWithTheAsOfDateInThePastOffersToShowTodayAndThenTheFiguresIncludeIt() {
        ctx.asOfProperty().set(NOV_1);
        AcknowledgementsViewModel page = new AcknowledgementsViewModel(ctx);
        page.load();
        assertThat(page.outstanding()).anyMatch(o -> o.staff().fullName().equals("Claire Lewis")
                && o.policy().title().equals("Capability Policy"));

        SignOffSessionViewModel session = new SignOffSessionViewModel(ctx);
        session.load(services.repositories().policies().findByTitle("Capability Policy").orElseThrow().id(), () -> { });
        assertThat(session.dateProperty().get()).isEqualTo(NOV_24); // today, not the as-of date
        session.filterProperty().set("claire lewis");
        session.tickOnlyMatch();
        session.save(page::tellSession);
        page.load(); // what the window does after ctx.dataChanged()

        assertThat(page.messageProperty().get()).isEqualTo("Recorded 1 signature dated 24/11/2026: after the as-of "
                + "date 01/11/2026, so the figures shown as of 01/11/2026 do not include it.");
        assertThat(page.offerTodayProperty().get()).isTrue();
        assertThat(page.outstanding()).anyMatch(o -> o.staff().fullName().equals("Claire Lewis")
                && o.policy().title().equals("Capability Policy")); // still a gap as of 01/11: hence the message

        page.showAsOfToday();
        assertThat(ctx.asOf()).isEqualTo(NOV_24);
        assertThat(page.offerTodayProperty().get()).isFalse();
        page.load();
        assertThat(page.outstanding()).noneMatch(o -> o.staff().fullName().equals("Claire Lewis")
                && o.policy().title().equals("Capability Policy"));
    }

    @Test
    void aRecordingWithinTheAsOfDateConfirmsWithoutAnOffer() {
        AcknowledgementsViewModel page = new AcknowledgementsViewModel(ctx);
        page.load();
        page.tell(AcknowledgementsViewModel.sessionNotice(acks(2, NOV_24), ctx.asOf()));
        assertThat(page.messageProperty().get()).isEqualTo("Recorded 2 signatures.");
        assertThat(page.offerTodayProperty().get()).isFalse();
    }

    @Test
    void movingTheAsOfDateWithdrawsTheOffer() {
        ctx.asOfProperty().set(NOV_1);
        AcknowledgementsViewModel page = new AcknowledgementsViewModel(ctx);
        page.tell(AcknowledgementsViewModel.sessionNotice(acks(2, NOV_24), ctx.asOf()));
        assertThat(page.offerTodayProperty().get()).isTrue();
        ctx.asOfProperty().set(NOV_24); // moved by hand in the top bar
        assertThat(page.offerTodayProperty().get()).isFalse();
        assertThat(page.messageProperty().get()).isEmpty(); // the sentence about 01/11 no longer holds
        page.messageProperty().set("Exported 3 rows to x.csv");
        page.tell(AcknowledgementsViewModel.sessionNotice(acks(2, NOV_24), NOV_1));
        page.messageProperty().set("Exported 3 rows to x.csv"); // another message replaces the notice and its offer
        assertThat(page.offerTodayProperty().get()).isFalse();
    }
}
