package uk.schoolcompliance.tracker.ui.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.reports.ReportsViewModel;

/** The Reports page on a trust: "All schools" writes the trust board's pack, a chosen school its own pack. */
class TrustReportsViewModelTest {

    @TempDir
    Path dir;

    private static String text(Path pdf) throws Exception {
        try (var d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void allSchoolsIsTheTrustBoardsPackAndASchoolIsItsOwn() throws Exception {
        TrackerServices services = TrackerServices.open(TrustWindowTest.trustFile(dir), TestDemo.ACTOR, TestDemo.CLOCK);
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
        ReportsViewModel vm = new ReportsViewModel(ctx, dir);
        vm.setOpener(files -> { });
        vm.generate();
        assertThat(vm.errorProperty().get()).isNull();
        String board = text(Path.of(vm.pdfPathProperty().get()));
        assertThat(board).contains("Trust board's compliance pack", "Schools side by side", "Brook Academy",
                "Castle High School");

        ctx.schoolProperty().set(services.schoolService().resolve("Brook Academy"));
        Path brookPdf = dir.resolve("brook.pdf");
        vm.pdfPathProperty().set(brookPdf.toString());
        vm.generate();
        assertThat(vm.errorProperty().get()).isNull();
        String brook = text(brookPdf);
        assertThat(brook).contains("Governors' compliance pack", "Brook Academy").doesNotContain("Schools side by side")
                .doesNotContain("Ashby");
    }
}
