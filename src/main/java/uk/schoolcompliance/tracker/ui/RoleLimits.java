package uk.schoolcompliance.tracker.ui;

import java.util.Map;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The pages a login's role on a trust's server does not include (#19): PostgreSQL refuses a governor every table of
 * people, so rather than an error from the server the page says so plainly ("Your role (governor) does not include
 * staff records"). An office or leader sees its own school's rows on every page (the server filters them); a file,
 * the owner and a trust admin are not limited.
 */
final class RoleLimits {

    /** What each page a governor may not read would show, by the words naming it. */
    private static final Map<Section, String> NOT_FOR_GOVERNORS = Map.of(
            Section.STAFF, "role.limit.staff",
            Section.INDUCTION, "role.limit.induction",
            Section.ACKNOWLEDGEMENTS, "role.limit.acknowledgements",
            Section.POLICIES, "role.limit.policies",
            Section.AUDIT, "role.limit.audit");

    private RoleLimits() {
    }

    /** The sentence {@code section} shows instead of its page for {@code role}, or empty when the role includes it. */
    static Optional<String> limit(Section section, Optional<String> role) {
        if (role.isPresent() && role.get().equals("governor") && NOT_FOR_GOVERNORS.containsKey(section)) {
            return Optional.of(I18n.t("role.limit", role.get(), I18n.t(NOT_FOR_GOVERNORS.get(section))));
        }
        return Optional.empty();
    }

    /** The page shown instead: the sentence, plainly (node id {@code role-limit-message}). */
    static Node page(String message) {
        Label text = new Label(message);
        text.setId("role-limit-message");
        text.setWrapText(true);
        text.getStyleClass().add("title-4");
        VBox box = new VBox(text);
        box.setAlignment(Pos.TOP_LEFT);
        box.setPadding(new Insets(24));
        return box;
    }
}
