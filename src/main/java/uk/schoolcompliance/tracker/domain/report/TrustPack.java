package uk.schoolcompliance.tracker.domain.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.Headline;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.ReviewRow;

/**
 * The trust board's pack: the whole file's headline figures, one row per school (and the central team, the
 * entries of {@code schools}), the trust-wide policies' reviews (the board's own), then each school's own pack
 * (its figures, its own policies' reviews), so the board sees every academy side by side and each one's page.
 */
public record TrustPack(
        String trustName,
        Term term,
        LocalDate asOf,
        String preparedBy,
        LocalDate preparedOn,
        boolean names,
        Summary summary,
        List<Headline> headlines,
        List<SchoolRow> schools,
        List<ReviewRow> trustWideReviews,
        List<GovernorsPack> schoolPacks) {

    /**
     * One school's line: the figures of {@code schools --json} and its status ({@link #status(Summary)}), null with
     * {@code state} "Not started" when it has nothing to acknowledge and nothing overdue.
     */
    public record SchoolRow(String name, String urn, boolean centralTeam, Summary summary, Rag rag, String state) {

        /** {@code centralTeam}: the people of no school, whose reviews are the trust-wide policies'. */
        public static SchoolRow of(String name, String urn, boolean centralTeam, Summary s) {
            Rag rag = status(s);
            return new SchoolRow(name, urn, centralTeam, s, rag, rag == null ? FigureWords.NOT_STARTED : null);
        }

        /** The status column: the red/amber/green word, else the state. */
        public String statusWord() {
            return rag != null ? rag.word() : state;
        }
    }

    /**
     * A school's status, one judgement for the trust overview and the board's pack: the worst of its acknowledgement
     * rate ({@link Rag#forPercent}), its reviews overdue and its induction items overdue (red when any). With nothing
     * to acknowledge yet the rate judges nothing; with nothing overdue either there is no status (null: "not started").
     */
    public static Rag status(Summary s) {
        Rag worst = s.ackNotStarted() ? null : Rag.forPercent(s.ackPercent());
        if (s.reviewsOverdue() > 0 || s.inductionOverdueItems() > 0) {
            worst = Rag.RED;
        }
        return worst;
    }

    /** Worst first: red, amber, green, then not started; within a status the lowest rate first, then by name. */
    public static final Comparator<SchoolRow> WORST_FIRST = Comparator
            .comparingInt((SchoolRow r) -> r.rag() == null ? Rag.values().length : r.rag().ordinal())
            .thenComparingDouble(r -> r.summary().ackNotStarted() ? 101.0 : r.summary().ackPercent())
            .thenComparing(SchoolRow::name, String.CASE_INSENSITIVE_ORDER);

    /** The pack's sections in the order the PDF prints them. */
    public static List<String> sections() {
        return List.of("Cover", "Trust summary", "Schools side by side", "Trust-wide policies' reviews",
                "A page per school");
    }
}
