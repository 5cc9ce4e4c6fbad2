package uk.schoolcompliance.tracker.domain;

/**
 * Red / amber / green: one judgement for every figure, the same on screen, on the command line and in the packs,
 * with a word and a shape so colour is never the only signal. The thresholds live here and nowhere else.
 */
public enum Rag {
    RED("Action needed", "\u25A0"), AMBER("Keep an eye", "\u25B2"), GREEN("On track", "\u25CF");

    /** An acknowledgement rate at or above this is on track (the governors' target line). */
    public static final double ON_TRACK_PERCENT = 95.0;
    /** At or above this (and below {@link #ON_TRACK_PERCENT}) it is worth keeping an eye on; below, action is needed. */
    public static final double KEEP_AN_EYE_PERCENT = 80.0;

    private final String word;
    private final String symbol;

    Rag(String word, String symbol) {
        this.word = word;
        this.symbol = symbol;
    }

    public String word() {
        return word;
    }

    /** A Unicode shape (square, triangle, circle) for places that can show it. */
    public String symbol() {
        return symbol;
    }

    /** Red when any, else green (overdue things). */
    public static Rag redIfAny(long n) {
        return n > 0 ? RED : GREEN;
    }

    /** Amber when any, else green (things coming up). */
    public static Rag amberIfAny(long n) {
        return n > 0 ? AMBER : GREEN;
    }

    /** Green from {@link #ON_TRACK_PERCENT}, amber from {@link #KEEP_AN_EYE_PERCENT}, red below. */
    public static Rag forPercent(double percent) {
        return percent >= ON_TRACK_PERCENT ? GREEN : percent >= KEEP_AN_EYE_PERCENT ? AMBER : RED;
    }
}
