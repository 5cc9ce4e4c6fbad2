package uk.schoolcompliance.tracker.ui.staff;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.StaffFiles;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.DialogCase;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The staff page's dialogs, for the fit checks, on the person with the longest name. */
public final class StaffDialogCases {

    private StaffDialogCases() {
    }

    public static List<DialogCase> all(UiContext ctx, Window owner, Path dir) {
        StaffMember longest = ctx.services().allStaff().stream()
                .max(Comparator.comparingInt((StaffMember s) -> s.fullName().length())).orElseThrow();
        Path csv = StaffFiles.write("staff-fit.csv", StaffFiles.sampleStaffWithout("Adam Ward"), dir);
        return List.of(
                new DialogCase("staff form (new)", () -> new StaffFormDialog(owner, new StaffViewModel(ctx), null).show()),
                new DialogCase("staff form (edit)", () -> new StaffFormDialog(owner, new StaffViewModel(ctx), longest).show()),
                new DialogCase("leaver", () -> new LeaverDialog(owner, longest, ctx.asOf(), ctx::today,
                        (d, saved, refused) -> new StaffViewModel(ctx).markLeaver(longest.id(), d, saved, refused)).show()),
                new DialogCase("absence", () -> new AbsenceDialog(owner, longest, ctx.asOf(), ctx::today,
                        (v, saved, refused) -> new StaffViewModel(ctx).recordAbsence(longest.id(), v[0], v[1], saved, refused)).show()),
                new DialogCase("staff import", () -> new StaffImportDialog(owner, ctx).show()),
                new DialogCase("staff import preview", () -> new StaffImportDialog(owner, ctx).show(), w -> {
                    ((TextField) w.getScene().lookup("#staff-import-file")).setText(csv.toString());
                    ((Button) w.getScene().lookup("#staff-import-preview")).fire();
                }));
    }
}
