package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.schoolcompliance.tracker.store.Repositories;
import uk.schoolcompliance.tracker.domain.AckMethod;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyStatus;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * The demo trust beside the demo school: Vale Learning Trust (two central staff) with three small schools, Ashby
 * Primary Academy (with a policy of its own), Brook Academy and Castle High School, three trust-wide policies, and
 * acknowledgements that leave each school in a different state (Ashby nearly done, Brook half, Castle just started).
 * Dates are relative to {@code today}, so the demo looks the same whenever it is made. Every row is written through
 * the repositories (audited) in one transaction.
 */
public final class DemoTrust {

    private static final String[] GIVEN = {"Amira", "Ben", "Chloe", "Dev", "Ella", "Finn", "Grace", "Hari", "Isla",
        "Jack", "Kofi", "Lena", "Mo", "Nia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tess"};
    private static final String[] FAMILY = {"Adams", "Begum", "Clarke", "Dlamini", "Evans", "Fraser", "Gill", "Hughes",
        "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Quinn", "Reid", "Shah", "Taylor"};

    private final Repositories repos;
    private final SchoolService schoolService;
    private final ComplianceService compliance;

    DemoTrust(Repositories repos, SchoolService schoolService, ComplianceService compliance) {
        this.repos = repos;
        this.schoolService = schoolService;
        this.compliance = compliance;
    }

    /** Builds the demo trust into an empty file as of {@code today}. */
    public void build(LocalDate today) {
        if (repos.staff().count() > 0 || !repos.policies().findAll().isEmpty()) {
            throw new UserException(repos.db().location() + ": the demo trust is made only in a new, empty file");
        }
        repos.db().inTransaction(c -> {
            long trust = repos.settings().ensureSchool("Vale Learning Trust", "trust");
            long ashby = schoolService.add("Ashby Primary Academy", "140001", "primary").id();
            long brook = schoolService.add("Brook Academy", "140002", "primary").id();
            long castle = schoolService.add("Castle High School", "140003", "secondary").id();
            LocalDate started = today.minusYears(3);
            int n = 0;
            List<StaffMember> central = people(trust, 2, n, started);
            n += 2;
            List<StaffMember> a = people(ashby, 6, n, started);
            n += 6;
            List<StaffMember> b = people(brook, 6, n, started);
            n += 6;
            List<StaffMember> cs = people(castle, 6, n, started);
            LocalDate effective = today.minusMonths(5);
            PolicyVersion conduct = policy(null, "Staff Code of Conduct", "Trust board", 12, effective);
            PolicyVersion safeguarding = policy(null, "Child Protection and Safeguarding Policy", "Trust board", 12,
                    today.minusMonths(3));
            PolicyVersion data = policy(null, "Data Protection Policy", "Trust board", 24, today.minusMonths(14));
            PolicyVersion local = policy(ashby, "Forest School Risk Assessment (Ashby Primary Academy)",
                    "Local governing body", 12, today.minusMonths(11));
            ack(central, List.of(conduct, safeguarding, data), 2, today);
            ack(a, List.of(conduct, safeguarding, data, local), 6, today);
            ack(b, List.of(conduct, safeguarding, data), 3, today);
            ack(cs, List.of(conduct), 1, today);
            return null;
        });
        compliance.forget();
    }

    private List<StaffMember> people(long school, int count, int from, LocalDate started) {
        List<StaffMember> out = new ArrayList<>();
        StaffCategory[] cats = {StaffCategory.TEACHER, StaffCategory.TEACHER, StaffCategory.TEACHING_ASSISTANT,
            StaffCategory.SUPPORT, StaffCategory.SLT, StaffCategory.TEACHER};
        for (int i = 0; i < count; i++) {
            int k = from + i;
            StaffCategory cat = cats[i % cats.length];
            out.add(repos.staff().insert(new StaffMember(0, school, GIVEN[k % GIVEN.length], FAMILY[k % FAMILY.length],
                    "VLT" + (1001 + k), null, cat, cat.label(), started.minusMonths(k), null, null, null)));
        }
        return out;
    }

    private PolicyVersion policy(Long school, String title, String body, int months, LocalDate effective) {
        Policy p = repos.policies().insert(new Policy(0, school, title, null, "Safeguarding", true, "Headteacher", body,
                months, null, null, null, PolicyStatus.ACTIVE, StaffCategory.ALL_STAFF));
        return repos.versions().insert(new PolicyVersion(0, p.id(), "1.0", null, null, null, body, effective, null,
                effective, null, true), null);
    }

    /** The first {@code done} people acknowledge every version given, a week after it took effect. */
    private void ack(List<StaffMember> people, List<PolicyVersion> versions, int done, LocalDate today) {
        for (int i = 0; i < Math.min(done, people.size()); i++) {
            for (PolicyVersion v : versions) {
                LocalDate on = v.effectiveFrom().plusDays(7);
                repos.acknowledgements().insert(new Acknowledgement(0, people.get(i).id(), v.id(),
                        on.isAfter(today) ? today : on, AckMethod.PAPER, "Office", null, false, null));
            }
        }
    }
}
