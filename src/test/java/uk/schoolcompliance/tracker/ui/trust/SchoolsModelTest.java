package uk.schoolcompliance.tracker.ui.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.AuditFilter;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** Settings → Schools: adding and renaming schools, refusing a bad URN, moving a person (audited, figures follow). */
class SchoolsModelTest {

    @TempDir
    Path dir;

    @Test
    void schoolsAreAddedRenamedAndAPersonMovesWithTheFiguresFollowing() {
        TrackerServices services = TrackerServices.open(TrustWindowTest.trustFile(dir), TestDemo.ACTOR, TestDemo.CLOCK);
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(services);
        int revision = ctx.revisionProperty().get();
        SchoolsModel model = new SchoolsModel(ctx);
        model.load();
        assertThat(model.schools()).extracting(School::name).containsExactly("Vale Learning Trust",
                "Ashby Primary Academy", "Brook Academy", "Castle High School");

        model.save(0, "Dale Infant School", "100004", "primary");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.schools()).extracting(School::name).contains("Dale Infant School");
        assertThat(ctx.revisionProperty().get()).isGreaterThan(revision);

        School castle = model.schools().get(3);
        model.save(castle.id(), "Castle Academy", "12345", "secondary");
        assertThat(model.errorProperty().get()).isEqualTo("--urn: '12345' is not a URN (six digits)");
        model.save(castle.id(), "Brook Academy", null, "secondary");
        assertThat(model.errorProperty().get()).isEqualTo("--name: there is already a school called 'Brook Academy'");
        model.save(castle.id(), "Castle Academy", "100003", "secondary");
        assertThat(model.errorProperty().get()).isNull();
        assertThat(services.schoolService().resolve("100003").name()).isEqualTo("Castle Academy");

        // Family4 moves from Brook to Castle: Brook 2 in post, Castle 2; the move is in the audit log
        StaffMember mover = model.staff().stream().filter(s -> s.familyName().equals("Family4")).findFirst().orElseThrow();
        model.move(mover, services.schoolService().resolve("Castle Academy"));
        assertThat(model.errorProperty().get()).isNull();
        var figures = services.schoolService().figures(TestDemo.AS_OF);
        assertThat(figures.stream().filter(f -> f.name().equals("Brook Academy")).findFirst().orElseThrow()
                .summary().staffInPost()).isEqualTo(2);
        assertThat(figures.stream().filter(f -> f.name().equals("Castle Academy")).findFirst().orElseThrow()
                .summary().staffInPost()).isEqualTo(2);
        assertThat(services.auditLog().search(AuditFilter.all(1000))).anySatisfy(r -> {
            assertThat(r.entry().entity()).isEqualTo("staff");
            assertThat(r.entry().entityId()).isEqualTo(mover.id());
            assertThat(r.entry().action()).isEqualTo("update");
        });
        assertThat(services.auditLog().search(AuditFilter.all(1000))).anySatisfy(r -> {
            assertThat(r.entry().entity()).isEqualTo("school");
            assertThat(r.entry().action()).isEqualTo("update");
        });
    }

    /** Issue #19: a rename over someone else's since the list was loaded is refused with both values; nothing written. */
    @Test
    void aRenameOverSomeoneElsesChangeSinceTheListLoadedIsRefusedWithBothValues() {
        TrackerServices services = TrackerServices.open(TrustWindowTest.trustFile(dir), TestDemo.ACTOR, TestDemo.CLOCK);
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.servicesProperty().set(services);
        SchoolsModel model = new SchoolsModel(ctx);
        model.load();
        School brook = model.schools().stream().filter(x -> x.name().equals("Brook Academy")).findFirst().orElseThrow();

        // someone else renames Brook after the list was loaded
        services.schoolService().update(brook.id(), "Brook Community Academy", brook.urn(), brook.phase());

        model.save(brook.id(), "Brook Academy Trust School", brook.urn(), brook.phase());
        assertThat(model.errorProperty().get())
                .startsWith("School 'Brook Community Academy' was changed by Test Operator at ")
                .endsWith(" since you opened it; nothing was saved. Name: theirs 'Brook Community Academy', "
                        + "yours 'Brook Academy Trust School'");
        assertThat(services.schoolService().schools()).extracting(School::name).contains("Brook Community Academy")
                .doesNotContain("Brook Academy Trust School");

        // loaded again (as after any save), the rename goes through
        model.load();
        model.save(brook.id(), "Brook Academy Trust School", brook.urn(), brook.phase());
        assertThat(model.errorProperty().get()).isNull();
        assertThat(services.schoolService().schools()).extracting(School::name).contains("Brook Academy Trust School");
    }
}
