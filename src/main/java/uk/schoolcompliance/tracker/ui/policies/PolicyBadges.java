package uk.schoolcompliance.tracker.ui.policies;

import java.util.Locale;

import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import javafx.scene.control.Label;

/** The status badges and the stylesheet shared by the policy library and the review schedule. */
public final class PolicyBadges {

    private PolicyBadges() {
    }

    /** The badge of a status: its word and an icon, never the colour alone. */
    public static Label badge(PoliciesViewModel.Badge b) {
        FontIcon icon = new FontIcon(switch (b) {
            case OVERDUE -> MaterialDesignA.ALERT_OCTAGON;
            case DUE_SOON -> MaterialDesignA.ALERT;
            case IN_DATE -> MaterialDesignC.CHECK_CIRCLE;
            case NO_DATE -> MaterialDesignC.CALENDAR_REMOVE_OUTLINE;
            case DRAFT -> MaterialDesignP.PENCIL_OUTLINE;
            case RETIRED -> MaterialDesignA.ARCHIVE_OUTLINE;
        });
        Label l = new Label(b.label(), icon);
        l.getStyleClass().addAll("badge", "badge-" + b.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    public static String stylesheet() {
        return PolicyBadges.class.getResource("policies.css").toExternalForm();
    }
}
