package uk.schoolcompliance.tracker.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import javafx.scene.Node;
import org.kordamp.ikonli.javafx.FontIcon;

/** Red / amber / green, the same everywhere, and never colour alone: each has an icon and a word. */
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

    /** Red when any, else green. */
    public static Rag redIfAny(int n) {
        return n > 0 ? RED : GREEN;
    }

    /** Amber when any, else green. */
    public static Rag amberIfAny(int n) {
        return n > 0 ? AMBER : GREEN;
    }

    /** For a percentage: green from 95, amber from 80, red below. */
    public static Rag forPercent(double percent) {
        return percent >= 95.0 ? GREEN : percent >= 80.0 ? AMBER : RED;
    }
}
