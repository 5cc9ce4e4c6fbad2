package uk.schoolcompliance.tracker.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import javafx.scene.Node;
import org.kordamp.ikonli.javafx.FontIcon;

/** How the window shows the domain's {@link uk.schoolcompliance.tracker.domain.Rag}: a style, an icon and a word. */
public enum Rag {
    RED("rag-red", MaterialDesignA.ALERT_OCTAGON, "rag.red"),
    AMBER("rag-amber", MaterialDesignA.ALERT, "rag.amber"),
    GREEN("rag-green", MaterialDesignC.CHECK_CIRCLE, "rag.green");

    private final String styleClass;
    private final Ikon icon;
    private final String wordKey;

    Rag(String styleClass, Ikon icon, String wordKey) {
        this.styleClass = styleClass;
        this.icon = icon;
        this.wordKey = wordKey;
    }

    public String styleClass() {
        return styleClass;
    }

    public String wordKey() {
        return wordKey;
    }

    public Node icon() {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add(styleClass);
        return i;
    }

    /** How the window shows the domain's judgement. */
    public static Rag of(uk.schoolcompliance.tracker.domain.Rag rag) {
        return valueOf(rag.name());
    }

    /** Red when any, else green. */
    public static Rag redIfAny(int n) {
        return of(uk.schoolcompliance.tracker.domain.Rag.redIfAny(n));
    }

    /** Amber when any, else green. */
    public static Rag amberIfAny(int n) {
        return of(uk.schoolcompliance.tracker.domain.Rag.amberIfAny(n));
    }

    /** For a percentage, by the domain's thresholds ({@link uk.schoolcompliance.tracker.domain.Rag#forPercent}). */
    public static Rag forPercent(double percent) {
        return of(uk.schoolcompliance.tracker.domain.Rag.forPercent(percent));
    }
}
