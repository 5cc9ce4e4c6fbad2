package uk.schoolcompliance.tracker.ui.acknowledgements;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import uk.schoolcompliance.tracker.domain.Acknowledgement;
import uk.schoolcompliance.tracker.domain.Dates;
import uk.schoolcompliance.tracker.domain.Obligation;
import uk.schoolcompliance.tracker.ui.I18n;

/** The details of a counting acknowledgement (version, date, method, who recorded it), with Void… to correct a mistake. */
final class AcknowledgementDetails {

    private AcknowledgementDetails() {
    }

    static void show(Window owner, AcknowledgementsViewModel vm, Obligation o) {
        Acknowledgement a = o.satisfiedBy();
        String version = vm.context().services() == null ? "" : o.policy().title();
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(I18n.t("acks.details.title"));
        alert.setHeaderText(I18n.t("acks.details.header", o.staff().fullName(), version));
        String versionLabel = vm.matrixProperty().get().calculator().data().versions(o.policy().id()).stream()
                .filter(v -> v.id() == a.versionId()).map(v -> v.label()).findFirst().orElse("?");
        alert.setContentText(I18n.t("acks.details.text", versionLabel, Dates.forPeople(a.date()), a.method().label(),
                a.recordedBy() == null ? "" : a.recordedBy(), a.note() == null ? "" : a.note()));
        ButtonType voidButton = new ButtonType(I18n.t("acks.void.button"));
        alert.getButtonTypes().setAll(ButtonType.CLOSE, voidButton);
        if (alert.showAndWait().filter(b -> b == voidButton).isPresent()) {
            new VoidAcknowledgementDialog(owner, vm, o).show(); // voids while open (issue #18)
        }
    }
}
