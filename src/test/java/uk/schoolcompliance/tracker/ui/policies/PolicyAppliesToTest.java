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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.ui.FxTestSupport;
import uk.schoolcompliance.tracker.ui.DialogHost;

/** Issue 16: the policy form's "Applies to" (the whole trust or one school) on a trust's file; hidden for one school. */
@ExtendWith(ApplicationExtension.class)
class PolicyAppliesToTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DialogHost.mount(stage);
    }

    private TrackerServices trust() {
        TrackerServices s = TestDemo.openTrust(dir);
        return s;
    }

    private static PoliciesViewModel vm(TrackerServices s, School chosen) {
        return new PoliciesViewModel(DialogHost.context(s, chosen));
    }

    private static PolicyDialogs.AppliesTo appliesTo(PoliciesViewModel vm, Policy existing) {
        List<PolicyDialogs.AppliesTo> got = new ArrayList<>();
        vm.appliesTo(existing, got::add);
        return got.get(0);
    }

    @Test
    void theChoiceStartsOnTheChosenSchoolElseTheWholeTrust() {
        TrackerServices s = trust();
        List<School> choices = s.schoolService().choices();
        School school = choices.get(1);
        School central = choices.get(choices.size() - 1);
        PolicyDialogs.AppliesTo a = appliesTo(vm(s, school), null);
        assertThat(a.choices().get(0).isTrust()).as("the whole trust first").isTrue();
        assertThat(a.choices()).hasSize(choices.size());
        assertThat(a.initial()).isEqualTo(school);
        assertThat(a.editable()).isTrue();
        assertThat(appliesTo(vm(s, null), null).initial().isTrust()).as("all schools").isTrue();
        assertThat(appliesTo(vm(s, central), null).initial().isTrust()).as("the central team").isTrue();

        Policy own = s.policyService().save(new Policy(0, school.id(), "Forest School Policy", null, null, false, null,
                null, 12, null, null, null, uk.schoolcompliance.tracker.domain.PolicyStatus.ACTIVE,
                uk.schoolcompliance.tracker.domain.StaffCategory.ALL_STAFF));
        PolicyDialogs.AppliesTo edit = appliesTo(vm(s, null), own);
        assertThat(edit.initial()).isEqualTo(school);
        assertThat(edit.editable()).as("an edit keeps the owner").isFalse();
        Policy wide = s.allPolicies().stream().filter(p -> p.schoolId() == null).findFirst().orElseThrow();
        assertThat(appliesTo(vm(s, school), wide).initial().isTrust()).isTrue();

        assertThat(appliesTo(vm(TestDemo.open(dir), null), null).choices()).as("one school: nothing to choose").isEmpty();
    }

    @Test
    void theFormGivesTheNewPolicyTheSchoolChosenAndTheServiceSavesItAsThatSchoolsOwn(FxRobot robot) {
        TrackerServices s = trust();
        School school = s.schoolService().choices().get(1);
        PoliciesViewModel vm = vm(s, school);
        PolicyDialogs.AppliesTo a = appliesTo(vm, null);
        List<Dialog<Policy>> shown = new ArrayList<>();
        robot.interact(() -> {
            Dialog<Policy> d = PolicyDialogs.policyDialog(stage, null, () -> TestDemo.AS_OF, a);
            shown.add(d);
            d.show();
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#policy-applies-to").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<School> box = robot.lookup("#policy-applies-to").queryAs(ComboBox.class);
        assertThat(box.isVisible()).isTrue();
        assertThat(box.getValue()).isEqualTo(school);
        assertThat(box.getConverter().toString(box.getItems().get(0))).isEqualTo("The whole trust");
        robot.interact(() -> robot.lookup("#policy-title").queryAs(TextField.class).setText("Forest School Policy"));
        robot.interact(() -> DialogHost.ok(shown.get(0)).fire());
        Policy result = shown.get(0).getResult();
        assertThat(result.schoolId()).isEqualTo(school.id());
        vm.save(result);
        assertThat(s.policyService().policyByTitle("Forest School Policy").schoolId()).isEqualTo(school.id());
    }

    @Test
    void choosingTheWholeTrustMakesItTrustWideAndNoChoiceIsRefused(FxRobot robot) {
        TrackerServices s = trust();
        PolicyDialogs.AppliesTo a = appliesTo(vm(s, null), null);
        PolicyDialogs.AppliesTo none = new PolicyDialogs.AppliesTo(a.choices(), null, true);
        List<Dialog<Policy>> shown = new ArrayList<>();
        robot.interact(() -> {
            Dialog<Policy> d = PolicyDialogs.policyDialog(stage, null, () -> TestDemo.AS_OF, none);
            shown.add(d);
            d.show();
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#policy-applies-to").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#policy-title").queryAs(TextField.class).setText("Trust Estates Policy"));
        Button ok = DialogHost.ok(shown.get(0));
        assertThat(ok.isDisabled()).as("nothing chosen").isTrue();
        assertThat(robot.lookup("#policy-dialog-problem").queryAs(Label.class).getText())
                .isEqualTo("Choose what the policy applies to: the whole trust or one school");
        @SuppressWarnings("unchecked")
        ComboBox<School> box = robot.lookup("#policy-applies-to").queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().get(0)));
        assertThat(ok.isDisabled()).isFalse();
        robot.interact(ok::fire);
        assertThat(shown.get(0).getResult().schoolId()).as("trust-wide").isNull();
    }

    @Test
    void aSingleSchoolsFormHasNoAppliesTo(FxRobot robot) {
        List<Dialog<Policy>> shown = new ArrayList<>();
        robot.interact(() -> {
            Dialog<Policy> d = PolicyDialogs.policyDialog(stage, null, () -> TestDemo.AS_OF, PolicyDialogs.AppliesTo.NONE);
            shown.add(d);
            d.show();
        });
        FxTestSupport.waitUntil(() -> robot.lookup("#policy-title").tryQuery().isPresent());
        assertThat(robot.lookup("#policy-applies-to").tryQuery()).isEmpty();
        robot.interact(() -> shown.get(0).close());
    }
}
