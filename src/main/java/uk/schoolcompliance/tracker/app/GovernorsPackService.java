package uk.schoolcompliance.tracker.app;

import uk.schoolcompliance.tracker.store.SettingsRepository;

import uk.schoolcompliance.tracker.domain.Actor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckCell;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckMatrix;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.GapRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.Headline;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.InductionRow;
import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.ReviewRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TallyRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TermEvent;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.domain.report.TrustPack;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.ComplianceCalculator;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionProgress;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.Rag;
import uk.schoolcompliance.tracker.domain.Review;
import uk.schoolcompliance.tracker.domain.ReviewStanding;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.domain.Summary;
import uk.schoolcompliance.tracker.domain.report.FigureWords;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckCell;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckMatrix;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.AckRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.GapRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.Headline;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.InductionRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.ReviewRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TallyRow;
import uk.schoolcompliance.tracker.domain.report.GovernorsPack.TermEvent;
import uk.schoolcompliance.tracker.domain.report.Term;
import uk.schoolcompliance.tracker.io.report.GovernorsPackPdf;
import uk.schoolcompliance.tracker.io.report.GovernorsPackXlsx;
import uk.schoolcompliance.tracker.io.report.TrustPackPdf;
import uk.schoolcompliance.tracker.io.report.TrustPackXlsx;

/**
 * The governors' pack: computes the {@link GovernorsPack} model once from the calculator, then writes
 * the PDF and the workbook from it. Files are written beside the target and moved into place, so a
 * failure never leaves half a file where the old one was.
 */
public final class GovernorsPackService {

    private final SchoolService schoolService;

    private final SettingsRepository settings;
    private final ComplianceService compliance;
    private final OutputFiles outputs;
    private final Supplier<Actor> actor;
    private final Clock clock;

    GovernorsPackService(SettingsRepository settings, ComplianceService compliance, OutputFiles outputs,
            Supplier<Actor> actor, Clock clock, SchoolService schoolService) {
        this.schoolService = schoolService;
        this.settings = settings;
        this.compliance = compliance;
        this.outputs = outputs;
        this.actor = actor;
        this.clock = clock;
    }

    /** Builds the pack as of a date for a term, by the operator of these services. */
    public GovernorsPack build(LocalDate asOf, Term term, boolean names) {
        return build(asOf, term, names, java.util.Optional.empty());
    }

    /** The pack of one school for its local governing body (its part of the file), or of the whole file. */
    public GovernorsPack build(LocalDate asOf, Term term, boolean names,
                               java.util.Optional<uk.schoolcompliance.tracker.domain.School> school) {
        ComplianceCalculator calc = compliance.calculator(asOf, school);
        String name = school.map(uk.schoolcompliance.tracker.domain.School::name)
                .orElseGet(() -> settings.schoolName());
        return compute(calc, name, term == null ? Term.containing(asOf) : term, names,
                actor.get().displayName(), LocalDate.now(clock));
    }

    /** Whether the file is a trust's (its own row, or more than one school): {@code report} then prints the board's pack. */
    public boolean isTrust() {
        return schoolService.isTrust(); // the schools only: never every acknowledgement
    }

    /**
     * The trust board's pack as of a date: the whole file's figures, one row per entry of {@code schools} (each
     * school, then the central team), the trust-wide policies' reviews, and each school's own pack.
     */
    public TrustPack buildTrust(LocalDate asOf, Term term, boolean names) {
        ComplianceCalculator all = compliance.calculator(asOf); // asked of the database: no acknowledgement held
        Term chosen = term == null ? Term.containing(asOf) : term;
        String by = actor.get().displayName();
        LocalDate on = LocalDate.now(clock);
        GovernorsPack whole = compute(all, trustName(all.data()), chosen, names, by, on);
        List<TrustPack.SchoolRow> rows = new ArrayList<>();
        List<GovernorsPack> packs = new ArrayList<>();
        List<GovernorsPack.ReviewRow> boardReviews = List.of();
        for (SchoolService.SchoolFigures f : schoolService.figures(asOf)) {
            rows.add(TrustPack.SchoolRow.of(f.name(), f.urn(), f.school().isTrust(), f.summary()));
            GovernorsPack part = compute(compliance.calculator(asOf, java.util.Optional.of(f.school())), f.name(),
                    chosen, names, by, on);
            packs.add(part);
            if (f.school().isTrust()) {
                boardReviews = part.reviewSchedule(); // the central team's reviews are the trust-wide policies'
            }
        }
        return new TrustPack(whole.schoolName(), chosen, asOf, by, on, names, whole.summary(), whole.headlines(),
                List.copyOf(rows), boardReviews, List.copyOf(packs));
    }

    /** The trust's own row's name, else (several schools without one) the file's name. */
    private String trustName(SchoolData data) {
        return data.schools().stream().filter(uk.schoolcompliance.tracker.domain.School::isTrust)
                .map(uk.schoolcompliance.tracker.domain.School::name).findFirst()
                .orElseGet(() -> settings.schoolName());
    }

    /** Writes the trust board's PDF; returns the number of pages. */
    public int writePdf(TrustPack pack, Path file) {
        outputs.write(file, out -> TrustPackPdf.write(pack, out));
        return pages(file);
    }

    public void writeXlsx(TrustPack pack, Path file) {
        outputs.write(file, out -> TrustPackXlsx.write(pack, out));
    }

    /** Writes the PDF; returns the number of pages. */
    /**
     * The name the pack's file is offered under: "Governors pack - Ashby Primary Academy - Autumn 2026.pdf". Only
     * characters every file system takes: the ones Windows refuses ({@code \\ / : * ? " < > |}) and control
     * characters become a space, runs of spaces one, and a name never ends in a dot or a space. A school with no name
     * gives "Governors pack - Autumn 2026.pdf".
     */
    public static String fileName(String schoolName, Term term, String extension) {
        String school = schoolName == null ? "" : schoolName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ")
                .replaceAll("\\s+", " ").strip().replaceAll("[. ]+$", "");
        if (school.length() > 80) {
            school = school.substring(0, 80).strip();
        }
        return "Governors pack - " + (school.isEmpty() ? "" : school + " - ") + term.label() + "." + extension;
    }

    public int writePdf(GovernorsPack pack, Path file) {
        outputs.write(file, out -> GovernorsPackPdf.write(pack, out));
        return pages(file);
    }

    private static int pages(Path file) {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UserException(file + ": written, but cannot be read back (" + e.getMessage() + ")", e);
        }
    }

    public void writeXlsx(GovernorsPack pack, Path file) {
        outputs.write(file, out -> GovernorsPackXlsx.write(pack, out));
    }


    /** Every figure of the pack, from the one calculator. */
    public static GovernorsPack compute(ComplianceCalculator calc, String schoolName, Term term, boolean names,
                                        String preparedBy, LocalDate preparedOn) {
        LocalDate asOf = calc.asOf();
        Summary summary = calc.summary();
        Map<Long, String> people = personLabels(calc, names);

        Map<String, String> unnamed = approverRedactions(calc, people, names);
        List<ReviewRow> schedule = new ArrayList<>();
        for (ReviewStanding s : calc.reviewStandings()) {
            Policy p = s.policy();
            schedule.add(new ReviewRow(p.title(), p.statutory(), p.owner(), p.approvingBody(), s.lastReviewed(),
                    p.reviewMonths(), s.nextDue(), s.status(), s.dateError(), redact(s.describeLast(), unnamed),
                    s.describeAwaiting()));
        }

        List<TermEvent> events = termEvents(calc, term, unnamed);

        var tallies = calc.tallyByPolicy();
        List<TallyRow> byPolicy = new ArrayList<>();
        tallies.forEach((p, t) -> byPolicy.add(new TallyRow(p.title(), t)));
        List<TallyRow> byCategory = new ArrayList<>();
        calc.tallyByCategory().forEach((c, t) -> byCategory.add(new TallyRow(c.label(), t)));

        // one more pass over the obligations gives both the staff x policy grid and the gaps
        // (exactly calc.gaps(): every obligation that is a gap, in GAP_ORDER)
        List<Obligation> gapObligations = new ArrayList<>();
        AckMatrix matrix = matrix(calc, tallies.keySet(), people, names, gapObligations);
        gapObligations.sort(ComplianceCalculator.GAP_ORDER);
        List<GapRow> gaps = new ArrayList<>(gapObligations.size());
        for (Obligation o : gapObligations) {
            long late = o.status() == ObligationStatus.OVERDUE ? ChronoUnit.DAYS.between(o.due(), asOf) : 0;
            gaps.add(new GapRow(o.policy().title(), people.get(o.staff().id()), o.staff().category(),
                    o.requiredVersion() == null ? "" : o.requiredVersion().label(), o.due(), o.status(), late));
        }
        if (!names) {
            gaps.sort(Comparator.comparing(GapRow::policy, String.CASE_INSENSITIVE_ORDER).thenComparing(GapRow::person));
        }

        List<InductionRow> inductions = new ArrayList<>();
        for (InductionProgress ip : calc.inductions()) {
            InductionItem next = ip.nextItem();
            inductions.add(new InductionRow(people.get(ip.staff().id()), ip.staff().category(), ip.staff().startDate(),
                    ip.itemsDone(), ip.items().size(), ip.overdueItems().size(), next == null ? null : next.title(),
                    next == null ? null : next.dueDate()));
        }

        long approvals = events.stream().filter(e -> e.kind() == TermEvent.Kind.APPROVAL).count();
        long reviewsDone = events.size() - approvals;
        List<Headline> headlines = headlines(summary, approvals, reviewsDone, term);
        return new GovernorsPack(schoolName, term, asOf, preparedBy, preparedOn, names, summary, headlines, schedule,
                events, byPolicy, byCategory, matrix, gaps, inductions, calc.dataWarnings());
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

    /** Names ("Family, Given") with names on; otherwise "Person 0001" numbered by category, then record order. */
    private static Map<Long, String> personLabels(ComplianceCalculator calc, boolean names) {
        Map<Long, String> out = new HashMap<>();
        List<StaffMember> staff = new ArrayList<>(calc.data().staff());
        if (names) {
            staff.forEach(s -> out.put(s.id(), s.sortName()));
            return out;
        }
        staff.sort(Comparator.comparing(StaffMember::category).thenComparingLong(StaffMember::id));
        int width = Math.max(4, String.valueOf(staff.size()).length());
        for (int i = 0; i < staff.size(); i++) {
            out.put(staff.get(i).id(), "Person " + String.format("%0" + width + "d", i + 1));
        }
        return out;
    }

    private static AckMatrix matrix(ComplianceCalculator calc, java.util.Collection<Policy> columns,
                                    Map<Long, String> people, boolean names, List<Obligation> gaps) {
        Map<Long, Integer> column = new HashMap<>();
        List<String> titles = new ArrayList<>();
        for (Policy p : columns) {
            column.put(p.id(), titles.size());
            titles.add(p.title());
        }
        Map<Long, AckCell[]> cells = new LinkedHashMap<>();
        Map<Long, StaffMember> staffById = new HashMap<>();
        calc.forEachObligation(o -> {
            if (o.isGap()) {
                gaps.add(o);
            }
            Integer col = column.get(o.policy().id());
            if (col == null) {
                return;
            }
            staffById.putIfAbsent(o.staff().id(), o.staff());
            AckCell[] row = cells.computeIfAbsent(o.staff().id(), k -> new AckCell[titles.size()]);
            LocalDate date = o.status() == ObligationStatus.SATISFIED && o.satisfiedBy() != null
                    ? o.satisfiedBy().date() : o.due();
            row[col] = new AckCell(o.status(), date);
        });
        List<AckRow> rows = new ArrayList<>(cells.size());
        cells.forEach((id, row) -> {
            StaffMember s = staffById.get(id);
            rows.add(new AckRow(people.get(id), s.category(), names ? s.jobTitle() : null, row));
        });
        rows.sort(Comparator.comparing(AckRow::person, String.CASE_INSENSITIVE_ORDER));
        return new AckMatrix(List.copyOf(titles), rows);
    }

    /**
     * Without names, an approver recorded as a person (a version "approved by Mark Phillips") is shown by the
     * pack's number for that person, like everyone else: approver text → the same text with the name replaced.
     * Worked out once per distinct approver, so the cost does not grow with staff × policies.
     */
    static Map<String, String> approverRedactions(ComplianceCalculator calc, Map<Long, String> people, boolean names) {
        Map<String, String> out = new HashMap<>();
        if (names) {
            return out;
        }
        java.util.Set<String> approvers = new java.util.HashSet<>();
        for (Policy p : calc.data().policies()) {
            calc.data().versions(p.id()).forEach(v -> addApprover(approvers, v.approvedBy()));
            calc.data().reviews(p.id()).forEach(r -> addApprover(approvers, r.approvedBy()));
        }
        if (approvers.isEmpty()) {
            return out;
        }
        for (StaffMember s : calc.data().staff()) {
            for (String a : approvers) {
                String current = out.getOrDefault(a, a);
                String redacted = current;
                for (String name : new String[] {s.fullName(), s.sortName()}) {
                    if (name != null && !name.isBlank() && redacted.contains(name)) {
                        redacted = redacted.replace(name, people.get(s.id()));
                    }
                }
                if (!redacted.equals(current)) {
                    out.put(a, redacted);
                }
            }
        }
        return out;
    }

    private static void addApprover(java.util.Set<String> approvers, String approvedBy) {
        if (approvedBy != null && !approvedBy.isBlank()) {
            approvers.add(approvedBy.strip());
        }
    }

    static String redact(String text, Map<String, String> unnamed) {
        String out = text;
        for (Map.Entry<String, String> e : unnamed.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static List<TermEvent> termEvents(ComplianceCalculator calc, Term term, Map<String, String> unnamed) {
        LocalDate asOf = calc.asOf();
        List<TermEvent> out = new ArrayList<>();
        for (Policy p : calc.data().policies()) {
            for (PolicyVersion v : calc.data().versions(p.id())) {
                LocalDate on = v.approvedOn();
                if (term.contains(on) && !on.isAfter(asOf)) {
                    StringBuilder detail = new StringBuilder();
                    append(detail, v.approvedBy() == null || v.approvedBy().isBlank() ? null : "by " + v.approvedBy());
                    append(detail, v.minuteRef() == null || v.minuteRef().isBlank() ? null : "minute " + v.minuteRef());
                    append(detail, v.material() ? "material change: everyone re-acknowledges" : "minor change");
                    append(detail, "effective " + Dates.forPeople(v.effectiveFrom()));
                    out.add(new TermEvent(on, TermEvent.Kind.APPROVAL, p.title(), "Version " + v.label() + " approved",
                            detail.toString()));
                }
            }
            for (Review r : calc.data().reviews(p.id())) {
                LocalDate on = r.completedOn();
                if (term.contains(on) && !on.isAfter(asOf)) {
                    StringBuilder detail = new StringBuilder();
                    append(detail, r.reviewer() == null || r.reviewer().isBlank() ? null : "by " + r.reviewer());
                    if (r.meetingDate() != null) {
                        append(detail, (r.approvedBy() == null || r.approvedBy().isBlank() ? "approved"
                                : "approved by " + redact(r.approvedBy().strip(), unnamed)) + " on "
                                + Dates.forPeople(r.meetingDate()));
                    }
                    append(detail, r.minuteRef() == null || r.minuteRef().isBlank() ? null : "minute " + r.minuteRef());
                    append(detail, r.notes());
                    out.add(new TermEvent(on, TermEvent.Kind.REVIEW, p.title(),
                            "Reviewed: " + (r.outcome() == null ? "outcome not recorded" : r.outcome().label().toLowerCase(java.util.Locale.ROOT)),
                            detail.toString()));
                }
            }
        }
        out.sort(Comparator.comparing(TermEvent::date).thenComparing(TermEvent::policy, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(out);
    }

    private static void append(StringBuilder sb, String part) {
        if (part != null && !part.isBlank()) {
            sb.append(sb.isEmpty() ? "" : "; ").append(part.trim());
        }
    }
}
