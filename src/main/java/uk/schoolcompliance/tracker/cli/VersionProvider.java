package uk.schoolcompliance.tracker.cli;

import picocli.CommandLine.IVersionProvider;
import uk.schoolcompliance.tracker.app.AppInfo;

public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Compliance Tracker " + AppInfo.version()};
    }
}
