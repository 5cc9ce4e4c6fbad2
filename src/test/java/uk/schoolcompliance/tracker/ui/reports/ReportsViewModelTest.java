package uk.schoolcompliance.tracker.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;

class ReportsViewModelTest {

    @TempDir
    Path dir;
    UiContext ctx;
    TrackerServices services;
    ReportsViewModel vm;
    List<List<Path>> opened = new ArrayList<>();

    @BeforeEach
    void setUp() {
        ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        services = TestDemo.open(dir);
        ctx.servicesProperty().set(services);
        vm = new ReportsViewModel(ctx, dir);
        vm.setOpener(opened::add);
    }

    @Test
    void defaultsAreTheAsOfDatesTermAndCountsOnly() {
        assertThat(vm.asOfProperty().get()).isEqualTo(TestDemo.AS_OF);
        assertThat(vm.termProperty().get()).isEqualTo(Term.parse("Autumn 2026"));
        assertThat(vm.terms()).contains(Term.parse("Summer 2026"), Term.parse("Spring 2027"));
        assertThat(vm.namesProperty().get()).isFalse();
        assertThat(vm.pdfPathProperty().get()).isEqualTo(dir.resolve("Governors pack - Oakfield Primary School - Autumn 2026.pdf").toString());
        assertThat(vm.xlsxPathProperty().get()).endsWith("Governors pack - Oakfield Primary School - Autumn 2026.xlsx");
    }

    @Test
    void changingTheTermRenamesTheDefaultFilesAndThePreviewFollows() {
        vm.refreshPreview();
        assertThat(vm.previewProperty().get().summary()).isEqualTo(services.compliance().summary(TestDemo.AS_OF));
        vm.termProperty().set(Term.parse("Summer 2026"));
        assertThat(vm.pdfPathProperty().get()).endsWith("Governors pack - Oakfield Primary School - Summer 2026.pdf");
        assertThat(vm.previewProperty().get().term()).isEqualTo(Term.parse("Summer 2026"));
        vm.asOfProperty().set(LocalDate.of(2026, 2, 1));
        assertThat(vm.termProperty().get()).isEqualTo(Term.parse("Spring 2026"));
        assertThat(vm.previewProperty().get().asOf()).isEqualTo(LocalDate.of(2026, 2, 1));
        vm.namesProperty().set(true);
        assertThat(vm.previewProperty().get().names()).isTrue();
    }

    @Test
    void generateWritesBothFilesMovesTheProgressAndOpensThem() throws Exception {
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        vm.generate();
        Path pdf = Path.of(vm.pdfPathProperty().get());
        Path xlsx = Path.of(vm.xlsxPathProperty().get());
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(Files.size(pdf)).isPositive();
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(progress).isSorted().contains(1.0);
        assertThat(progress.size()).isGreaterThanOrEqualTo(3);
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("Governors pack - Oakfield Primary School - Autumn 2026.pdf").contains("24/11/2026");
        assertThat(opened).containsExactly(List.of(pdf, xlsx));
        assertThat(vm.existingTargets()).containsExactly(pdf, xlsx);
    }

    @Test
    void onlyTheWorkbookAndNoOpening() {
        vm.makePdfProperty().set(false);
        vm.openAfterProperty().set(false);
        vm.generate();
        assertThat(Files.exists(Path.of(vm.pdfPathProperty().get()))).isFalse();
        assertThat(Files.exists(Path.of(vm.xlsxPathProperty().get()))).isTrue();
        assertThat(opened).isEmpty();
    }

    @Test
    void badChoicesAreExplainedAndNothingIsWritten() {
        vm.makePdfProperty().set(false);
        vm.makeXlsxProperty().set(false);
        vm.generate();
        assertThat(vm.errorProperty().get()).contains("Tick the PDF");
        vm.makePdfProperty().set(true);
        vm.pdfPathProperty().set(dir.resolve("missing").resolve("x.pdf").toString());
        vm.generate();
        assertThat(vm.errorProperty().get()).contains("does not exist");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(opened).isEmpty();
    }
}
