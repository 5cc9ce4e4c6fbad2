package uk.schoolcompliance.tracker.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The commands' JSON is written from records by the one writer, {@link Json}. */
class JsonTest {

    record Inner(int overdue, double percent) {
    }

    record Sample(String zebra, LocalDate asOf, String missing, boolean flag, Inner figures, List<String> warnings) {
    }

    @Test
    void aRecordIsWrittenInItsOwnOrderIndentedWithIsoDatesAndNulls() {
        assertThat(Json.write(new Sample("z", LocalDate.of(2026, 11, 24), null, true, new Inner(3, 81.5),
                List.of("a", "b")))).isEqualTo("""
                {
                  "zebra" : "z",
                  "asOf" : "2026-11-24",
                  "missing" : null,
                  "flag" : true,
                  "figures" : {
                    "overdue" : 3,
                    "percent" : 81.5
                  },
                  "warnings" : [ "a", "b" ]
                }""");
        assertThat(Json.write(List.of(new Inner(1, 100.0), new Inner(0, 0.0)))).isEqualTo("""
                [ {
                  "overdue" : 1,
                  "percent" : 100.0
                }, {
                  "overdue" : 0,
                  "percent" : 0.0
                } ]""");
    }

    /** Issue #17: a list written one element at a time is the same characters as the list written whole. */
    @Test
    void aListWrittenAsItIsReadIsTheSameCharactersAsTheWholeList() {
        for (List<Sample> list : List.of(List.<Sample>of(),
                List.of(new Sample("one", LocalDate.of(2026, 1, 31), null, false, new Inner(0, 0.0), List.of())),
                java.util.stream.IntStream.range(0, 300).mapToObj(i -> new Sample("n\u00e9 " + i + " \"q\"",
                        LocalDate.of(2026, 1, 1).plusDays(i), i % 2 == 0 ? null : "x", i % 3 == 0,
                        new Inner(i, i / 7.0), List.of("w" + i))).toList())) {
            java.io.StringWriter streamed = new java.io.StringWriter();
            java.io.PrintWriter out = new java.io.PrintWriter(streamed);
            Json.<Sample>writeList(out, row -> list.forEach(row));
            out.println("after"); // the writer stays open
            out.flush();
            assertThat(streamed.toString()).isEqualTo(Json.write(list) + "after" + System.lineSeparator());
        }
    }

    @Test
    void theSummarysExtraFiguresFollowTheSharedOnesInOneObject() {
        var acks = new SummaryCommand.SummaryJson.Acknowledgements(new FiguresJson.Acknowledgements(10, 8, 2, 1, 80.0), 4);
        assertThat(Json.write(acks)).isEqualTo("""
                {
                  "required" : 10,
                  "done" : 8,
                  "outstanding" : 2,
                  "overdue" : 1,
                  "percent" : 80.0,
                  "absent" : 4
                }""");
    }

    @Test
    void noCommandBuildsJsonByHand() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.schoolcompliance.tracker.cli");
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.LinkedHashMap")
                .orShould().dependOnClassesThat().resideInAnyPackage("tools.jackson.databind.node..")
                .because("a command's JSON is a record written by cli.Json")
                .check(cli);
        noClasses().that().doNotHaveFullyQualifiedName(Json.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..")
                .because("cli.Json is the one writer")
                .check(cli);
    }
}
