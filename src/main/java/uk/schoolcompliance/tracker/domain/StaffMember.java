package uk.schoolcompliance.tracker.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A member of staff (or governor, volunteer, contractor). {@code id} is 0 before the record is saved.
 * {@code leaveDate} is empty while in post; an absence period with no end is open-ended.
 * {@code dateOfBirth} is optional (held only when a staff import brought it) and serves to tell apart people
 * without a staff reference or email who share a name.
 */
public record StaffMember(
        long id,
        long schoolId,
        String givenName,
        String familyName,
        String staffRef,
        String email,
        StaffCategory category,
        String jobTitle,
        LocalDate startDate,
        LocalDate leaveDate,
        LocalDate absenceFrom,
        LocalDate absenceTo,
        LocalDate dateOfBirth) {

    public StaffMember {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(startDate, "startDate");
    }

    /** A staff member whose date of birth is not held. */
    public StaffMember(long id, long schoolId, String givenName, String familyName, String staffRef, String email,
                       StaffCategory category, String jobTitle, LocalDate startDate, LocalDate leaveDate,
                       LocalDate absenceFrom, LocalDate absenceTo) {
        this(id, schoolId, givenName, familyName, staffRef, email, category, jobTitle, startDate, leaveDate,
                absenceFrom, absenceTo, null);
    }

    /** Rule 1: in post on D when start ≤ D and no leave date ≤ D (leaving on D means gone on D). */
    public boolean inPostOn(LocalDate d) {
        return !startDate.isAfter(d) && (leaveDate == null || leaveDate.isAfter(d));
    }

    /** Has left on or before D. */
    public boolean leftBy(LocalDate d) {
        return leaveDate != null && !leaveDate.isAfter(d);
    }

    /** On long-term absence on D (absence period covers D, inclusive at both ends). */
    public boolean absentOn(LocalDate d) {
        return absenceFrom != null && !absenceFrom.isAfter(d) && (absenceTo == null || !absenceTo.isBefore(d));
    }

    public String fullName() {
        return (givenName + " " + familyName).trim();
    }

    /** "Family, Given" for sorted lists. */
    public String sortName() {
        return familyName + ", " + givenName;
    }

    public StaffMember withId(long newId) {
        return new StaffMember(newId, schoolId, givenName, familyName, staffRef, email, category, jobTitle,
                startDate, leaveDate, absenceFrom, absenceTo, dateOfBirth);
    }

    /** The same person in another school (for a trust's central team, the trust's own row). */
    public StaffMember withSchool(long school) {
        return new StaffMember(id, school, givenName, familyName, staffRef, email, category, jobTitle,
                startDate, leaveDate, absenceFrom, absenceTo, dateOfBirth);
    }

    public StaffMember withLeaveDate(LocalDate date) {
        return new StaffMember(id, schoolId, givenName, familyName, staffRef, email, category, jobTitle,
                startDate, date, absenceFrom, absenceTo, dateOfBirth);
    }

    public StaffMember withAbsence(LocalDate from, LocalDate to) {
        return new StaffMember(id, schoolId, givenName, familyName, staffRef, email, category, jobTitle,
                startDate, leaveDate, from, to, dateOfBirth);
    }

    public StaffMember withStaffRef(String ref) {
        return new StaffMember(id, schoolId, givenName, familyName, ref, email, category, jobTitle,
                startDate, leaveDate, absenceFrom, absenceTo, dateOfBirth);
    }

    public StaffMember withEmail(String address) {
        return new StaffMember(id, schoolId, givenName, familyName, staffRef, address, category, jobTitle,
                startDate, leaveDate, absenceFrom, absenceTo, dateOfBirth);
    }

    public StaffMember withJobTitle(String title) {
        return new StaffMember(id, schoolId, givenName, familyName, staffRef, email, category, title,
                startDate, leaveDate, absenceFrom, absenceTo, dateOfBirth);
    }

    public StaffMember withDateOfBirth(LocalDate date) {
        return new StaffMember(id, schoolId, givenName, familyName, staffRef, email, category, jobTitle,
                startDate, leaveDate, absenceFrom, absenceTo, date);
    }
}
