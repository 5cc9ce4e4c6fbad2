package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import uk.schoolcompliance.tracker.Editors;
import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.RecordStamp;
import uk.schoolcompliance.tracker.domain.School;

/**
 * Issue #19 for a school's name, URN and phase: two people renaming the same school. The second save from the same
 * version is refused with both values, nothing written and no audit line; on both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class SchoolEditConflictTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private Editors editors;

    @BeforeEach
    void annaActsFirst() {
        editors = new Editors(store, Editors.ANNA);
    }

    @Test
    void theSecondRenameFromTheSameVersionIsRefusedWithBothValuesAndNothingIsWritten() {
        TrackerServices s = editors.open(dir);
        SchoolService schools = s.schoolService();
        Editing<School> annas = schools.schoolsForEdit().get(0);
        Editing<School> bens = schools.schoolsForEdit().get(0);
        School school = annas.record();
        assertThat(school).isEqualTo(schools.schools().get(0));

        schools.update(school.id(), "Oakfield Primary Academy", school.urn(), school.phase(), annas.version());
        RecordStamp theirs = s.repositories().schools().stamp(school.id()).orElseThrow();
        assertThat(theirs.version()).isEqualTo(annas.version() + 1);
        int lines = s.repositories().audit().recent(10_000, "school", school.id()).size();

        editors.actAs(Editors.BEN);
        String hhmm = Editors.hhmm(theirs);
        assertThatThrownBy(() -> schools.update(school.id(), "Oakfield School", "123456", school.phase(), bens.version()))
                .isInstanceOf(UserException.class)
                .hasMessage("School 'Oakfield Primary Academy' was changed by " + editors.login(Editors.ANNA) + " at " + hhmm
                        + " since you opened it; nothing was saved. Name: theirs 'Oakfield Primary Academy', yours "
                        + "'Oakfield School'; URN: theirs " + (school.urn() == null ? "(none)" : "'" + school.urn() + "'")
                        + ", yours '123456'");
        assertThat(schools.schools().get(0).name()).isEqualTo("Oakfield Primary Academy");
        assertThat(schools.schools().get(0).urn()).isEqualTo(school.urn());
        assertThat(s.repositories().audit().recent(10_000, "school", school.id())).hasSize(lines);
        assertThat(s.repositories().schools().stamp(school.id()).orElseThrow()).isEqualTo(theirs);

        // the same words as theirs: nothing to save, not refused
        assertThat(schools.update(school.id(), "Oakfield Primary Academy", school.urn(), school.phase(), bens.version())
                .name()).isEqualTo("Oakfield Primary Academy");

        // opened again, Ben's rename goes through
        Editing<School> reopened = schools.schoolsForEdit().get(0);
        assertThat(reopened.version()).isEqualTo(theirs.version());
        schools.update(school.id(), "Oakfield School", school.urn(), school.phase(), reopened.version());
        assertThat(schools.schools().get(0).name()).isEqualTo("Oakfield School");
        assertThat(s.repositories().schools().stamp(school.id()).orElseThrow().changedBy()).isEqualTo(editors.login(Editors.BEN));
    }

    @Test
    void aRefusedNameIsStillRefusedByTheSameRuleAndMovesNoVersion() {
        TrackerServices s = editors.open(dir);
        Editing<School> opened = s.schoolService().schoolsForEdit().get(0);
        School school = opened.record();
        assertThatThrownBy(() -> s.schoolService().update(school.id(), " ", null, null, opened.version()))
                .hasMessage("--name: a school needs a name");
        assertThat(s.repositories().schools().stamp(school.id()).orElseThrow().version()).isEqualTo(opened.version());
    }
}
