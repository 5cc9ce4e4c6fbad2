package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.DialogCase;
import uk.schoolcompliance.tracker.ui.UiContext;

/**
 * The acknowledgements page's dialogs, for the fit checks: on the policy with the longest title, the person with the
 * longest name, and an acknowledgement as the details and void dialogs show it.
 */
public final class AckDialogCases {

    private AckDialogCases() {
    }

    public static List<DialogCase> all(UiContext ctx, Window owner) {
        TrackerServices s = ctx.services();
        Policy policy = s.allPolicies().stream().max(Comparator.comparingInt((Policy p) -> p.title().length())).orElseThrow();
        StaffMember person = s.allStaff().stream().filter(m -> m.leaveDate() == null)
                .max(Comparator.comparingInt((StaffMember m) -> m.fullName().length())).orElseThrow();
        List<Obligation> signed = new java.util.ArrayList<>();
        s.compliance().calculator(ctx.asOf()).forEachObligation(o -> {
            if (o.satisfiedBy() != null) {
                signed.add(o);
            }
        });
        Obligation acked = signed.stream().max(Comparator.comparingInt((Obligation o) -> o.staff().fullName().length()
                + o.policy().title().length())).orElseThrow();
        Path csv = Path.of("src/test/resources/forms/google-forms-attendance.csv").toAbsolutePath();
        UiContext now = new UiContext(uk.schoolcompliance.tracker.ui.TaskExecutor.sameThread(), ctx.clock());
        now.asOfProperty().set(ctx.asOf());
        now.servicesProperty().set(s);
        AcknowledgementsViewModel vm = new AcknowledgementsViewModel(now);
        String after = uk.schoolcompliance.tracker.ui.I18n.t("acks.session.done.after", 20, "30/11/2026", "24/11/2026");
        FormImportDialog[] forms = new FormImportDialog[1];
        return List.of(
                new DialogCase("record one acknowledgement", () -> new RecordAcknowledgementDialog(ctx, owner, person.id(), policy.id()).show()),
                new DialogCase("record one (nothing chosen)", () -> new RecordAcknowledgementDialog(ctx, owner, null, null).show()),
                new DialogCase("sign-off session", () -> new SignOffSessionDialog(ctx, owner, policy.id()).show()),
                new DialogCase("form import", () -> new FormImportDialog(ctx, owner).show()),
                new DialogCase("form import preview", () -> {
                    forms[0] = new FormImportDialog(ctx, owner);
                    forms[0].show();
                    forms[0].viewModel().fileProperty().set(csv);
                }, w -> {
                    FormImportViewModel f = forms[0].viewModel();
                    f.policyProperty().set(f.policies().stream().filter(p -> p.title().startsWith("Staff Code"))
                            .findFirst().orElse(f.policies().get(0)));
                    f.preview();
                }),
                new DialogCase("void acknowledgement", () -> new VoidAcknowledgementDialog(owner, vm, acked).show()),
                new DialogCase("acknowledgement details", () -> {
                    vm.load(); // at once: the details read the loaded matrix
                    AcknowledgementDetails.show(owner, vm, acked);
                }),
                new DialogCase("after the as-of date", () -> AfterAsOfAlert.offer(ctx, owner,
                        new AcknowledgementsViewModel.Notice(after, true))));
    }
}
