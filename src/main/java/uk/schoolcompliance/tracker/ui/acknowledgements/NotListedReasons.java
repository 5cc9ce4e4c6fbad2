package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.ComplianceRules;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.I18n;

/**
 * Why the people whose names match what was typed are not on a sign-off session's list: already signed (which
 * version, when), or not in scope of the policy (not started, left, a category it does not apply to, the policy
 * not active). At most {@link #MAX_EXPLAINED} are named, then "and N more".
 */
final class NotListedReasons {

    /** The most people the "no one outstanding matches" line explains one by one. */
    static final int MAX_EXPLAINED = 4;

    private NotListedReasons() {
    }

    /**
     * One phrase per matching person who is not listed, by family then given name.
     *
     * @param listed the ids of the people on the list (never explained)
     * @param words  the typed words ({@link NameWords#words})
     */
    static List<String> of(SchoolData data, Policy p, PolicyVersion v, LocalDate on, Set<Long> listed, List<String> words) {
        List<PolicyVersion> chrono = data.versions(p.id());
        List<String> out = new ArrayList<>();
        data.staff().stream().filter(s -> !listed.contains(s.id()) && NameWords.matches(s, words))
                .sorted(Comparator.comparing(StaffMember::familyName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(StaffMember::givenName, String.CASE_INSENSITIVE_ORDER))
                .forEach(s -> {
                    if (ComplianceRules.inScope(s, p, on)) {
                        Optional<Acknowledgement> signed = AcknowledgementService.signedBy(chrono,
                                data.acknowledgements(s.id(), p.id()), v.id(), p.reackMonths(), on);
                        signed.ifPresent(a -> out.add(I18n.t("acks.session.match.signed", s.fullName(),
                                chrono.stream().filter(x -> x.id() == a.versionId()).map(PolicyVersion::label)
                                        .findFirst().orElse("?"), Dates.forPeople(a.date()))));
                    } else {
                        out.add(I18n.t("acks.session.match.outOfScope", s.fullName(), outOfScope(s, p, on)));
                    }
                });
        if (out.size() > MAX_EXPLAINED) {
            int more = out.size() - MAX_EXPLAINED;
            List<String> shown = new ArrayList<>(out.subList(0, MAX_EXPLAINED));
            shown.add(I18n.t("acks.session.match.more", more));
            return shown;
        }
        return out;
    }

    /** Why someone is not in scope, in a few words: "volunteer", "left on 31/08/2026". */
    static String outOfScope(StaffMember s, Policy p, LocalDate on) {
        if (s.startDate().isAfter(on)) {
            return I18n.t("acks.session.reason.starts", Dates.forPeople(s.startDate()));
        }
        if (s.leftBy(on)) {
            return I18n.t("acks.session.reason.left", Dates.forPeople(s.leaveDate()));
        }
        if (!p.appliesTo(s.category())) {
            return s.category().label().toLowerCase(Locale.ROOT);
        }
        return p.status().label().toLowerCase(Locale.ROOT);
    }
}
