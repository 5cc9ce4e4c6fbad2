package uk.schoolcompliance.tracker.ui.policies;

import javafx.scene.control.Label;

/** The status badges and the stylesheet shared by the policy library and the review schedule. */
public final class PolicyBadges {

    private PolicyBadges() {
    }

    public static Label badge(PoliciesViewModel.Badge b) {
        return PoliciesView.badgeLabel(b);
    }

    public static String stylesheet() {
        return PolicyBadges.class.getResource("policies.css").toExternalForm();
    }
}
