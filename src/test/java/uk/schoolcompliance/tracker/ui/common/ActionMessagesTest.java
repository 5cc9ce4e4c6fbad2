package uk.schoolcompliance.tracker.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.ui.TaskExecutor;

class ActionMessagesTest {

    @Test
    void startingClearsEachBannerToItsOwnBlank() {
        StringProperty message = new SimpleStringProperty("");
        StringProperty error = new SimpleStringProperty();
        ActionMessages banners = new ActionMessages(message, error);
        message.set("Saved “Behaviour”.");
        error.set("staff.csv line 7: Start date: '31/02/2025' is not a date");
        banners.starting();
        assertThat(message.get()).isEmpty();
        assertThat(error.get()).isNull();
    }

    @Test
    void runClearsBeforeTheWorkAndLeavesTheOutcomeToTheCallbacks() {
        StringProperty error = new SimpleStringProperty();
        ActionMessages banners = new ActionMessages(error);
        error.set("old");
        List<String> seen = new ArrayList<>();
        banners.run(TaskExecutor.sameThread(), () -> {
            seen.add(String.valueOf(error.get()));
            throw new IllegalStateException("new");
        }, x -> { }, e -> error.set(e.getMessage()));
        assertThat(seen).containsExactly("null");
        assertThat(error.get()).isEqualTo("new");
    }
}
