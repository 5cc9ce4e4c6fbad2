package uk.schoolcompliance.tracker.ui.archfixture;

import java.io.File;
import java.io.IOException;

/** What ArchitectureTest's no-AWT rule must catch (never used by the app). */
public final class OpensWithDesktop {

    private OpensWithDesktop() {
    }

    static void open(File f) throws IOException {
        java.awt.Desktop.getDesktop().open(f);
    }
}
