package uk.schoolcompliance.tracker.ui.common;

import uk.schoolcompliance.tracker.ui.I18n;

/** Recognises the words the window uses for a trust's server that went away (said by a banner, never an error dialog). */
public final class ConnectionLost {

    private ConnectionLost() {
    }

    /** True when {@code message} is "The connection to … was lost; nothing was changed. Reconnecting…". */
    public static boolean is(String message) {
        if (message == null) {
            return false;
        }
        String pattern = I18n.t("status.server.lost", "\u0000");
        int hole = pattern.indexOf('\u0000');
        return message.startsWith(pattern.substring(0, hole)) && message.endsWith(pattern.substring(hole + 1));
    }
}
