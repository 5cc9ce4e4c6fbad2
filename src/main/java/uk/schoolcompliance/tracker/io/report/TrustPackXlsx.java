package uk.schoolcompliance.tracker.io.report;

import static uk.schoolcompliance.tracker.io.report.PackSheets.*;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TallyRow;
import uk.schoolcompliance.tracker.domain.report.TrustPack;
import uk.schoolcompliance.tracker.domain.report.TrustPack.SchoolRow;
import uk.schoolcompliance.tracker.io.report.PackSheets.Styles;
import uk.schoolcompliance.tracker.io.report.PackSheets.Table;

/**
 * The trust board's pack as a workbook to filter: the trust's headline figures, the schools side by side (the
 * figures of {@code schools --json}, with the status word and shape), the trust-wide policies' reviews, every
 * school's own policies' reviews, and each school's acknowledgements by policy.
 */
public final class TrustPackXlsx {

    public static final String TRUST_SUMMARY = "Trust summary";
    public static final String SCHOOLS = "Schools";
    public static final String TRUST_REVIEWS = "Trust-wide reviews";
    public static final String SCHOOL_REVIEWS = "School reviews";
    public static final String BY_SCHOOL_AND_POLICY = "By school and policy";

    private TrustPackXlsx() {
    }

    public static void write(TrustPack pack, OutputStream out) throws IOException {
        workbook(out, pack.preparedOn(), (wb, st) -> {
            summary(wb, st, pack);
            schools(wb, st, pack);
            Table trust = reviewTable(wb, st, TRUST_REVIEWS, false);
            pack.trustWideReviews().forEach(r -> reviewRow(trust, st, null, r));
            finishReviews(trust, false);
            Table own = reviewTable(wb, st, SCHOOL_REVIEWS, true);
            for (int i = 0; i < pack.schools().size(); i++) {
                if (!pack.schools().get(i).centralTeam()) {
                    GovernorsPack school = pack.schoolPacks().get(i);
                    school.reviewSchedule().forEach(r -> reviewRow(own, st, school.schoolName(), r));
                }
            }
            finishReviews(own, true);
            byPolicy(wb, st, pack);
        });
    }

    private static void summary(SXSSFWorkbook wb, Styles st, TrustPack pack) {
        Table t = headlineSheet(wb, st, TRUST_SUMMARY, pack.headlines());
        int last = t.lastRow();
        int r = last + 2;
        t.fact(r++, "Trust", pack.trustName());
        t.fact(r++, "Schools", String.valueOf(pack.schools().size()));
        t.fact(r++, "Term", pack.term().label());
        t.factDate(r++, "Figures as of", pack.asOf());
        t.fact(r++, "Prepared by", pack.preparedBy());
        t.factDate(r++, "Prepared on", pack.preparedOn());
        t.fact(r, "Staff names", pack.names() ? "Included (personal data: keep confidential)" : "Not included (numbered people)");
        t.finish(last);
    }

    private static void schools(SXSSFWorkbook wb, Styles st, TrustPack pack) {
        Table t = new Table(wb, st, SCHOOLS, "School", "URN", "Staff in post", "Required", "Done", "Outstanding",
                "Overdue", "Rate", "On long-term absence", "Reviews overdue", "Reviews due soon", "Inductions in progress",
                "Induction items overdue", "Status");
        for (SchoolRow row : pack.schools()) {
            Summary s = row.summary();
            Row r = t.row();
            t.text(r, 0, row.name());
            t.text(r, 1, row.urn());
            int[] counts = {s.staffInPost(), s.ackRequired(), s.ackDone(), s.ackOutstanding(), s.ackOverdue()};
            for (int i = 0; i < counts.length; i++) {
                t.number(r, 2 + i, counts[i], st.integer);
            }
            if (s.ackNotStarted()) {
                t.text(r, 7, "\u2014");
            } else {
                t.number(r, 7, s.ackPercent(), st.percent);
            }
            int[] more = {s.ackAbsent(), s.reviewsOverdue(), s.reviewsDueSoon(), s.inductionInProgress(),
                    s.inductionOverdueItems()};
            for (int i = 0; i < more.length; i++) {
                t.number(r, 8 + i, more[i], st.integer);
            }
            t.text(r, 13, row.rag() != null ? GovernorsPackXlsx.rag(row.rag()) : row.statusWord());
        }
        int last = t.lastRow();
        t.finish();
        ragColours(t.sheet, new CellRangeAddress(1, Math.max(1, last), 13, 13));
    }

    private static void byPolicy(SXSSFWorkbook wb, Styles st, TrustPack pack) {
        Table t = new Table(wb, st, BY_SCHOOL_AND_POLICY, "School", "Policy", "Required", "Done", "Outstanding",
                "Overdue", "Rate");
        for (GovernorsPack school : pack.schoolPacks()) {
            for (TallyRow tr : school.byPolicy()) {
                Row r = t.row();
                t.text(r, 0, school.schoolName());
                t.text(r, 1, tr.label());
                t.number(r, 2, tr.tally().inScope(), st.integer);
                t.number(r, 3, tr.tally().done(), st.integer);
                t.number(r, 4, tr.tally().outstanding(), st.integer);
                t.number(r, 5, tr.tally().overdue(), st.integer);
                if (tr.tally().inScope() == 0) {
                    t.text(r, 6, "\u2014");
                } else {
                    t.number(r, 6, tr.percent(), st.percent);
                }
            }
        }
        t.finish();
    }
}
