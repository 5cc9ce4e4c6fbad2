package uk.schoolcompliance.tracker.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.StaffFiles;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The staff import's preview lists who is not in the file and the import can mark them as left. */
class StaffImportViewModelTest {

    @TempDir
    Path dir;

    private UiContext ctx(TrackerServices services) {
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(services);
        return ctx;
    }

    @Test
    void thePreviewListsWhoIsNotInTheFileAndImportCanMarkThemLeft() {
        TrackerServices s = TestDemo.open(dir);
        UiContext ctx = ctx(s);
        StaffImportViewModel vm = new StaffImportViewModel(ctx);
        List<StaffMember> before = s.repositories().staff().findAll();
        vm.fileProperty().set(StaffFiles.write("staff.csv", StaffFiles.sampleStaffWithout("Adam Ward", "Mark Ahmed"), dir)
                .toString());
        vm.preview();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.missing()).extracting(StaffMember::fullName).containsExactly("Mark Ahmed", "Adam Ward");
        assertThat(vm.markMissingLeftProperty().get()).as("nobody is marked as left unless asked").isFalse();
        assertThat(vm.leftOnProperty().get()).as("today by the app's clock").isEqualTo(TestDemo.AS_OF);
        assertThat(vm.firstImportProperty().get()).isFalse();
        assertThat(s.repositories().staff().findAll()).as("the preview writes nothing").isEqualTo(before);

        // a leave date after today is refused and nothing is written
        vm.markMissingLeftProperty().set(true);
        vm.leftOnProperty().set(LocalDate.of(2026, 11, 25));
        vm.importNow();
        assertThat(vm.errorProperty().get()).isEqualTo("staff.csv: Leave date: 25/11/2026 is after today (24/11/2026); "
                + "nothing was imported");
        assertThat(vm.outcomeProperty().get()).isNull();
        assertThat(s.repositories().staff().findAll()).isEqualTo(before);

        int revision = ctx.revisionProperty().get();
        vm.leftOnProperty().set(LocalDate.of(2026, 11, 20));
        vm.importNow();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.outcomeProperty().get().markedLeft()).isEqualTo(2);
        assertThat(ctx.revisionProperty().get()).isGreaterThan(revision);
        assertThat(s.repositories().staff().findByRef("P10412").orElseThrow().leaveDate()).isEqualTo(LocalDate.of(2026, 11, 20));

        // a new file forgets the choice
        vm.fileProperty().set(StaffFiles.write("other.csv", StaffFiles.sampleStaff(), dir).toString());
        assertThat(vm.markMissingLeftProperty().get()).isFalse();
        assertThat(vm.missing()).isEmpty();
    }

    @Test
    void withoutTheTickTheImportLeavesThemInPost() {
        TrackerServices s = TestDemo.open(dir);
        StaffImportViewModel vm = new StaffImportViewModel(ctx(s));
        vm.fileProperty().set(StaffFiles.write("staff.csv", StaffFiles.sampleStaffWithout("Adam Ward"), dir).toString());
        vm.preview();
        vm.importNow();
        assertThat(vm.outcomeProperty().get().markedLeft()).isZero();
        assertThat(s.repositories().staff().findByRef("P10412").orElseThrow().leaveDate()).isNull();
    }

    @Test
    void aFirstImportOffersToTakeExistingStaffAsInducted() {
        TrackerServices s = TrackerServices.open(dir.resolve("new.db"), TestDemo.ACTOR, TestDemo.CLOCK);
        StaffImportViewModel vm = new StaffImportViewModel(ctx(s));
        vm.fileProperty().set(StaffFiles.write("staff.csv", StaffFiles.sampleStaff(), dir).toString());
        vm.preview();
        assertThat(vm.firstImportProperty().get()).isTrue();
        assertThat(vm.existingInductedProperty().get()).isTrue();
        assertThat(vm.inductedBeforeProperty().get()).isEqualTo(LocalDate.of(2026, 9, 25)); // today minus 60 days
        assertThat(vm.plansToMake()).as("the four who started in the last 60 days").isEqualTo(4);
        vm.inductedBeforeProperty().set(TestDemo.AS_OF);
        assertThat(vm.plansToMake()).isZero();
        vm.importNow();
        assertThat(vm.outcomeProperty().get().plansCreated()).isZero();
        assertThat(s.compliance().summary(TestDemo.AS_OF).inductionOverdueItems()).isZero();
    }
}
