package uk.schoolcompliance.tracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

import uk.schoolcompliance.tracker.app.AppClock;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.ui.FxTaskExecutor;

/** domain, store, io and app never import JavaFX; the domain stays pure; only {@link AppClock} reads the clock. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.schoolcompliance.tracker");

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("uk.schoolcompliance.tracker");

    /** Calls that read the computer's clock for a date or time: {@code LocalDate.now()} and its kin. */
    private static final DescribedPredicate<JavaMethodCall> READS_THE_SYSTEM_CLOCK =
            new DescribedPredicate<>("read the computer's clock (now() without a Clock, Clock.system*())") {
                @Override
                public boolean test(JavaMethodCall call) {
                    var target = call.getTarget();
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    boolean noArgNow = name.equals("now") && target.getRawParameterTypes().isEmpty()
                            && List.of(LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
                                    ZonedDateTime.class, OffsetDateTime.class, Year.class, YearMonth.class).stream()
                                    .anyMatch(c -> c.getName().equals(owner));
                    boolean systemClock = owner.equals(Clock.class.getName())
                            && (name.equals("systemDefaultZone") || name.equals("systemUTC"));
                    return noArgNow || systemClock;
                }
            };

    @Test
    void onlyAppClockReadsTheComputersClock() {
        noClasses().that().doNotHaveFullyQualifiedName(AppClock.class.getName())
                .should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
                .check(CLASSES);
    }

    @Test
    void everyTestPinsItsDate() {
        noClasses().should().callMethodWhere(READS_THE_SYSTEM_CLOCK)
                .because("a test that reads the day it runs passes one week and fails the next")
                .check(TESTS);
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideInAnyPackage("..tracker.domain..", "..tracker.store..", "..tracker.io..",
                        "..tracker.app..", "..tracker.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp.ikonli..")
                .check(CLASSES);
    }

    @Test
    void theDomainDependsOnNothingButJava() {
        noClasses().that().resideInAPackage("..tracker.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..tracker.store..", "..tracker.io..",
                        "..tracker.app..", "..tracker.cli..", "..tracker.ui..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideInAnyPackage("..tracker.ui..", "..tracker.cli..", "..tracker.io..", "..tracker.app..",
                        "..tracker.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
                .check(CLASSES);
    }

    /**
     * Each service declares what it uses in its constructor; only the wiring ({@code TrackerServices}) knows them
     * all. A service handed the whole (half-built) object hides its dependencies.
     */
    @Test
    void noAppServiceDependsOnTrackerServices() {
        noClasses().that().resideInAPackage("..tracker.app..")
                .and().doNotHaveFullyQualifiedName(TrackerServices.class.getName())
                .and().doNotHaveFullyQualifiedName(uk.schoolcompliance.tracker.app.ServerCopyService.class.getName())
                .and().doNotHaveSimpleName("SchoolFiles")
                .should().dependOnClassesThat().haveFullyQualifiedName(TrackerServices.class.getName())
                .because("a service declares its own dependencies; TrackerServices is only the wiring (and "
                        + "ServerCopyService, which opens two databases, the file and the server, through it, and "
                        + "SchoolFiles, which makes or opens a school's file through it)")
                .check(CLASSES);
    }

    @Test
    void theLayersAreFreeOfCycles() {
        slices().matching("uk.schoolcompliance.tracker.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theUiFeaturesAreFreeOfCycles() {
        slices().matching("uk.schoolcompliance.tracker.ui.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** domain <- store/io <- app <- cli/ui: each layer uses only the ones below it. */
    @Test
    void theLayersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("..tracker.domain..")
                .layer("store").definedBy("..tracker.store..")
                .layer("io").definedBy("..tracker.io..")
                .layer("app").definedBy("..tracker.app..")
                .layer("cli").definedBy("..tracker.cli..")
                .layer("ui").definedBy("..tracker.ui..")
                .whereLayer("ui").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("ui")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "ui")
                .whereLayer("io").mayOnlyBeAccessedByLayers("app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("store", "io", "app", "cli", "ui")
                .check(CLASSES);
    }

    /** {@code new Thread(...)} or of a subclass of Thread. */
    private static final DescribedPredicate<JavaConstructorCall> STARTS_A_THREAD =
            new DescribedPredicate<>("make a thread of its own (new Thread)") {
                @Override
                public boolean test(JavaConstructorCall call) {
                    return call.getTarget().getOwner().isAssignableTo(Thread.class);
                }
            };

    /**
     * Issue #15: the window opens files and mail links through {@code ui.common.FileOpener} (JavaFX HostServices,
     * off the FX thread by the page's executor), never java.awt (Desktop hangs or fails in words nobody understands).
     */
    static final ArchRule NO_AWT_IN_THE_UI = noClasses().that().resideInAPackage("..tracker.ui..")
            .should().dependOnClassesThat().resideInAPackage("java.awt..")
            .because("files and links open through ui.common.FileOpener (HostServices), never java.awt.Desktop");

    /** Issue #15: background work goes through ctx.executor(); only FxTaskExecutor makes the worker thread. */
    static final ArchRule NO_THREADS_OF_THEIR_OWN_IN_THE_UI = noClasses().that().resideInAPackage("..tracker.ui..")
            .and().doNotHaveFullyQualifiedName(FxTaskExecutor.class.getName())
            .should().callConstructorWhere(STARTS_A_THREAD)
            .because("work runs off the FX thread through ctx.executor(), whose results come back on the FX thread");

    @Test
    void theUiUsesNoAwt() {
        NO_AWT_IN_THE_UI.check(CLASSES);
    }

    @Test
    void theUiStartsNoThreadsOfItsOwn() {
        NO_THREADS_OF_THEIR_OWN_IN_THE_UI.check(CLASSES);
    }

    /** The two rules catch what they are for (a ui class with Desktop, one with new Thread). */
    @Test
    void theUiRulesCatchAwtAndThreads() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(
                uk.schoolcompliance.tracker.ui.archfixture.OpensWithDesktop.class,
                uk.schoolcompliance.tracker.ui.archfixture.StartsAThread.class);
        assertThat(NO_AWT_IN_THE_UI.evaluate(fixtures).getFailureReport().getDetails())
                .isNotEmpty().allMatch(d -> d.contains("OpensWithDesktop") && d.contains("java.awt.Desktop"));
        assertThat(NO_THREADS_OF_THEIR_OWN_IN_THE_UI.evaluate(fixtures).getFailureReport().getDetails())
                .singleElement().asString().contains("StartsAThread");
        assertThat(NO_THREADS_OF_THEIR_OWN_IN_THE_UI.evaluate(new ClassFileImporter().importClasses(FxTaskExecutor.class,
                uk.schoolcompliance.tracker.ui.archfixture.OpensWithDesktop.class)).hasViolation())
                .as("FxTaskExecutor makes the one worker thread").isFalse();
    }
}
