package uk.schoolcompliance.tracker.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/** The places of the navigation rail, in order (Ctrl+1 … Ctrl+8). */
public enum Section {
    DASHBOARD("nav.dashboard", MaterialDesignV.VIEW_DASHBOARD_OUTLINE),
    STAFF("nav.staff", MaterialDesignA.ACCOUNT_GROUP_OUTLINE),
    POLICIES("nav.policies", MaterialDesignF.FILE_DOCUMENT_MULTIPLE_OUTLINE),
    ACKNOWLEDGEMENTS("nav.acknowledgements", MaterialDesignC.CHECKBOX_MARKED_OUTLINE),
    INDUCTION("nav.induction", MaterialDesignA.ACCOUNT_PLUS_OUTLINE),
    REVIEWS("nav.reviews", MaterialDesignC.CALENDAR_CHECK_OUTLINE),
    REPORTS("nav.reports", MaterialDesignF.FILE_CHART_OUTLINE),
    AUDIT("nav.audit", MaterialDesignH.HISTORY);

    private final String key;
    private final Ikon icon;

    Section(String key, Ikon icon) {
        this.key = key;
        this.icon = icon;
    }

    public String key() {
        return key;
    }

    public Ikon icon() {
        return icon;
    }
}
