package uk.schoolcompliance.tracker.ui.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.SchoolChoice;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.School;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

/** The top bar's choice of school: offered only for a trust, remembered per file, and the overview's order. */
class SchoolPickerModelTest {

    @TempDir
    Path dir;

    private UiContext context(TrackerServices services, SchoolChoice choice) {
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.setSchoolChoice(choice);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
        return ctx;
    }

    @Test
    void aTrustsChoiceIsRememberedForItsFileAndChosenAgainWhenItOpens() {
        Path file = TrustWindowTest.trustFile(dir);
        SchoolChoice remembered = new SchoolChoice(dir.resolve("settings").resolve("schools.properties"));
        TrackerServices services = TrackerServices.open(file, TestDemo.ACTOR, TestDemo.CLOCK);
        UiContext ctx = context(services, remembered);
        SchoolPickerModel model = new SchoolPickerModel(ctx);
        model.load();
        assertThat(model.shownProperty().get()).isTrue();
        assertThat(model.selectedProperty().get().school()).isNull();
        model.choose(model.choices().get(3)); // Castle High School
        assertThat(ctx.school()).map(School::name).hasValue("Castle High School");
        assertThat(remembered.remembered(file)).isPresent();

        // a new run on the same file, with the same settings file on this computer
        SchoolChoice nextRun = new SchoolChoice(dir.resolve("settings").resolve("schools.properties"));
        UiContext later = context(services, nextRun);
        SchoolPickerModel again = new SchoolPickerModel(later);
        again.load();
        assertThat(later.school()).map(School::name).hasValue("Castle High School");
        assertThat(again.selectedProperty().get().label()).isEqualTo("Castle High School");
        // a school chosen from the overview is selected and remembered too
        later.schoolProperty().set(services.schoolService().choices().get(0));
        assertThat(again.selectedProperty().get().label()).isEqualTo("Ashby Primary Academy");
        assertThat(nextRun.remembered(file)).isEqualTo(OptionalLong.of(services.schoolService().choices().get(0).id()));
        // All schools is remembered as such
        again.choose(again.choices().get(0));
        assertThat(later.school()).isEmpty();
        assertThat(nextRun.remembered(file)).isEmpty();
    }

    @Test
    void aSingleSchoolHasNothingToChooseAndIgnoresAStaleChoice() {
        TrackerServices demo = TestDemo.open(dir);
        SchoolChoice choice = SchoolChoice.sessionOnly();
        choice.remember(demo.repositories().db().file(), OptionalLong.of(1));
        UiContext ctx = context(demo, choice);
        SchoolPickerModel model = new SchoolPickerModel(ctx);
        model.load();
        assertThat(model.shownProperty().get()).isFalse();
        assertThat(ctx.school()).isEmpty();
        assertThat(TrustOverviewModel.compute(demo, TestDemo.AS_OF)).isEmpty();
    }

    @Test
    void theOverviewListsEverySchoolWorstFirstWithTheFiguresOfSchools() {
        TrackerServices services = TrackerServices.open(TrustWindowTest.trustFile(dir), TestDemo.ACTOR, TestDemo.CLOCK);
        var rows = TrustOverviewModel.compute(services, TestDemo.AS_OF);
        assertThat(rows).extracting(TrustOverviewModel.Row::name).containsExactly("Brook Academy", "Castle High School",
                "Central team", "Ashby Primary Academy");
        var figures = services.schoolService().figures(TestDemo.AS_OF);
        for (var r : rows) {
            var f = figures.stream().filter(x -> x.name().equals(r.name())).findFirst().orElseThrow();
            assertThat(r.figures().summary()).isEqualTo(f.summary());
        }
        assertThat(rows.get(3).figures().summary().ackPercent()).isEqualTo(25.0);
        assertThat(rows.get(0).figures().statusWord()).isEqualTo("Action needed");
    }
}
