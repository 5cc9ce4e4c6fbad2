package uk.schoolcompliance.tracker.ui;

import java.util.function.Consumer;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import uk.schoolcompliance.tracker.ui.common.DateFields;
import uk.schoolcompliance.tracker.ui.trust.SchoolPicker;

/**
 * The window's top bar: the school's name, the choice of school (hidden for one school, issue 16), who is using the
 * app (a click changes it), the as-of date every page's figures are computed on (kept in step with the context both
 * ways), and the global search, whose chosen hit goes to its page.
 */
final class TopBar {

    private final HBox bar;
    private final CustomTextField search = new CustomTextField();
    private final SchoolPicker schoolPicker;

    TopBar(UiContext ctx, MainViewModel vm, Consumer<Destination> navigate, Runnable changeUserName) {
        Label school = uk.schoolcompliance.tracker.ui.common.Forms.wholeLabel("", 0); // whole at 125 %: the search shrinks
        school.setId("school-name");
        school.getStyleClass().add("school-name");
        school.textProperty().bind(vm.schoolNameProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label asOfLabel = uk.schoolcompliance.tracker.ui.common.Forms.wholeLabel(I18n.t("top.asOf"), 0);
        DatePicker asOf = DateFields.asOf(ctx.asOf(), ctx::today);
        asOf.setId("as-of");
        asOf.valueProperty().addListener((o, a, d) -> {
            if (d != null) {
                ctx.asOfProperty().set(d);
            }
        });
        ctx.asOfProperty().addListener((o, a, d) -> asOf.setValue(d)); // pages may move the date too
        asOfLabel.setLabelFor(asOf);
        asOfLabel.setMnemonicParsing(true);
        search.setId("global-search");
        search.setPromptText(I18n.t("top.search.prompt"));
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setPrefWidth(280);
        TextFields.bindAutoCompletion(search, request -> vm.search(request.getUserText()))
                .setOnAutoCompleted(e -> {
                    MainViewModel.SearchHit hit = e.getCompletion();
                    search.clear();
                    navigate.accept(hit.destination());
                });
        Button user = new uk.schoolcompliance.tracker.ui.common.WholeButton();
        user.setId("current-user");
        user.getStyleClass().addAll(Styles.FLAT, "current-user");
        user.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_EDIT_OUTLINE));
        user.textProperty().bind(vm.currentUserProperty());
        user.setTooltip(new Tooltip(I18n.t("user.current.tip")));
        user.setOnAction(e -> changeUserName.run());
        schoolPicker = new SchoolPicker(ctx);
        bar = new HBox(12, school, schoolPicker, spacer, user, asOfLabel, asOf, search);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("top-bar");
    }

    Node node() {
        return bar;
    }

    /** The global search (Ctrl+F puts the cursor here). */
    CustomTextField search() {
        return search;
    }

    SchoolPicker schoolPicker() {
        return schoolPicker;
    }
}
