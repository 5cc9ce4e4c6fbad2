package uk.schoolcompliance.tracker.ui.acknowledgements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.ui.acknowledgements.SignOffSessionViewModel.Item;

/**
 * A sign-off session's names and their ticks: the ticked people in the order they were ticked (to check against
 * the paper sheet), the latest one undone first, and the ticks carried over to a new list of the same people.
 */
final class SessionTicks {

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    /** The ticked people, in the order they were ticked (the latest last). */
    private final ObservableList<Item> inOrder = FXCollections.observableArrayList();
    private final ObservableList<Item> inOrderView = FXCollections.unmodifiableObservableList(inOrder);
    private final IntegerProperty count = new SimpleIntegerProperty();

    /**
     * Lists these people, nobody ticked, then ticks again (in their order) those of {@code keep} who are still
     * listed. Returns the full names of those of {@code keep} who are not, whose ticks had to go.
     */
    List<String> list(List<AcknowledgementService.Candidate> candidates, List<Item> keep) {
        items.clear();
        inOrder.clear();
        count.set(0);
        Map<Long, Item> byId = new HashMap<>();
        for (AcknowledgementService.Candidate c : candidates) {
            Item item = new Item(c);
            item.tickedProperty().addListener((o, a, b) -> {
                if (b) {
                    if (!inOrder.contains(item)) {
                        inOrder.add(item);
                    }
                } else {
                    inOrder.remove(item);
                }
                count.set(inOrder.size());
            });
            items.add(item);
            byId.put(c.staff().id(), item);
        }
        List<String> dropped = new ArrayList<>();
        for (Item old : keep) {
            Item now = byId.get(old.candidate().staff().id());
            if (now == null) {
                dropped.add(old.candidate().staff().fullName());
            } else {
                now.tickedProperty().set(true);
            }
        }
        return dropped;
    }

    /** Unticks the most recent tick; returns that person, or null when nobody is ticked. */
    Item undoLast() {
        if (inOrder.isEmpty()) {
            return null;
        }
        Item last = inOrder.get(inOrder.size() - 1);
        last.tickedProperty().set(false);
        return last;
    }

    /** Ticks or unticks each of these, in their order. */
    static void tickAll(List<Item> these, boolean ticked) {
        these.forEach(i -> i.tickedProperty().set(ticked));
    }

    /** Everyone listed (ticked or not), in the list's order. */
    ObservableList<Item> items() {
        return items;
    }

    /** The ticked people in the order they were ticked (read only; tick and untick through the items). */
    ObservableList<Item> inOrder() {
        return inOrderView;
    }

    /** The ticked people now, in order, unaffected by later ticks. */
    List<Item> snapshot() {
        return List.copyOf(inOrder);
    }

    IntegerProperty countProperty() {
        return count;
    }
}
