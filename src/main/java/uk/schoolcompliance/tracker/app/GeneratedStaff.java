package uk.schoolcompliance.tracker.app;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import uk.schoolcompliance.tracker.domain.InductionItem;
import uk.schoolcompliance.tracker.domain.InductionItemKind;
import uk.schoolcompliance.tracker.domain.InductionRules;
import uk.schoolcompliance.tracker.domain.InductionTemplateItem;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.store.BulkInsert;

/**
 * The people of a generated trust ({@link TrustGenerator}): made-up staff with realistic categories, start and leave
 * dates and absences, the induction templates, and the new starters' induction plans. It draws from the
 * generator's random source in the generator's order, so a seed still gives the same trust.
 */
final class GeneratedStaff {

    private static final String[] GIVEN = {"Sarah", "James", "Priya", "Rachel", "Tom", "Aisha", "David", "Emma",
            "Mohammed", "Olivia", "Daniel", "Sophie", "Hannah", "Oliver", "Grace", "Samuel", "Chloe", "Jack",
            "Fatima", "Liam", "Amelia", "Harry", "Zara", "Joseph", "Ella", "Ryan", "Lucy", "Adam", "Megan", "Ben",
            "Nadia", "Chris", "Laura", "Kwame", "Jessica", "Matthew", "Yusuf", "Katie", "Andrew", "Helen"};
    private static final String[] FAMILY = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
            "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White",
            "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner",
            "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison",
            "Morgan", "Allen", "Khan", "Ali", "Okafor", "Nowak", "O'Brien", "Shah", "Begum", "Murphy", "Kaur",
            "Mensah"};
    static final String[] OFFICE = {"K. Barnes (office manager)", "L. Ahmed (HR officer)",
            "J. Doyle (school business manager)", "M. Price (office)"};

    /** Categories and their share of a school's people (teachers and SLT about half of them). */
    private static final StaffCategory[] CATEGORY = {StaffCategory.TEACHER, StaffCategory.SLT,
            StaffCategory.TEACHING_ASSISTANT, StaffCategory.SUPPORT, StaffCategory.GOVERNOR, StaffCategory.VOLUNTEER,
            StaffCategory.SUPPLY, StaffCategory.CONTRACTOR};
    private static final double[] CATEGORY_SHARE = {0.43, 0.05, 0.20, 0.16, 0.08, 0.03, 0.03, 0.02};

    private static final Map<StaffCategory, String[]> JOBS = Map.of(
            StaffCategory.TEACHER, new String[] {"Class teacher", "Subject teacher", "Head of year", "SENCO",
                    "Early career teacher", "Subject lead"},
            StaffCategory.SLT, new String[] {"Headteacher", "Deputy headteacher", "Assistant headteacher",
                    "School business manager"},
            StaffCategory.TEACHING_ASSISTANT, new String[] {"Teaching assistant", "HLTA",
                    "Learning support assistant"},
            StaffCategory.SUPPORT, new String[] {"Office administrator", "Site manager", "Midday supervisor",
                    "Cook", "Cleaner", "IT technician"},
            StaffCategory.GOVERNOR, new String[] {"Parent governor", "Co-opted governor", "Trustee"},
            StaffCategory.VOLUNTEER, new String[] {"Reading volunteer", "Trip volunteer"},
            StaffCategory.SUPPLY, new String[] {"Supply teacher", "Agency cover supervisor"},
            StaffCategory.CONTRACTOR, new String[] {"Sports coach", "Catering contractor", "Peripatetic music tutor"});

    private final SplittableRandom rng;
    private final LocalDate today;
    private int plans;
    private int items;

    GeneratedStaff(SplittableRandom rng, LocalDate today) {
        this.rng = rng;
        this.today = today;
    }

    /** How many induction plans and items were written. */
    int plans() {
        return plans;
    }

    int items() {
        return items;
    }

    List<StaffMember> writeStaff(BulkInsert.Sink sink, int count, int schools) {
        List<StaffMember> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            StaffCategory cat = pickCategory();
            String given = GIVEN[rng.nextInt(GIVEN.length)];
            String family = FAMILY[rng.nextInt(FAMILY.length)];
            long school = schools == 1 ? 1 : (rng.nextDouble() < 0.02 ? 1 : 2 + rng.nextInt(schools - 1));
            LocalDate start;
            double r = rng.nextDouble();
            if (r < 0.02) {
                start = today.plusDays(1 + rng.nextInt(45)); // starting soon
            } else if (r < 0.07) {
                start = today.minusDays(rng.nextInt(60)); // new starters
            } else {
                start = today.minusDays(60 + (long) (Math.pow(rng.nextDouble(), 1.7) * 20 * 365));
                if ((cat == StaffCategory.TEACHER || cat == StaffCategory.TEACHING_ASSISTANT) && rng.nextDouble() < 0.6) {
                    LocalDate sept = LocalDate.of(start.getYear(), Month.SEPTEMBER, 1);
                    start = sept.isAfter(today.minusDays(60)) ? sept.minusYears(1) : sept;
                }
            }
            LocalDate leave = null;
            if (!start.isAfter(today) && rng.nextDouble() < 0.12) {
                long span = java.time.temporal.ChronoUnit.DAYS.between(start, today.plusDays(60));
                leave = start.plusDays(30 + (span > 31 ? rng.nextLong(span - 30) : 0));
            }
            LocalDate absFrom = null;
            LocalDate absTo = null;
            if (leave == null && start.isBefore(today.minusDays(200)) && rng.nextDouble() < 0.015) {
                absFrom = today.minusDays(10 + rng.nextInt(150));
                absTo = rng.nextBoolean() ? null : today.plusDays(10 + rng.nextInt(90));
            }
            String email = rng.nextDouble() < 0.97 ? (given.charAt(0) + "." + family.replaceAll("[^A-Za-z]", "") + i
                    + "@riverside-trust.org.uk").toLowerCase(Locale.ROOT) : null;
            String[] jobs = JOBS.get(cat);
            String ref = cat == StaffCategory.GOVERNOR || cat == StaffCategory.VOLUNTEER ? null
                    : "P" + (100000 + i);
            StaffMember s = new StaffMember(i, school, given, family, ref, email, cat, jobs[rng.nextInt(jobs.length)],
                    start, leave, absFrom, absTo);
            sink.staff(s);
            out.add(s);
        }
        return out;
    }

    private StaffCategory pickCategory() {
        double r = rng.nextDouble();
        for (int i = 0; i < CATEGORY.length; i++) {
            r -= CATEGORY_SHARE[i];
            if (r < 0) {
                return CATEGORY[i];
            }
        }
        return CATEGORY[0];
    }

    Map<StaffCategory, List<InductionTemplateItem>> writeTemplates(BulkInsert.Sink sink, List<Policy> policies) {
        Map<StaffCategory, List<InductionTemplateItem>> out = new java.util.EnumMap<>(StaffCategory.class);
        long id = 1;
        String[][] tasks = {{"Identity, DBS and right-to-work checks seen", "0"},
                {"Meet the designated safeguarding lead", "1"}, {"Fire procedures and evacuation walk-round", "1"},
                {"IT account and email set up", "3"}, {"Safeguarding training (level 1)", "14"}};
        for (StaffCategory cat : StaffCategory.values()) {
            List<InductionTemplateItem> list = new ArrayList<>();
            int pos = 1;
            for (String[] t : tasks) {
                if (cat == StaffCategory.GOVERNOR && t[0].startsWith("IT")) {
                    continue;
                }
                list.add(new InductionTemplateItem(id++, cat, pos++, InductionItemKind.TASK, null, t[0],
                        Integer.parseInt(t[1])));
            }
            int policyItems = 0;
            for (Policy p : policies) {
                if (policyItems == 3) {
                    break;
                }
                if (p.schoolId() == null && p.isActive() && p.appliesTo(cat) && "Safeguarding".equals(p.area())) {
                    list.add(new InductionTemplateItem(id++, cat, pos++, InductionItemKind.POLICY, p.id(),
                            "Read and acknowledge: " + p.title(), 3 + 2 * policyItems));
                    policyItems++;
                }
            }
            list.forEach(sink::templateItem);
            out.put(cat, list);
        }
        return out;
    }

    void writeInduction(BulkInsert.Sink sink, List<StaffMember> staff,
                                Map<StaffCategory, List<InductionTemplateItem>> templates) {
        for (StaffMember s : staff) {
            if (!InductionRules.needsPlan(s.startDate(), today) || s.leftBy(today)) {
                continue;
            }
            long planId = ++plans;
            LocalDate created = s.startDate().minusDays(7).isAfter(today) ? today : s.startDate().minusDays(7);
            sink.plan(planId, s.id(), created);
            for (InductionTemplateItem t : templates.get(s.category())) {
                LocalDate due = s.startDate().plusDays(t.dueDays());
                LocalDate done = null;
                String by = null;
                if (t.kind() == InductionItemKind.TASK && due.isBefore(today.plusDays(1)) && rng.nextDouble() < 0.75) {
                    LocalDate d = due.plusDays(rng.nextInt(5) - 1);
                    if (d.isBefore(s.startDate())) {
                        d = s.startDate();
                    }
                    if (!d.isAfter(today)) {
                        done = d;
                        by = OFFICE[rng.nextInt(OFFICE.length)];
                    }
                }
                sink.inductionItem(new InductionItem(++items, planId, t.position(), t.kind(), t.policyId(), t.title(),
                        due, done, by));
            }
        }
    }
}
