package uk.schoolcompliance.tracker.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.schoolcompliance.tracker.app.ThisWeek;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.ui.Drill;
import uk.schoolcompliance.tracker.ui.Destination;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.Section;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.DataWarning;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.domain.ReviewStatus;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.Tally;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.common.Dialogs;

/**
 * Loads the dashboard's figures as of the chosen date, off the FX thread: the headline summary, the
 * acknowledgement rates by policy and by staff category, the reviews falling due per term and the
 * data-quality warnings, all from one calculator so they agree with each other and with the pack.
 */
public final class DashboardViewModel {

    /** Only the newest load lands (an earlier one finishing later is dropped). */
    private final uk.schoolcompliance.tracker.ui.LatestLoad latest = new uk.schoolcompliance.tracker.ui.LatestLoad();

    /** How many terms (from the as-of date's) the reviews chart shows. */
    public static final int TERMS_SHOWN = 6;

    /** A bar: a label, the rate and what it counts, and the list behind it (the outstanding names). */
    public record Rate(String label, double percent, int done, int required, Drill drill) {
    }

    /** Reviews falling due in a term (the first bar holds the overdue ones). */
    public record TermCount(String label, int count, boolean overdue) {
    }

    /**
     * A line of "What needs doing this week" (or of the data warnings): what to do, and where it opens
     * (a {@link Drill}, or the policy a warning is about).
     */
    public record Job(ThisWeek.Kind kind, String text, Destination destination) {
    }

    /** Everything the dashboard shows, computed together. */
    public record Figures(Summary summary, List<Rate> byPolicy, List<Rate> byCategory, List<TermCount> reviewsPerTerm,
                          List<DataWarning> warnings, List<Job> thisWeek) {

        /** The data-warning lines with where each opens, in the order of {@link #warnings()}. */
        public List<Job> warningJobs() {
            return thisWeek.stream().filter(j -> j.kind() == ThisWeek.Kind.DATA_WARNING).toList();
        }
    }

    private final UiContext ctx;
    private final ObjectProperty<Summary> summary = new SimpleObjectProperty<>();
    private final ObjectProperty<Figures> figures = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();

    /** The dashboard's figures and (with "All schools" on a trust) the schools side by side, loaded together. */
    private record Loaded(Figures figures, uk.schoolcompliance.tracker.ui.trust.TrustOverviewModel.Overview overview) {
    }

    private final ObjectProperty<uk.schoolcompliance.tracker.ui.trust.TrustOverviewModel.Overview> trustOverview =
            new SimpleObjectProperty<>();

    /** The schools side by side (issue 16): empty rows with a school chosen or on a single school's file. */
    public ObjectProperty<uk.schoolcompliance.tracker.ui.trust.TrustOverviewModel.Overview> trustOverviewProperty() {
        return trustOverview;
    }

    public DashboardViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public void load() {
        TrackerServices services = ctx.services();
        if (services == null) {
            return;
        }
        LocalDate asOf = ctx.asOf();
        loading.set(true);
        var school = ctx.school();
        latest.run(ctx.executor(), () -> new Loaded(compute(services.compliance().calculator(asOf, school)),
                uk.schoolcompliance.tracker.ui.trust.TrustOverviewModel.overview(services, asOf, school.isEmpty())), l -> {
            Figures f = l.figures();
            trustOverview.set(l.overview());
            figures.set(f);
            summary.set(f.summary());
            error.set(null);
            loading.set(false);
        }, e -> {
            error.set(Dialogs.describe(e));
            loading.set(false);
        });
    }

    /** How many policies the rate chart shows: the lowest rates (a trust's 100 bars would be unreadable). */
    public static final int POLICIES_CHARTED = 15;

    /** The dashboard's figures from one calculator (public for tests). */
    public static Figures compute(ComplianceCalculator calc) {
        Summary s = calc.summary();
        // a group with nothing to count (everyone in it on long-term absence) has no rate: not a full green bar
        List<Rate> byPolicy = new ArrayList<>();
        calc.tallyByPolicy().forEach((p, t) -> {
            if (t.inScope() > 0) {
                byPolicy.add(rate(p.title(), t, Drill.policy(Drill.Kind.ACKS_OUTSTANDING, p.id())));
            }
        });
        // the policies that most need chasing; every policy's rate is on the Acknowledgements page and in the pack
        byPolicy.sort(java.util.Comparator.comparingDouble(Rate::percent).thenComparing(Rate::label));
        if (byPolicy.size() > POLICIES_CHARTED) {
            byPolicy.subList(POLICIES_CHARTED, byPolicy.size()).clear();
        }
        List<Rate> byCategory = new ArrayList<>();
        calc.tallyByCategory().forEach((c, t) -> {
            if (t.inScope() > 0) {
                byCategory.add(rate(c.label(), t, Drill.category(Drill.Kind.ACKS_OUTSTANDING, c)));
            }
        });
        return new Figures(s, List.copyOf(byPolicy), List.copyOf(byCategory),
                reviewsPerTerm(calc.reviewStandings(), calc.asOf()), calc.dataWarnings(),
                ThisWeek.of(calc).stream().map(DashboardViewModel::job).toList());
    }

    private static Rate rate(String label, Tally t, Drill drill) {
        return new Rate(label, t.percent(), t.done(), t.inScope(), drill);
    }

    /** A job's line and where it opens: the list it is about, or the record. */
    static Job job(ThisWeek.Item i) {
        String since = i.since() == null ? "" : Dates.forPeople(i.since());
        return switch (i.kind()) {
            case STATUTORY_REVIEW_OVERDUE -> new Job(i.kind(), I18n.t("dashboard.week.review", i.subject(), since),
                    Drill.policy(Drill.Kind.REVIEWS_OVERDUE, i.policyId()));
            case SAFEGUARDING_ACK_OVERDUE -> new Job(i.kind(), I18n.t(i.count() == 1 ? "dashboard.week.ack.one"
                    : "dashboard.week.ack", i.subject(), i.count(), since),
                    Drill.policy(Drill.Kind.ACKS_OVERDUE, i.policyId()));
            case INDUCTION_OVERDUE -> new Job(i.kind(), I18n.t(i.count() == 1 ? "dashboard.week.induction.one"
                    : "dashboard.week.induction", i.subject(), i.count(), since),
                    Drill.staff(Drill.Kind.INDUCTIONS_IN_PROGRESS, i.staffId()));
            case DATA_WARNING -> {
                DataWarning w = i.warning();
                String text = w.kind() == DataWarning.Kind.NO_EMAIL ? w.message()
                        : I18n.t("dashboard.warning.line", w.subject(), w.message());
                yield w.kind() == DataWarning.Kind.NO_EMAIL
                        ? new Job(i.kind(), text, Drill.of(Drill.Kind.STAFF_NO_EMAIL))
                        : new Job(i.kind(), text, new Destination.PolicyRecord(i.policyId()));
            }
        };
    }

    /** Overdue reviews first, then the reviews falling due in each term from the as-of date's. */
    static List<TermCount> reviewsPerTerm(List<ReviewStanding> standings, LocalDate asOf) {
        int overdue = 0;
        Map<Term, Integer> byTerm = new LinkedHashMap<>();
        for (Term t : Term.containing(asOf).andFollowing(TERMS_SHOWN)) {
            byTerm.put(t, 0);
        }
        for (ReviewStanding s : standings) {
            if (s.status() == ReviewStatus.OVERDUE) {
                overdue++;
            } else if (s.nextDue() != null) {
                byTerm.computeIfPresent(Term.containing(s.nextDue()), (t, n) -> n + 1);
            }
        }
        List<TermCount> out = new ArrayList<>();
        out.add(new TermCount("Overdue", overdue, true));
        byTerm.forEach((t, n) -> out.add(new TermCount(t.label(), n, false)));
        return List.copyOf(out);
    }

    public ObjectProperty<Summary> summaryProperty() {
        return summary;
    }

    public ObjectProperty<Figures> figuresProperty() {
        return figures;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
