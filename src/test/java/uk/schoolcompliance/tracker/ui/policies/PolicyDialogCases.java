package uk.schoolcompliance.tracker.ui.policies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.ui.DialogCase;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The policies page's dialogs, for the fit checks, on the policy with the longest title. */
public final class PolicyDialogCases {

    static final String SCHEDULE = """
            Policy,Statutory,Lead,Committee,Date approved,Review cycle,Review due,Applies to,Re-acknowledge,Version
            Behaviour Policy,Yes,Mr J Carter,Full governing body,14/10/2026,Annually,,All staff,,
            Allergy Awareness Policy,No,School nurse,Headteacher,01/09/2025,Every 2 years,,Teachers; Teaching assistants,,1.2
            Lettings Policy,no,Business manager,Resources committee,March 2024,3 yearly,Spring 2027,Support staff,,
            Staff Handbook,No,Head,Headteacher,,Live document,,Everyone,Annually,
            Bad Row Policy,Maybe,Head,Headteacher,31/02/2026,Sometimes,,Nobody,,
            """;

    private PolicyDialogCases() {
    }

    public static List<DialogCase> all(UiContext ctx, Window owner, Path dir) {
        TrackerServices s = ctx.services();
        PoliciesViewModel vm = new PoliciesViewModel(ctx);
        Policy longest = s.allPolicies().stream().max(Comparator.comparingInt((Policy p) -> p.title().length())).orElseThrow();
        List<PolicyVersion> versions = s.versionsOf(longest.id());
        PolicyVersion newest = versions.get(versions.size() - 1);
        Path document = Files.exists(Path.of("/work/shared/examples/social-media-policy.txt"))
                ? Path.of("/work/shared/examples/social-media-policy.txt") : Path.of("src/test/resources/social-media-policy.txt");
        PolicyVersionsPreview preview = () -> s.policyService().preview(document, ctx.today());
        Path schedule = dir.resolve("schedule-fit.csv");
        try {
            Files.writeString(schedule, SCHEDULE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(
                new DialogCase("policy form (new)", () -> PolicyDialogs.policyDialog(owner, null, ctx::today,
                        PolicyDialogs.AppliesTo.NONE).show()),
                new DialogCase("policy form (edit)", () -> PolicyDialogs.policyDialog(owner, longest, ctx::today,
                        PolicyDialogs.AppliesTo.NONE).show()),
                new DialogCase("new version", () -> new VersionDialog(owner, longest, "9.0", versions, ctx.today(),
                        vm::addVersion).show()),
                new DialogCase("approve version", () -> new ApproveDialog(owner, longest, newest, ctx.today(),
                        (a, saved, refused) -> vm.approveVersion(newest.id(), a.approvedBy(), a.approvedOn(),
                                a.minuteRef(), newest.label(), saved, refused)).show()),
                new DialogCase("policy import (confirm)", () -> new ImportConfirmDialog(owner, preview.get(), ctx::today,
                        vm::importDocument).show()),
                new DialogCase("policy catalogue", () -> new CatalogueDialog(owner,
                        s.allPolicies().stream().map(Policy::title).collect(Collectors.toSet()), Optional.empty(),
                        vm::addFromCatalogue).show()),
                new DialogCase("policy schedule import", () -> new ScheduleDialog(owner, s.policySchedule().plan(schedule),
                        (yes, saved, refused) -> vm.applySchedule(s.policySchedule().plan(schedule), saved, refused)).show()));
    }

    private interface PolicyVersionsPreview {
        uk.schoolcompliance.tracker.app.PolicyService.DocumentPreview get();
    }
}
