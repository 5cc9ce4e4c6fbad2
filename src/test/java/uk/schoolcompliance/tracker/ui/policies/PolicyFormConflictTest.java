package uk.schoolcompliance.tracker.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.Editors;
import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.DialogHost;

/**
 * Issue #19 in the window: the policy form is opened, someone else changes the policy behind it, and Save is refused
 * in the form with "changed by LOGIN at HH:MM since you opened it" and both values; the form stays open with the
 * user's values and nothing is overwritten. Opened again it shows their change and saves, closing.
 */
@ExtendWith(ApplicationExtension.class)
class PolicyFormConflictTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DialogHost.mount(stage);
    }

    private PoliciesViewModel vm(TrackerServices s) {
        PoliciesViewModel vm = new PoliciesViewModel(DialogHost.context(s));
        vm.load();
        return vm;
    }

    private Dialog<Policy> showEditing(FxRobot robot, PoliciesViewModel vm, long policyId) {
        List<Editing<Policy>> opened = new ArrayList<>();
        vm.openForEdit(policyId, opened::add);
        List<Dialog<Policy>> shown = new ArrayList<>();
        robot.interact(() -> {
            PolicyFormDialog d = PolicyFormDialog.editing(stage, vm, opened.get(0), () -> TestDemo.AS_OF,
                    PolicyDialogs.AppliesTo.NONE);
            shown.add(d);
            d.show();
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#policy-owner").tryQuery().isPresent());
        return shown.get(0);
    }

    @Test
    void aSaveOverSomeoneElsesChangeIsRefusedInTheFormShowingBothValuesAndKeepsWhatWasTyped(FxRobot robot) {
        Editors editors = new Editors(StoreKind.SQLITE, Editors.BEN);
        TrackerServices s = editors.open(dir);
        PoliciesViewModel vm = vm(s);
        Policy policy = s.allPolicies().stream().filter(p -> p.isActive() && p.owner() != null).findFirst().orElseThrow();
        Dialog<Policy> form = showEditing(robot, vm, policy.id());
        robot.interact(() -> robot.lookup("#policy-owner").queryAs(TextField.class).setText("Mr B Deputy"));

        // meanwhile Anna changes the same policy's owner
        editors.meanwhile(Editors.ANNA, () -> {
            Editing<Policy> annas = s.policyService().openForEdit(policy.id());
            Policy r = annas.record();
            s.policyService().save(new Policy(r.id(), r.schoolId(), r.title(), r.referenceCode(), r.area(),
                    r.statutory(), "Mrs A Head", r.approvingBody(), r.reviewMonths(), r.reackMonths(), r.graceDays(),
                    r.nextReviewOverride(), r.status(), r.audience()), annas.version());
        });
        int auditLines = s.repositories().audit().recent(10_000, "policy", policy.id()).size();

        Button save = DialogHost.ok(form);
        robot.interact(save::fire);
        Label problem = robot.lookup("#policy-dialog-problem").queryAs(Label.class);
        assertThat(problem.getText())
                .startsWith("Policy '" + policy.title() + "' was changed by Office Anna at ")
                .contains(" since you opened it; nothing was saved.")
                .endsWith("Owner (SLT contact): theirs 'Mrs A Head', yours 'Mr B Deputy'");
        assertThat(form.isShowing()).as("the form stays open").isTrue();
        assertThat(robot.lookup("#policy-owner").queryAs(TextField.class).getText())
                .as("the user's value is kept").isEqualTo("Mr B Deputy");
        assertThat(save.isDisabled()).as("the user can save again after reopening").isFalse();
        assertThat(s.policyService().policy(policy.id()).owner()).as("nothing overwritten").isEqualTo("Mrs A Head");
        assertThat(s.repositories().audit().recent(10_000, "policy", policy.id())).hasSize(auditLines);
        robot.interact(form::close);
        assertThat(form.isShowing()).isFalse();

        // opened again, the form shows Anna's value and Ben's save goes through and closes the form
        Dialog<Policy> again = showEditing(robot, vm, policy.id());
        TextField owner = robot.lookup("#policy-owner").queryAs(TextField.class);
        assertThat(owner.getText()).isEqualTo("Mrs A Head");
        robot.interact(() -> owner.setText("Mr B Deputy"));
        robot.interact(() -> DialogHost.ok(again).fire());
        assertThat(again.isShowing()).as("closed on success").isFalse();
        assertThat(again.getResult().owner()).isEqualTo("Mr B Deputy");
        assertThat(s.policyService().policy(policy.id()).owner()).isEqualTo("Mr B Deputy");
        assertThat(vm.messageProperty().get()).contains(policy.title());
    }

    @Test
    void aNewPolicyTheServiceRefusesKeepsTheFormOpenWithTheReason(FxRobot robot) {
        TrackerServices s = TrackerServices.open(TestDemo.copy(dir), () -> TestDemo.ACTOR, TestDemo.CLOCK);
        PoliciesViewModel vm = vm(s);
        Policy existing = s.allPolicies().get(0);
        int before = s.allPolicies().size();
        List<Dialog<Policy>> shown = new ArrayList<>();
        robot.interact(() -> {
            PolicyFormDialog d = new PolicyFormDialog(stage, null, () -> TestDemo.AS_OF, PolicyDialogs.AppliesTo.NONE,
                    (entered, saved, refused) -> vm.save(entered, null, saved, refused));
            shown.add(d);
            d.show();
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#policy-title").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#policy-title").queryAs(TextField.class).setText(existing.title()));
        robot.interact(() -> DialogHost.ok(shown.get(0)).fire());
        assertThat(robot.lookup("#policy-dialog-problem").queryAs(Label.class).getText())
                .isEqualTo("Title: there is already a policy called '" + existing.title() + "'");
        assertThat(shown.get(0).isShowing()).isTrue();
        assertThat(s.allPolicies()).hasSize(before);

        robot.interact(() -> robot.lookup("#policy-title").queryAs(TextField.class).setText("Forest School Policy"));
        robot.interact(() -> DialogHost.ok(shown.get(0)).fire());
        assertThat(shown.get(0).isShowing()).isFalse();
        assertThat(s.policyService().policyByTitle("Forest School Policy").id()).isEqualTo(shown.get(0).getResult().id());
    }
}
