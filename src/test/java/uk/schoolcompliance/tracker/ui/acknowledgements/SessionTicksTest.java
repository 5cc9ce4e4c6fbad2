package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.app.AcknowledgementService.Candidate;
import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;
import uk.schoolcompliance.tracker.ui.acknowledgements.SignOffSessionViewModel.Item;

/** A session's tick list on its own: the order of ticking, undo of the latest, and ticks carried to a new list. */
class SessionTicksTest {

    private static Candidate candidate(long id, String given, String family) {
        return new Candidate(new StaffMember(id, 1, given, family, null, null, StaffCategory.TEACHER, null,
                LocalDate.of(2020, 9, 1), null, null, null), false);
    }

    private static final Candidate ANN = candidate(1, "Ann", "Able");
    private static final Candidate BEN = candidate(2, "Ben", "Baker");
    private static final Candidate CAT = candidate(3, "Cat", "Cole");

    private static List<String> names(List<Item> items) {
        return items.stream().map(i -> i.candidate().staff().givenName()).toList();
    }

    private static Item item(SessionTicks ticks, Candidate c) {
        return ticks.items().stream().filter(i -> i.candidate().equals(c)).findFirst().orElseThrow();
    }

    @Test
    void ticksAreKeptInTheOrderTheyWereMadeAndCounted() {
        SessionTicks ticks = new SessionTicks();
        assertThat(ticks.list(List.of(ANN, BEN, CAT), List.of())).isEmpty();
        assertThat(names(ticks.items())).containsExactly("Ann", "Ben", "Cat");

        item(ticks, CAT).tickedProperty().set(true);
        item(ticks, ANN).tickedProperty().set(true);
        item(ticks, ANN).tickedProperty().set(true); // ticking twice lists once
        assertThat(names(ticks.inOrder())).containsExactly("Cat", "Ann");
        assertThat(ticks.countProperty().get()).isEqualTo(2);

        item(ticks, CAT).tickedProperty().set(false);
        item(ticks, CAT).tickedProperty().set(true); // ticked again: now the latest
        assertThat(names(ticks.inOrder())).containsExactly("Ann", "Cat");
        assertThatThrownBy(() -> ticks.inOrder().clear()).as("read only").isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void undoUnticksTheLatestFirstThenSaysThereIsNothingLeft() {
        SessionTicks ticks = new SessionTicks();
        ticks.list(List.of(ANN, BEN, CAT), List.of());
        item(ticks, BEN).tickedProperty().set(true);
        item(ticks, ANN).tickedProperty().set(true);

        assertThat(ticks.undoLast().candidate()).isEqualTo(ANN);
        assertThat(item(ticks, ANN).ticked()).isFalse();
        assertThat(ticks.undoLast().candidate()).isEqualTo(BEN);
        assertThat(ticks.countProperty().get()).isZero();
        assertThat(ticks.undoLast()).isNull();
    }

    @Test
    void tickAllTicksInTheGivenOrderAndUntickAllEmptiesTheList() {
        SessionTicks ticks = new SessionTicks();
        ticks.list(List.of(ANN, BEN, CAT), List.of());
        item(ticks, BEN).tickedProperty().set(true);
        SessionTicks.tickAll(ticks.items(), true);
        assertThat(names(ticks.inOrder())).containsExactly("Ben", "Ann", "Cat");
        SessionTicks.tickAll(List.of(item(ticks, ANN)), false);
        assertThat(names(ticks.inOrder())).containsExactly("Ben", "Cat");
        SessionTicks.tickAll(ticks.items(), false);
        assertThat(ticks.inOrder()).isEmpty();
        assertThat(ticks.countProperty().get()).isZero();
    }

    @Test
    void aNewListTicksAgainThoseStillOnItInTheirOrderAndNamesTheOthers() {
        SessionTicks ticks = new SessionTicks();
        ticks.list(List.of(ANN, BEN, CAT), List.of());
        item(ticks, CAT).tickedProperty().set(true);
        item(ticks, BEN).tickedProperty().set(true);
        item(ticks, ANN).tickedProperty().set(true);
        List<Item> before = ticks.snapshot();

        List<String> dropped = ticks.list(List.of(ANN, CAT), before); // Ben has signed since

        assertThat(dropped).containsExactly("Ben Baker");
        assertThat(names(ticks.items())).containsExactly("Ann", "Cat");
        assertThat(names(ticks.inOrder())).containsExactly("Cat", "Ann");
        assertThat(ticks.countProperty().get()).isEqualTo(2);
        assertThat(before).as("the snapshot is not the live list").hasSize(3);

        assertThat(ticks.list(List.of(ANN, BEN), List.of())).isEmpty();
        assertThat(ticks.inOrder()).as("nothing kept: nobody ticked").isEmpty();
        assertThat(ticks.countProperty().get()).isZero();
    }
}
