package uk.schoolcompliance.tracker.ui;

import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.app.OperatorName;

/**
 * "Who is using Compliance Tracker?": the full name of the person at the keyboard (required, trimmed, at most
 * {@link OperatorName#MAX_LENGTH} characters), suggested from the names used on this computer before. Asked on the
 * first start and whenever the person changes; the answer is recorded as who did each thing.
 */
public final class UserNameDialog {

    private UserNameDialog() {
    }

    /**
     * Shows the dialog; returns the name typed or picked (not yet checked beyond what the OK button allows),
     * empty for "Not now" / Cancel.
     *
     * @param current    the name in use ({@code null} when none is known)
     * @param suggestions names used on this computer before, newest first
     * @param firstTime  the question on start ("Not now" keeps the login for this run) rather than a change
     */
    public static Optional<String> show(Window owner, String current, List<String> suggestions, String login,
                                        boolean firstTime) {
        Dialog<String> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(I18n.t("app.title"));
        d.setHeaderText(I18n.t("user.dialog.header"));
        d.getDialogPane().setId("user-name-dialog");
        ButtonType ok = new ButtonType(I18n.t("user.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(I18n.t(firstTime ? "user.dialog.later" : "user.dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(ok, later);

        Label explain = new Label(I18n.t("user.dialog.explain", login));
        explain.setId("user-name-explain");
        explain.setWrapText(true);
        explain.setMaxWidth(460);
        ComboBox<String> name = new ComboBox<>(FXCollections.observableArrayList(suggestions));
        name.setId("user-name-field");
        name.setEditable(true);
        name.setMaxWidth(Double.MAX_VALUE);
        name.setPromptText(I18n.t("user.dialog.prompt"));
        name.getEditor().setText(current != null ? current : suggestions.isEmpty() ? "" : suggestions.get(0));
        Label label = new Label(I18n.t("user.dialog.label"));
        label.setLabelFor(name);
        label.setMnemonicParsing(true);
        Label problem = new Label();
        problem.setId("user-name-error");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        // an empty field only disables OK; anything else that is not a name says why
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = name.getEditor().getText();
            return text == null || text.isBlank() ? "" : Optional.ofNullable(OperatorName.problem(text)).orElse("");
        }, name.getEditor().textProperty()));
        VBox content = new VBox(8, explain, label, name, problem);
        content.setPrefWidth(480);
        d.getDialogPane().setContent(content);
        d.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> OperatorName.problem(name.getEditor().getText()) != null, name.getEditor().textProperty()));
        d.setOnShown(e -> {
            name.getEditor().requestFocus();
            name.getEditor().selectAll();
        });
        d.setResultConverter(b -> b == ok ? name.getEditor().getText() : null);
        return d.showAndWait();
    }

    /**
     * On start: when no name is known on this computer (and it was not put off this run) asks once; returns the
     * answer for the caller to use, empty when a name is known or the question was put off ("Not now").
     */
    public static Optional<String> askIfUnknown(Window owner, UiContext ctx) {
        if (!ctx.shouldAskUserName()) {
            return Optional.empty();
        }
        ctx.userNameAsked();
        return show(owner, null, ctx.operatorNames().recent(), ctx.login(), true);
    }

    /** File &gt; "Change who is using the app…" and the top bar's name: the same dialog, with the current name. */
    public static Optional<String> change(Window owner, UiContext ctx) {
        return show(owner, ctx.userName(), ctx.operatorNames().recent(), ctx.login(), false);
    }
}
