package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.Headline;
import uk.schoolcompliance.tracker.domain.report.Term;

/** The pack's headline figures on their own: every key once, the RAG thresholds, and never a false "on track". */
class PackHeadlinesTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    static final Term TERM = Term.parse("Autumn 2026");

    private static Summary summary(int required, int done, int overdue, int reviewsOverdue, int noDate) {
        return new Summary(AS_OF, 40, 12, required, done, required - done, overdue, 1, reviewsOverdue, 0, noDate, 2, 0,
                3);
    }

    private static Map<String, Headline> byKey(List<Headline> headlines) {
        return headlines.stream().collect(Collectors.toMap(Headline::key, Function.identity()));
    }

    @Test
    void everyHeadlineOnceInTheOrderThePackPrintsThem() {
        assertThat(PackHeadlines.headlines(summary(100, 96, 0, 0, 0), 2, 3, TERM)).extracting(Headline::key)
                .containsExactly("staffInPost", "policiesActive", "ackPercent", "ackOutstanding", "ackOverdue",
                        "ackAbsent", "reviewsOverdue", "reviewsDueSoon", "inductionInProgress", "inductionOverdueItems",
                        "dataWarnings", "approvalsThisTerm", "reviewsThisTerm");
    }

    @Test
    void thePercentageTakesTheSchoolsThresholdsAndCountsTakeRedOrAmber() {
        Map<String, Headline> h = byKey(PackHeadlines.headlines(summary(1000, 950, 4, 1, 0), 2, 3, TERM));
        assertThat(h.get("ackPercent").shown()).isEqualTo("95.0 %");
        assertThat(h.get("ackPercent").rag()).isEqualTo(Rag.GREEN);
        assertThat(h.get("ackPercent").note()).isEqualTo("950 of 1000 required");
        assertThat(h.get("ackOutstanding").rag()).isEqualTo(Rag.AMBER);
        assertThat(h.get("ackOverdue").rag()).isEqualTo(Rag.RED);
        assertThat(h.get("reviewsOverdue").rag()).isEqualTo(Rag.RED);
        assertThat(h.get("dataWarnings").rag()).isEqualTo(Rag.AMBER);
        assertThat(h.get("approvalsThisTerm").shown()).isEqualTo("2");
        assertThat(h.get("reviewsThisTerm").note()).isEqualTo("Autumn 2026 up to the as-of date");
        assertThat(byKey(PackHeadlines.headlines(summary(1000, 799, 0, 0, 0), 0, 0, TERM)).get("ackPercent").rag())
                .as("79.9 % is under keep-an-eye").isEqualTo(Rag.RED);
        assertThat(byKey(PackHeadlines.headlines(summary(1000, 800, 0, 0, 0), 0, 0, TERM)).get("ackPercent").rag())
                .isEqualTo(Rag.AMBER);
    }

    @Test
    void nothingToAcknowledgeIsNotStartedNeverOneHundredPercent() {
        Map<String, Headline> h = byKey(PackHeadlines.headlines(summary(0, 0, 0, 0, 0), 0, 0, TERM));
        assertThat(h.get("ackPercent").shown()).isEqualTo("\u2014");
        assertThat(h.get("ackPercent").rag()).isNull();
        assertThat(h.get("ackPercent").state()).isEqualTo(FigureWords.NOT_STARTED);
        assertThat(h.get("ackOutstanding").statusWord()).isEqualTo(FigureWords.NOT_STARTED);
    }

    @Test
    void noReviewOverdueWhileSomePolicyHasNoDateIsNoDatesYet() {
        Map<String, Headline> h = byKey(PackHeadlines.headlines(summary(10, 10, 0, 0, 2), 0, 0, TERM));
        assertThat(h.get("reviewsOverdue").rag()).isNull();
        assertThat(h.get("reviewsOverdue").state()).isEqualTo(FigureWords.NO_DATES);
        assertThat(h.get("reviewsDueSoon").state()).isEqualTo(FigureWords.NO_DATES);
        Map<String, Headline> overdue = byKey(PackHeadlines.headlines(summary(10, 10, 0, 1, 2), 0, 0, TERM));
        assertThat(overdue.get("reviewsOverdue").rag()).as("one overdue is red, dates missing or not")
                .isEqualTo(Rag.RED);
    }
}
