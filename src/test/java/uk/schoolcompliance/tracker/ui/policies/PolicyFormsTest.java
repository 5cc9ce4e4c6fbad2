package uk.schoolcompliance.tracker.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.ui.I18n;

/** The policy library's dialog forms check what is typed without a screen: the same checks that disable OK. */
class PolicyFormsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void aPolicyNeedsATitleAndWholeDaysOfGrace() {
        PolicyFormDialog.Form form = new PolicyFormDialog.Form();
        assertThat(form.valid().get()).as("no title").isFalse();
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("policies.problem.title"));
        form.titleProperty().set("   ");
        assertThat(form.valid().get()).as("a blank title").isFalse();
        form.titleProperty().set("Safeguarding");
        assertThat(form.valid().get()).as("no grace: the school's default").isTrue();
        assertThat(form.problemProperty().get()).isEmpty();
        form.graceProperty().set("14 days");
        assertThat(form.valid().get()).isFalse();
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("policies.problem.grace"));
        form.graceProperty().set("-1");
        assertThat(form.valid().get()).as("a negative grace").isFalse();
        form.graceProperty().set("1000");
        assertThat(form.valid().get()).as("more than three digits").isFalse();
        form.graceProperty().set(" 30 ");
        assertThat(form.valid().get()).isTrue();
    }

    @Test
    void aVersionNeedsANewLabelAnEffectiveDateAndNoApprovalAfterToday() {
        PolicyVersion v1 = new PolicyVersion(1, 1, "v1", null, null, null, null, null, null,
                LocalDate.of(2025, 9, 1), null, true);
        VersionDialog.Form form = new VersionDialog.Form(List.of(v1), TODAY);
        assertThat(form.valid().get()).as("no label").isFalse();
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("policies.problem.label"));
        form.labelProperty().set(" V1 ");
        assertThat(form.problemProperty().get()).as("a label already used, in any case")
                .isEqualTo(I18n.t("policies.problem.labelTaken", "V1"));
        form.labelProperty().set("v2");
        assertThat(form.valid().get()).isTrue();
        form.effectiveBlankProperty().set(true);
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("policies.problem.effective"));
        form.effectiveBlankProperty().set(false);
        form.approvedOnProperty().set(TODAY.plusDays(1));
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("policies.problem.approvedOnFuture"));
        form.approvedOnProperty().set(TODAY);
        assertThat(form.valid().get()).as("approved today").isTrue();
    }

    @Test
    void anApprovalNeedsADateNotAfterToday() {
        ApproveDialog.Form form = new ApproveDialog.Form(TODAY);
        assertThat(form.valid().get()).isFalse();
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("policies.problem.approvedOn"));
        form.approvedOnProperty().set(TODAY.plusDays(1));
        assertThat(form.problemProperty().get()).isEqualTo(I18n.t("policies.problem.approvedOnFuture"));
        form.approvedOnProperty().set(TODAY);
        assertThat(form.valid().get()).isTrue();
        assertThat(form.problemProperty().get()).isEmpty();
    }
}
