package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import uk.schoolcompliance.tracker.Editors;
import uk.schoolcompliance.tracker.StoreKind;
import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.domain.Editing;
import uk.schoolcompliance.tracker.domain.RecordStamp;
import uk.schoolcompliance.tracker.domain.StaffMember;

/**
 * Issue #19: two people editing the same staff record. The second save from the same version is refused with "changed
 * by LOGIN at HH:MM since you opened it", both values per field, and nothing is overwritten; on both stores.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class EditConflictTest {

    @Parameter
    StoreKind store;

    @TempDir
    Path dir;

    private Editors editors;

    @BeforeEach
    void annaActsFirst() {
        editors = new Editors(store, Editors.ANNA);
    }

    private TrackerServices open() {
        return editors.open(dir);
    }

    private static StaffMember someone(TrackerServices s) {
        return s.allStaff().stream().filter(m -> m.leaveDate() == null && m.email() != null).findFirst().orElseThrow();
    }

    @Test
    void theSecondSaveFromTheSameVersionIsRefusedWithBothValuesAndNothingIsOverwritten() {
        TrackerServices s = open();
        StaffService staff = s.staffService();
        StaffMember person = someone(s);
        Editing<StaffMember> annas = staff.openForEdit(person.id());
        Editing<StaffMember> bens = staff.openForEdit(person.id());
        assertThat(annas.version()).isEqualTo(bens.version());
        assertThat(annas.record()).isEqualTo(person);

        StaffMember annaSaved = staff.update(withJob(annas.record(), "Head of Year 7"), annas.version());
        int auditLines = s.repositories().audit().recent(10_000, "staff", person.id()).size();

        editors.actAs(Editors.BEN);
        StaffMember bensEdit = new StaffMember(person.id(), person.schoolId(), person.givenName(), person.familyName(),
                person.staffRef(), "ben.typed@example.org", person.category(), "Teacher of maths", person.startDate(),
                person.leaveDate(), person.absenceFrom(), person.absenceTo(), person.dateOfBirth());
        RecordStamp theirs = s.repositories().staff().stamp(person.id()).orElseThrow();
        String hhmm = Editors.hhmm(theirs);
        assertThatThrownBy(() -> staff.update(bensEdit, bens.version()))
                .isInstanceOf(UserException.class)
                .hasMessage("Staff member " + person.fullName() + " was changed by " + editors.login(Editors.ANNA) + " at " + hhmm
                        + " since you opened it; nothing was saved. Job title: theirs 'Head of Year 7', yours 'Teacher of maths'; "
                        + "Email: theirs '" + person.email() + "', yours 'ben.typed@example.org'");

        assertThat(staff.find(person.id())).isEqualTo(annaSaved);
        assertThat(s.repositories().audit().recent(10_000, "staff", person.id())).hasSize(auditLines);
        assertThat(s.repositories().staff().stamp(person.id()).orElseThrow()).isEqualTo(theirs);

        // Ben reopens the record and saves again: now it goes through, on top of Anna's change
        Editing<StaffMember> reopened = staff.openForEdit(person.id());
        assertThat(reopened.version()).isEqualTo(theirs.version());
        staff.update(withJob(reopened.record(), "Teacher of maths"), reopened.version());
        RecordStamp now = s.repositories().staff().stamp(person.id()).orElseThrow();
        assertThat(now.version()).isEqualTo(theirs.version() + 1);
        assertThat(now.changedBy()).isEqualTo(store == StoreKind.POSTGRESQL ? "postgres" : "Office Ben");
        assertThat(staff.find(person.id()).jobTitle()).isEqualTo("Teacher of maths");
    }

    @Test
    void aStaleSaveThatSaysWhatTheirChangeSaidHasNothingToSaveAndIsNotRefused() {
        TrackerServices s = open();
        StaffMember person = someone(s);
        Editing<StaffMember> a = s.staffService().openForEdit(person.id());
        Editing<StaffMember> b = s.staffService().openForEdit(person.id());
        s.staffService().update(withJob(a.record(), "Site manager"), a.version());
        StaffMember result = s.staffService().update(withJob(b.record(), "Site manager"), b.version());
        assertThat(result.jobTitle()).isEqualTo("Site manager");
        assertThat(s.repositories().staff().stamp(person.id()).orElseThrow().version()).isEqualTo(a.version() + 1);
    }

    @Test
    void changesThroughOtherPathsMoveTheVersionTooSoAnOpenFormCannotUndoThem() {
        TrackerServices s = open();
        StaffMember person = someone(s);
        Editing<StaffMember> opened = s.staffService().openForEdit(person.id());
        s.staffService().markLeaver(person.id(), TestDemo.AS_OF);
        assertThatThrownBy(() -> s.staffService().update(withJob(opened.record(), "Caretaker"), opened.version()))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("since you opened it; nothing was saved.")
                .hasMessageContaining("Leave date: theirs " + uk.schoolcompliance.tracker.domain.Dates.forPeople(TestDemo.AS_OF)
                        + ", yours (none)");
        assertThat(s.staffService().find(person.id()).leaveDate()).isEqualTo(TestDemo.AS_OF);
    }

    @Test
    void ofManySimultaneousSavesFromOneVersionExactlyOneWins() throws Exception {
        String target = store.demoTarget(dir);
        List<TrackerServices> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) { // a file has one writer (its lock): there, the threads of one app share it
            clients.add(store == StoreKind.POSTGRESQL || clients.isEmpty()
                    ? editors.openTarget(target) : clients.get(0));
        }
        StaffMember person = someone(clients.get(0));
        long version = clients.get(0).staffService().openForEdit(person.id()).version();
        // on a file the app has one worker thread (FxTaskExecutor): the same saves, made in turn
        ExecutorService pool = Executors.newFixedThreadPool(store == StoreKind.POSTGRESQL ? 8 : 1);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            TrackerServices c = clients.get(i);
            String job = "Job " + i;
            results.add(pool.submit(() -> {
                go.await();
                try {
                    c.staffService().update(withJob(person, job), version);
                    return "saved " + job;
                } catch (UserException e) {
                    return "refused";
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes.stream().filter(o -> o.startsWith("saved")).toList()).hasSize(1);
        String winner = outcomes.stream().filter(o -> o.startsWith("saved")).findFirst().orElseThrow().substring(6);
        assertThat(clients.get(0).staffService().find(person.id()).jobTitle()).isEqualTo(winner);
        assertThat(clients.get(0).repositories().staff().stamp(person.id()).orElseThrow().version()).isEqualTo(version + 1);
        clients.stream().distinct().forEach(TrackerServices::close);
    }

    private static StaffMember withJob(StaffMember m, String job) {
        return new StaffMember(m.id(), m.schoolId(), m.givenName(), m.familyName(), m.staffRef(), m.email(),
                m.category(), job, m.startDate(), m.leaveDate(), m.absenceFrom(), m.absenceTo(), m.dateOfBirth());
    }
}
