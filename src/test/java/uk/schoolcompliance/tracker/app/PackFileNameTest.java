package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.report.Term;

/** The governors' pack is offered under a name that says whose and which term, in characters every disk takes. */
class PackFileNameTest {

    private static final Term AUTUMN = Term.parse("Autumn 2026");

    @Test
    void theSchoolAndTheTerm() {
        assertThat(GovernorsPackService.fileName("Ashby Primary Academy", AUTUMN, "pdf"))
                .isEqualTo("Governors pack - Ashby Primary Academy - Autumn 2026.pdf");
        assertThat(GovernorsPackService.fileName("Ashby Primary Academy", Term.parse("Spring 2027"), "xlsx"))
                .isEqualTo("Governors pack - Ashby Primary Academy - Spring 2027.xlsx");
    }

    @Test
    void charactersAFileSystemRefusesBecomeSpaces() {
        assertThat(GovernorsPackService.fileName("St Mary's C/E Primary: \"Infants\" <KS1>?", AUTUMN, "pdf"))
                .isEqualTo("Governors pack - St Mary's C E Primary Infants KS1 - Autumn 2026.pdf");
        assertThat(GovernorsPackService.fileName("Oak\\Ash|Elm*\tAcademy\n", AUTUMN, "pdf"))
                .isEqualTo("Governors pack - Oak Ash Elm Academy - Autumn 2026.pdf");
        assertThat(GovernorsPackService.fileName("Ashby Primary Academy Ltd.", AUTUMN, "pdf"))
                .as("no name part ends in a dot (Windows drops it)")
                .isEqualTo("Governors pack - Ashby Primary Academy Ltd - Autumn 2026.pdf");
        assertThat(GovernorsPackService.fileName("   ", AUTUMN, "pdf")).isEqualTo("Governors pack - Autumn 2026.pdf");
        assertThat(GovernorsPackService.fileName(null, AUTUMN, "xlsx")).isEqualTo("Governors pack - Autumn 2026.xlsx");
        assertThat(GovernorsPackService.fileName("A".repeat(300), AUTUMN, "pdf")).hasSizeLessThan(120);
    }

    @Test
    void theTrustBoardsPackIsNamedForTheTrustAndTheTermAsSafely() {
        assertThat(GovernorsPackService.trustFileName("Vale Learning Trust", AUTUMN, "pdf"))
                .isEqualTo("Trust board pack - Vale Learning Trust - Autumn 2026.pdf");
        assertThat(GovernorsPackService.trustFileName("Oak/Ash: Trust.", Term.parse("Spring 2027"), "xlsx"))
                .isEqualTo("Trust board pack - Oak Ash Trust - Spring 2027.xlsx");
        assertThat(GovernorsPackService.trustFileName(null, AUTUMN, "pdf")).isEqualTo("Trust board pack - Autumn 2026.pdf");
    }
}
