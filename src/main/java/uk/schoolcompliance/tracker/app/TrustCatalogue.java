package uk.schoolcompliance.tracker.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.schoolcompliance.tracker.domain.StaffCategory;

/**
 * What {@link TrustGenerator} invents a trust from: the policy areas (each with its owner, approving body, audience,
 * review and re-acknowledgement frequency and its policies' titles) and the words its schools are named with.
 */
final class TrustCatalogue {

    private TrustCatalogue() {
    }

    record Area(String name, String code, String owner, String approver, Set<StaffCategory> audience,
                        Integer reviewMonths, Integer reackMonths, boolean statutory, String[] titles) {
    }

    static final Set<StaffCategory> TEACHING = Set.copyOf(EnumSet.of(StaffCategory.TEACHER,
            StaffCategory.TEACHING_ASSISTANT, StaffCategory.SLT, StaffCategory.SUPPLY));
    static final Set<StaffCategory> GOVERNANCE = Set.copyOf(EnumSet.of(StaffCategory.GOVERNOR,
            StaffCategory.SLT));
    static final Set<StaffCategory> STAFF_AND_GOVERNORS;

    static {
        EnumSet<StaffCategory> s = EnumSet.copyOf(StaffCategory.ALL_STAFF);
        s.add(StaffCategory.GOVERNOR);
        STAFF_AND_GOVERNORS = Set.copyOf(s);
    }

    static final List<Area> AREAS = List.of(
            new Area("Safeguarding", "SG", "Designated safeguarding lead", "Trust board", StaffCategory.EVERYONE, 12, 12,
                    true, new String[] {"Child Protection and Safeguarding Policy",
                            "Keeping Children Safe in Education Part 1", "Staff Code of Conduct",
                            "Whistleblowing Policy", "Low-Level Concerns Policy", "Online Safety Policy",
                            "Safer Recruitment Policy", "Allegations Against Staff Procedure"}),
            new Area("HR", "HR", "Trust HR director", "Trust board", StaffCategory.ALL_STAFF, 36, null, false,
                    new String[] {"Absence Management Policy", "Disciplinary Policy", "Grievance Policy",
                            "Capability Policy", "Pay Policy", "Appraisal Policy", "Flexible Working Policy",
                            "Leave of Absence Policy", "Staff Wellbeing Policy", "Equal Opportunities Policy"}),
            new Area("Health and safety", "HS", "Trust estates manager", "Finance and resources committee",
                    StaffCategory.EVERYONE, 12, null, true, new String[] {"Health and Safety Policy",
                            "Fire Safety Policy", "First Aid Policy", "Supporting Pupils with Medical Conditions",
                            "Lone Working Policy", "Educational Visits Policy", "Asbestos Management Plan"}),
            new Area("Curriculum", "CU", "Deputy headteacher", "Local governing body", TEACHING, 24, null, false,
                    new String[] {"Teaching and Learning Policy", "Assessment Policy", "Marking and Feedback Policy",
                            "SEND Policy", "Relationships and Sex Education Policy", "Homework Policy",
                            "Early Years Policy", "Remote Education Policy"}),
            new Area("Behaviour", "BE", "Assistant headteacher", "Local governing body", StaffCategory.ALL_STAFF, 12,
                    null, true, new String[] {"Behaviour Policy", "Anti-Bullying Policy", "Attendance Policy",
                            "Exclusions Policy", "Positive Handling Policy"}),
            new Area("Data protection", "DP", "Data protection officer", "Trust board", STAFF_AND_GOVERNORS, 24, null,
                    true, new String[] {"Data Protection Policy", "Acceptable Use of IT Policy",
                            "Records Retention Policy", "Freedom of Information Policy", "CCTV Policy",
                            "Biometric Data Policy"}),
            new Area("Governance", "GV", "Clerk to the trust", "Trust board", GOVERNANCE, 48, null, false,
                    new String[] {"Scheme of Delegation", "Governors' Code of Conduct", "Complaints Procedure",
                            "Charging and Remissions Policy", "Accessibility Plan", "Register of Interests Policy"}));

    static final String[] PLACES = {"Ashby", "Bramley", "Castleford", "Denby", "Elmswell", "Fairfield",
            "Grangewood", "Hartley", "Ingleby", "Kingsmead", "Langley", "Millbrook", "Northgate", "Oakwood",
            "Parkside", "Queensbury", "Riverside", "Southfield", "Thornton", "Upton", "Valley Road", "Westfield",
            "Woodlands", "Yarrow"};
    static final String[] KINDS = {"Primary Academy", "Academy", "Infant School", "Junior School",
            "CE Primary School", "High School"};
}
