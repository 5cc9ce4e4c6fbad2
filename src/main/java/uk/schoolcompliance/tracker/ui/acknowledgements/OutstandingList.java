package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.domain.ObligationStatus;
import uk.schoolcompliance.tracker.ui.I18n;
import uk.schoolcompliance.tracker.ui.acknowledgements.AcknowledgementsViewModel.Group;

/**
 * The outstanding list: every gap as of the page's date, the ones the filters keep, grouped by policy or by person
 * with the people on long-term absence apart (rule 3: listed, never chased), its counts, and whom to chase by e-mail.
 */
final class OutstandingList {

    private final ObservableList<Obligation> shown = FXCollections.observableArrayList();
    private List<Obligation> all = List.of();

    /** The gaps of a new calculation (shown once {@link #apply} runs). */
    void setGaps(List<Obligation> gaps) {
        all = List.copyOf(gaps);
    }

    /** Shows the gaps these filters keep. */
    void apply(MatrixModel.Filter f) {
        shown.setAll(all.stream().filter(o -> MatrixModel.keeps(f, o)).toList());
    }

    /** The gaps shown, in the calculator's order. */
    ObservableList<Obligation> shown() {
        return shown;
    }

    /**
     * The shown gaps grouped by policy (the default) or by person, groups in list order; then, apart, one group of
     * the gaps of people on long-term absence.
     */
    List<Group> groups(boolean byStaff) {
        Map<String, List<Obligation>> map = new LinkedHashMap<>();
        List<Obligation> list = new ArrayList<>();
        List<Obligation> absent = new ArrayList<>();
        for (Obligation o : shown) {
            (o.status() == ObligationStatus.ABSENT ? absent : list).add(o);
        }
        if (byStaff) {
            list.sort(Comparator.comparing((Obligation o) -> o.staff().familyName(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(o -> o.staff().givenName(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparingLong(o -> o.staff().id())
                    .thenComparing(o -> o.policy().title(), String.CASE_INSENSITIVE_ORDER));
        }
        for (Obligation o : list) {
            String key = byStaff ? o.staff().sortName() + "\u0000" + o.staff().id() : o.policy().title();
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
        }
        List<Group> out = new ArrayList<>();
        map.forEach((k, v) -> out.add(new Group(byStaff ? v.get(0).staff().sortName() : k, v, false)));
        if (!absent.isEmpty()) {
            out.add(new Group(I18n.t("acks.group.absent"), List.copyOf(absent), true));
        }
        return out;
    }

    /** The shown gaps of people not on long-term absence. */
    long outstandingCount() {
        return shown.stream().filter(o -> o.status() != ObligationStatus.ABSENT).count();
    }

    /** The shown gaps of people on long-term absence, counted apart. */
    long absentCount() {
        return shown.stream().filter(o -> o.status() == ObligationStatus.ABSENT).count();
    }

    /** "189 outstanding (171 overdue), plus 3 on long-term absence, not chased", for what is shown. */
    String countLine() {
        long overdue = shown.stream().filter(o -> o.status() == ObligationStatus.OVERDUE).count();
        return I18n.t("acks.outstanding.countLine", outstandingCount(), overdue, absentCount());
    }

    /** The distinct e-mail addresses to chase for these gaps (people on absence are never chased). */
    static List<String> chaseEmails(List<Obligation> gaps) {
        Set<String> out = new LinkedHashSet<>();
        for (Obligation o : gaps) {
            String e = o.staff().email();
            if (o.status() != ObligationStatus.ABSENT && e != null && !e.isBlank()) {
                out.add(e.trim());
            }
        }
        return List.copyOf(out);
    }

    /** The people with gaps here and no e-mail address (to chase another way); absence never counts. */
    static long withoutEmail(List<Obligation> gaps) {
        return gaps.stream().filter(o -> o.status() != ObligationStatus.ABSENT)
                .filter(o -> o.staff().email() == null || o.staff().email().isBlank())
                .map(o -> o.staff().id()).distinct().count();
    }

    /** A mailto link with everyone in BCC and a prepared subject. */
    static String mailto(List<String> emails, String subject) {
        return "mailto:?bcc=" + String.join(",", emails) + "&subject="
                + URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
