package uk.schoolcompliance.tracker.app;

import java.util.ArrayList;
import java.util.List;

import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.Headline;
import uk.schoolcompliance.tracker.domain.report.Term;

/**
 * The pack's headline figures and their red / amber / green: "not started" while nothing can be acknowledged yet,
 * "no dates yet" for a review count while some policy has no review date, never a false "on track".
 */
final class PackHeadlines {

    private PackHeadlines() {
    }

    static List<Headline> headlines(Summary s, long approvals, long reviewsDone, Term term) {
        List<Headline> out = new ArrayList<>();
        out.add(plain("staffInPost", "Staff in post", s.staffInPost(), "People in post on the date (leavers never count)"));
        out.add(plain("policiesActive", "Active policies", s.policiesActive(), "Policies in force"));
        if (s.ackNotStarted()) {
            // 0 of 0 is not "100 %, on track": nothing can be judged until a version is in effect
            String why = "Nothing to acknowledge yet: " + FigureWords.NOT_STARTED_WHY;
            out.add(new Headline("ackPercent", "Acknowledgements completed", null, "\u2014", null, FigureWords.NOT_STARTED, why));
            out.add(unrated("ackOutstanding", "Acknowledgements outstanding", 0, FigureWords.NOT_STARTED, "Not yet acknowledged"));
            out.add(unrated("ackOverdue", "Acknowledgements overdue", 0, FigureWords.NOT_STARTED,
                    "Outstanding and past the grace period"));
        } else {
            out.add(new Headline("ackPercent", "Acknowledgements completed", s.ackPercent(), format(s.ackPercent()) + " %",
                    Rag.forPercent(s.ackPercent()), null, s.ackDone() + " of " + s.ackRequired() + " required"));
            out.add(rated("ackOutstanding", "Acknowledgements outstanding", s.ackOutstanding(),
                    Rag.amberIfAny(s.ackOutstanding()), "Not yet acknowledged"));
            out.add(rated("ackOverdue", "Acknowledgements overdue", s.ackOverdue(), Rag.redIfAny(s.ackOverdue()),
                    "Outstanding and past the grace period"));
        }
        out.add(plain("ackAbsent", "On long-term absence", s.ackAbsent(),
                "Not chased: their gaps are listed apart, never counted as outstanding"));
        out.add(reviews("reviewsOverdue", "Policy reviews overdue", s.reviewsOverdue(), Rag.redIfAny(s.reviewsOverdue()),
                "Past their review date", s));
        out.add(reviews("reviewsDueSoon", "Policy reviews due soon", s.reviewsDueSoon(), Rag.amberIfAny(s.reviewsDueSoon()),
                "Due within 60 days", s));
        out.add(plain("inductionInProgress", "Inductions in progress", s.inductionInProgress(),
                "New starters with items still open"));
        out.add(rated("inductionOverdueItems", "Induction items overdue", s.inductionOverdueItems(),
                Rag.redIfAny(s.inductionOverdueItems()), "Not done and past their due date"));
        out.add(rated("dataWarnings", "Data-quality warnings", s.dataWarnings(), Rag.amberIfAny(s.dataWarnings()),
                "Records the office should correct"));
        out.add(plain("approvalsThisTerm", "Versions approved this term", approvals, term.label() + " up to the as-of date"));
        out.add(plain("reviewsThisTerm", "Reviews completed this term", reviewsDone, term.label() + " up to the as-of date"));
        return List.copyOf(out);
    }

    private static Headline plain(String key, String label, long n, String note) {
        return new Headline(key, label, (double) n, String.valueOf(n), null, null, note);
    }

    private static Headline rated(String key, String label, long n, Rag rag, String note) {
        return new Headline(key, label, (double) n, String.valueOf(n), rag, null, note);
    }

    private static Headline unrated(String key, String label, long n, String state, String note) {
        return new Headline(key, label, (double) n, String.valueOf(n), null, state, note);
    }

    /** A review count: none while some policy has no date yet is "no dates yet", never on track. */
    private static Headline reviews(String key, String label, int n, Rag rag, String note, Summary s) {
        return n == 0 && s.reviewDatesMissing() ? unrated(key, label, 0, FigureWords.NO_DATES, FigureWords.noDates(s))
                : rated(key, label, n, rag, note);
    }

    private static String format(double percent) {
        return String.valueOf(percent);
    }
}
