package uk.schoolcompliance.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.cli.Cli;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.io.report.GovernorsPackXlsx;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.acknowledgements.AcknowledgementsViewModel;
import uk.schoolcompliance.tracker.ui.dashboard.DashboardViewModel;

/**
 * "213 on the dashboard, 217 on the Outstanding tab and in the workbook": the outstanding and the
 * absent are one pair of numbers everywhere, on the demo school and on a generated trust with people on
 * long-term absence: the dashboard, the Acknowledgements page, {@code summary} and {@code gaps} (JSON
 * and text), and the governors' pack as a model, a PDF and a workbook.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class FiguresAgreeTest {

    @Parameter
    StoreKind store;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void theDemoSchoolsFiguresAgreeEverywhere() throws IOException {
        assertAgree(store.demoTarget(dir), dir, TestDemo.AS_OF);
    }

    @Test
    void aGeneratedTrustsFiguresAgreeEverywhere() throws IOException {
        String db = store.emptyTarget(dir);
        TrackerServices trust = TrackerServices.openTarget(db, () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
        trust.generateTrust(300, 24, 11, TestDemo.AS_OF);
        // a trust has people on long-term absence (some since before their policies' due dates, one ended)
        List<StaffMember> inPost = trust.repositories().staff().findAll().stream().filter(s -> s.inPostOn(TestDemo.AS_OF)).toList();
        for (int i = 0; i < inPost.size(); i += 23) {
            trust.repositories().staff().update(inPost.get(i).withAbsence(TestDemo.AS_OF.minusMonths(1 + i % 5), null));
        }
        trust.repositories().staff().update(inPost.get(1).withAbsence(TestDemo.AS_OF.minusMonths(6), TestDemo.AS_OF.minusMonths(1)));
        trust.repositories().db().close();
        assertAgree(db, dir, TestDemo.AS_OF);
    }

    static void assertAgree(String db, Path dir, LocalDate asOf) throws IOException {
        TrackerServices services = TrackerServices.openTarget(db, () -> TestDemo.ACTOR, TestDemo.CLOCK, false);
        Summary s = services.compliance().summary(asOf);
        int outstanding = s.ackOutstanding();
        int overdue = s.ackOverdue();
        int absent = s.ackAbsent();
        assertThat(outstanding).isPositive();
        assertThat(absent).as("the absent path is exercised").isPositive();
        assertThat(services.compliance().calculator(asOf).gaps()).hasSize(outstanding + absent);

        // the window: the dashboard and the Acknowledgements page
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        ctx.asOfProperty().set(asOf);
        ctx.servicesProperty().set(services);
        DashboardViewModel dashboard = new DashboardViewModel(ctx);
        dashboard.load();
        Summary shown = dashboard.figuresProperty().get().summary();
        assertThat(shown.ackOutstanding()).isEqualTo(outstanding);
        assertThat(shown.ackAbsent()).isEqualTo(absent);
        AcknowledgementsViewModel acks = new AcknowledgementsViewModel(ctx);
        acks.load();
        assertThat(acks.outstandingCount()).isEqualTo(outstanding);
        assertThat(acks.absentCount()).isEqualTo(absent);
        List<AcknowledgementsViewModel.Group> groups = acks.groups();
        assertThat(groups.stream().filter(g -> !g.absent()).mapToInt(g -> g.gaps().size()).sum()).isEqualTo(outstanding);
        assertThat(groups.stream().filter(AcknowledgementsViewModel.Group::absent).mapToInt(g -> g.gaps().size()).sum())
                .isEqualTo(absent);

        // the command line
        JsonNode summary = JSON.readTree(cli("summary", "--db", db, "--as-of", asOf.toString(), "--json"));
        assertThat(summary.get("acknowledgements").get("outstanding").asInt()).isEqualTo(outstanding);
        assertThat(summary.get("acknowledgements").get("overdue").asInt()).isEqualTo(overdue);
        assertThat(summary.get("acknowledgements").get("absent").asInt()).isEqualTo(absent);
        String summaryText = cli("summary", "--db", db, "--as-of", asOf.toString());
        assertThat(summaryText.lines()).contains(String.format("  %-28s %s", "  outstanding", outstanding),
                String.format("  %-28s %s", "  on long-term absence", absent + ", not chased"));
        JsonNode gaps = JSON.readTree(cli("gaps", "--db", db, "--as-of", asOf.toString(), "--json"));
        int gapsAbsent = 0;
        int gapsOverdue = 0;
        for (JsonNode g : gaps) {
            gapsAbsent += g.get("absent").asBoolean() ? 1 : 0;
            gapsOverdue += g.get("overdue").asBoolean() ? 1 : 0;
        }
        assertThat(gaps.size() - gapsAbsent).isEqualTo(outstanding);
        assertThat(gapsAbsent).isEqualTo(absent);
        assertThat(gapsOverdue).isEqualTo(overdue);
        List<String> gapsText = cli("gaps", "--db", db, "--as-of", asOf.toString()).lines().toList();
        assertThat(gapsText.get(gapsText.size() - 1)).isEqualTo(outstanding + " outstanding (" + overdue
                + " overdue), plus " + absent + " on long-term absence, not chased");
        int apart = gapsText.indexOf("On long-term absence, not chased");
        assertThat(apart).isPositive();
        assertThat(gapsText.subList(apart + 1, gapsText.size() - 2)).hasSize(absent);

        // the governors' pack: the model, the PDF and the workbook
        GovernorsPack pack = services.governorsPack().build(asOf, null, false);
        assertThat(pack.chased()).hasSize(outstanding);
        assertThat(pack.onAbsence()).hasSize(absent);
        assertThat(headline(pack, "ackOutstanding")).isEqualTo(outstanding);
        assertThat(headline(pack, "ackAbsent")).isEqualTo(absent);
        Path pdf = dir.resolve("pack-" + System.nanoTime() + ".pdf");
        Path xlsx = dir.resolve("pack-" + System.nanoTime() + ".xlsx");
        services.governorsPack().writePdf(pack, pdf);
        services.governorsPack().writeXlsx(pack, xlsx);
        String pdfText;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            pdfText = new PDFTextStripper().getText(d).replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
        }
        assertThat(pdfText).contains("Acknowledgements outstanding " + outstanding + " ")
                .contains("Acknowledgements overdue " + overdue + " ")
                .contains("On long-term absence " + absent + " ")
                .contains(outstanding + " outstanding, of which " + overdue + " are overdue; plus " + absent
                        + " on long-term absence, not chased.");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet(GovernorsPackXlsx.OUTSTANDING).getLastRowNum()).isEqualTo(outstanding);
            assertThat(wb.getSheet(GovernorsPackXlsx.ON_ABSENCE).getLastRowNum()).isEqualTo(absent);
            XSSFSheet summarySheet = wb.getSheet(GovernorsPackXlsx.SUMMARY);
            assertThat(value(summarySheet, "Acknowledgements outstanding")).isEqualTo(outstanding);
            assertThat(value(summarySheet, "Acknowledgements overdue")).isEqualTo(overdue);
            assertThat(value(summarySheet, "On long-term absence")).isEqualTo(absent);
        }
        services.repositories().db().close();
    }

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), TestDemo.CLOCK);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    static double headline(GovernorsPack pack, String key) {
        return pack.headlines().stream().filter(h -> h.key().equals(key)).findFirst().orElseThrow().value();
    }

    static double value(XSSFSheet sheet, String label) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && label.equals(r.getCell(0).getStringCellValue())) {
                return r.getCell(1).getNumericCellValue();
            }
        }
        throw new AssertionError("no row " + label);
    }
}
