package uk.schoolcompliance.tracker.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/** A choice box is as wide as its longest choice, and as its prompt when that is longer (issue #15). */
@ExtendWith(ApplicationExtension.class)
class CombosTest {

    @Test
    void aBoxIsAsWideAsItsLongestChoice(FxRobot robot) {
        robot.interact(() -> {
            ObservableList<String> items = FXCollections.observableArrayList("a", "Autumn 2026 (01/09/2026 – 31/12/2026)");
            ComboBox<String> box = new ComboBox<>(items);
            Combos.showWhole(box, items, box::getConverter);
            assertThat(box.getMinWidth()).isGreaterThanOrEqualTo(ColumnFit.textWidth("Autumn 2026 (01/09/2026 – 31/12/2026)"));
            items.add("Spring 2027 (01/01/2027 – 31/03/2027) and a much longer label than before");
            assertThat(box.getMinWidth())
                    .isGreaterThanOrEqualTo(ColumnFit.textWidth("Spring 2027 (01/01/2027 – 31/03/2027) and a much longer label than before"));
        });
    }

    @Test
    void aPromptLongerThanEveryChoiceKeepsItsWholeText(FxRobot robot) {
        robot.interact(() -> {
            ObservableList<String> items = FXCollections.observableArrayList("ab", "cd");
            ComboBox<String> box = new ComboBox<>(items);
            box.setPromptText("Any user at all");
            Combos.showWhole(box, items, box::getConverter);
            assertThat(box.getMinWidth()).isGreaterThanOrEqualTo(ColumnFit.textWidth("Any user at all"));
            box.setPromptText("Every record of every kind");
            assertThat(box.getMinWidth()).isGreaterThanOrEqualTo(ColumnFit.textWidth("Every record of every kind"));
        });
    }

    @Test
    void anEmptyBoxWithNoPromptAsksForNoMoreThanItsRoom(FxRobot robot) {
        robot.interact(() -> {
            ObservableList<String> items = FXCollections.observableArrayList();
            ComboBox<String> box = new ComboBox<>(items);
            Combos.showWhole(box, items, box::getConverter);
            assertThat(box.getMinWidth()).isLessThan(100);
        });
    }
}
