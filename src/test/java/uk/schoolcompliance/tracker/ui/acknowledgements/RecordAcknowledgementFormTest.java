package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.TaskExecutor;

/** The record-an-acknowledgement view model holds the dialog's checks: what is missing, and whether Record may be pressed. */
class RecordAcknowledgementFormTest {

    @TempDir
    Path dir;
    UiContext ctx;

    @BeforeEach
    void open() {
        TrackerServices services = TestDemo.open(dir);
        ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
    }

    @Test
    void needsAPersonAPolicyWithItsVersionAndADate() {
        RecordAcknowledgementViewModel vm = new RecordAcknowledgementViewModel(ctx);
        vm.load(null, null, () -> { });
        assertThat(vm.valid().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo(I18n.t("acks.record.need.staff"));
        vm.personProperty().set(vm.staff().get(0));
        assertThat(vm.problemProperty().get()).isEqualTo(I18n.t("acks.record.need.policy"));
        vm.policyProperty().set(vm.policies().get(0));
        assertThat(vm.versionProperty().get()).as("the version in effect is proposed").isNotNull();
        assertThat(vm.valid().get()).isTrue();
        assertThat(vm.problemProperty().get()).isEmpty();
        vm.dateProperty().set(null);
        assertThat(vm.valid().get()).as("no date").isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo(I18n.t("acks.record.need.date"));
    }

    @Test
    void aDateTypedWrongLeavesRecordEnabledSoItIsRefusedByNameAndASaveRefusedSaysWhyUntilTheFormChanges() {
        RecordAcknowledgementViewModel vm = new RecordAcknowledgementViewModel(ctx);
        vm.load(null, null, () -> { });
        vm.personProperty().set(vm.staff().get(0));
        vm.policyProperty().set(vm.policies().get(0));
        vm.dateProperty().set(null);
        vm.dateUnreadableProperty().set(true);
        assertThat(vm.valid().get()).isTrue();
        vm.save(r -> { throw new AssertionError("saved without a date"); });
        assertThat(vm.errorProperty().get()).isEqualTo(I18n.t("acks.record.need.date"));
        vm.dateProperty().set(TestDemo.AS_OF);
        assertThat(vm.errorProperty().get()).as("cleared when the form changes").isNull();
    }
}
