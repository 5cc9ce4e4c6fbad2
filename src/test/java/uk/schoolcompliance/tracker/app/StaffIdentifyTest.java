package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * The one rule for a typed staff identifier: an exact (case-insensitive) staff reference or e-mail; {@code #ID} only
 * when asked for explicitly; never a substring, a name or a bare database id; several matches are an error listing
 * the candidates.
 */
class StaffIdentifyTest {

    @TempDir
    Path dir;

    private TrackerServices s;
    private StaffMember sarah;

    @BeforeEach
    void demo() {
        s = TestDemo.open(dir);
        sarah = s.repositories().staff().findByRef("P10237").orElseThrow();
        assertThat(sarah.fullName()).isEqualTo("Sarah Whitfield");
    }

    private StaffMember add(String given, String family, String ref, String email) {
        // straight through the repository: the form's own checks would refuse some of these near-duplicates, but an
        // older import or a hand-edited file can hold them, and the lookup must still never guess
        return s.repositories().staff().insert(new StaffMember(0, s.repositories().settings().schoolId().orElseThrow(), given, family, ref, email,
                StaffCategory.TEACHER, null, LocalDate.of(2020, 9, 1), null, null, null));
    }

    @Test
    void anExactReferenceOrEmailInAnyCase() {
        assertThat(s.staffService().identify("P10237")).isEqualTo(sarah);
        assertThat(s.staffService().identify("p10237")).isEqualTo(sarah);
        assertThat(s.staffService().identify("  P10237 ")).isEqualTo(sarah);
        assertThat(s.staffService().identify("S.WHITFIELD@Oakfield.sch.uk")).isEqualTo(sarah);
    }

    @Test
    void neverASubstringANameOrAPartOfAnEmail() {
        for (String key : new String[] {"P1023", "10237", "P102370", "Whitfield", "Sarah Whitfield", "whitfield@oakfield.sch.uk",
                "s.whitfield", "oakfield.sch.uk", "%", "P1023_", "*"}) {
            assertThatThrownBy(() -> s.staffService().identify(key)).as(key).isInstanceOf(UserException.class)
                    .hasMessageContaining("no staff member with the staff reference");
        }
    }

    @Test
    void digitsAreAReferenceAndHashDigitsTheDatabaseId() {
        StaffMember seven = s.repositories().staff().findById(7).orElseThrow();
        StaffMember refSeven = add("Reference", "Seven", "7", null);
        assertThat(refSeven.id()).isNotEqualTo(7);
        assertThat(s.staffService().identify("7")).isEqualTo(refSeven);
        assertThat(s.staffService().identify("#7")).isEqualTo(seven);
        assertThat(s.staffService().identify("#" + refSeven.id())).isEqualTo(refSeven);
        // an id with no reference of that name is not found: ids are never guessed from digits
        assertThatThrownBy(() -> s.staffService().identify(String.valueOf(sarah.id())))
                .isInstanceOf(UserException.class)
                .hasMessage("--staff: no staff member with the staff reference '" + sarah.id() + "'");
        assertThatThrownBy(() -> s.staffService().identify("#999999")).isInstanceOf(UserException.class)
                .hasMessage("--staff: no staff member with the database id #999999");
    }

    @Test
    void noMatchNamesWhatWasTried() {
        assertThatThrownBy(() -> s.staffService().identify("ZZZ")).isInstanceOf(UserException.class)
                .hasMessage("--staff: no staff member with the staff reference 'ZZZ'");
        assertThatThrownBy(() -> s.staffService().identify("nobody@nowhere.org")).isInstanceOf(UserException.class)
                .hasMessage("--staff: no staff member with the staff reference or e-mail 'nobody@nowhere.org'");
        assertThatThrownBy(() -> s.staffService().identify("  ")).isInstanceOf(UserException.class)
                .hasMessage("--staff: give a staff reference, an e-mail address or #ID");
        assertThatThrownBy(() -> s.staffService().identify(null)).isInstanceOf(UserException.class)
                .hasMessage("--staff: give a staff reference, an e-mail address or #ID");
        assertThatThrownBy(() -> s.staffService().identify("ZZZ", "Staff member")).isInstanceOf(UserException.class)
                .hasMessage("Staff member: no staff member with the staff reference 'ZZZ'");
    }

    @Test
    void severalMatchesAreAnErrorListingTheCandidates() {
        StaffMember upper = add("Dan", "Cole", "DC1", "dan.cole@example.org");
        StaffMember lower = add("Daniel", "Coleman", "dc1", null);
        assertThatThrownBy(() -> s.staffService().identify("Dc1")).isInstanceOf(UserException.class)
                .hasMessage("--staff: 'Dc1' matches several people: Dan Cole (DC1), Daniel Coleman (dc1); "
                        + "use their e-mail or #ID (#" + upper.id() + ", #" + lower.id() + ")");
        // each is still reachable exactly
        assertThat(s.staffService().identify("dan.cole@example.org")).isEqualTo(upper);
        assertThat(s.staffService().identify("#" + lower.id())).isEqualTo(lower);

        // one person's reference is another's e-mail
        StaffMember refIsEmail = add("Eve", "Odd", "DAN.COLE@example.org", null);
        assertThatThrownBy(() -> s.staffService().identify("dan.cole@example.org")).isInstanceOf(UserException.class)
                .hasMessageContaining("matches several people: Dan Cole (DC1), Eve Odd (DAN.COLE@example.org)");
        assertThat(s.staffService().identify("#" + refIsEmail.id())).isEqualTo(refIsEmail);

        // a reference that looks like an explicit id, while that id is someone else
        StaffMember hashRef = add("Hash", "Ref", "#" + sarah.id(), null);
        assertThatThrownBy(() -> s.staffService().identify("#" + sarah.id())).isInstanceOf(UserException.class)
                .hasMessageContaining("matches several people: Sarah Whitfield (P10237), Hash Ref (#" + sarah.id() + ")");
        assertThat(s.staffService().identify("#" + hashRef.id())).isEqualTo(hashRef);
    }

    @Test
    void someoneWithoutAReferenceIsListedByTheirId() {
        StaffMember a = add("Pat", "Same", null, "PAT@example.org");
        StaffMember b = add("Pat", "Same", "pat@example.org", null);
        assertThatThrownBy(() -> s.staffService().identify("pat@example.org")).isInstanceOf(UserException.class)
                .hasMessage("--staff: 'pat@example.org' matches several people: Pat Same (#" + a.id() + "), Pat Same "
                        + "(pat@example.org); use their e-mail or #ID (#" + a.id() + ", #" + b.id() + ")");
    }
}
