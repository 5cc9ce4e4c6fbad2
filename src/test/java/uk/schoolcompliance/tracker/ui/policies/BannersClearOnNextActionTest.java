package uk.schoolcompliance.tracker.ui.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.ui.TaskExecutor;
import uk.schoolcompliance.tracker.ui.UiContext;
import uk.schoolcompliance.tracker.ui.reviews.ReviewsViewModel;

/**
 * Issue #15: what one action said (an error, a success) is gone as soon as the next action starts, before its work
 * has finished, on the policies and the reviews pages.
 */
class BannersClearOnNextActionTest {

    /** Runs work at once, or holds it (as the FX executor does while the worker is busy) until {@link #release}. */
    static final class HeldExecutor implements TaskExecutor {
        boolean hold;
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Runnable job = () -> TaskExecutor.sameThread().run(work, onSuccess, onFailure);
            if (hold) {
                held.add(job);
            } else {
                job.run();
            }
        }

        void release() {
            hold = false;
            while (!held.isEmpty()) {
                held.poll().run();
            }
        }
    }

    @TempDir
    Path dir;
    HeldExecutor executor = new HeldExecutor();
    UiContext ctx;
    TrackerServices services;

    @BeforeEach
    void setUp() {
        services = TestDemo.open(dir);
        ctx = new UiContext(executor, TestDemo.CLOCK);
        ctx.asOfProperty().set(TestDemo.AS_OF);
        ctx.servicesProperty().set(services);
    }

    private Policy anActivePolicy() {
        return services.allPolicies().stream().filter(Policy::isActive).findFirst().orElseThrow();
    }

    @Test
    void policiesAnErrorIsGoneAsSoonAsTheNextActionStarts() {
        PoliciesViewModel vm = new PoliciesViewModel(ctx);
        vm.retire(987_654L);
        assertThat(vm.errorProperty().get()).isNotBlank();

        executor.hold = true;
        Policy p = anActivePolicy();
        vm.retire(p.id());
        assertThat(vm.errorProperty().get()).as("the old error, while the new action runs").isNull();
        assertThat(vm.messageProperty().get()).isNull();
        executor.release();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.messageProperty().get()).isEqualTo("Retired \u201c" + p.title() + "\u201d.");
    }

    @Test
    void policiesASuccessIsGoneWhenTheNextActionStartsAndFails() {
        PoliciesViewModel vm = new PoliciesViewModel(ctx);
        Policy p = anActivePolicy();
        vm.retire(p.id());
        assertThat(vm.messageProperty().get()).startsWith("Retired");

        executor.hold = true;
        vm.openDocument(987_654L, file -> { });
        assertThat(vm.messageProperty().get()).as("the old success, while the new action runs").isNull();
        executor.release();
        assertThat(vm.errorProperty().get()).isNotBlank();
        assertThat(vm.messageProperty().get()).as("an error never sits beside an old success").isNull();
    }

    @Test
    void reviewsAnErrorIsGoneAsSoonAsTheNextActionStarts() throws Exception {
        ReviewsViewModel vm = new ReviewsViewModel(ctx);
        Policy p = anActivePolicy();
        vm.plan(p.id(), LocalDate.of(1900, 1, 1), "Head", p.title());
        assertThat(vm.errorProperty().get()).contains("Meeting date");

        executor.hold = true;
        Path ics = dir.resolve("reviews.ics");
        vm.exportCalendar(ics, n -> { });
        assertThat(vm.errorProperty().get()).as("the old error, while the export runs").isNull();
        executor.release();
        assertThat(vm.errorProperty().get()).as("an export that worked shows no old error").isNull();
        assertThat(vm.messageProperty().get()).contains("reviews.ics");
    }

    @Test
    void reviewsASuccessIsGoneWhenTheNextActionStartsAndFails() {
        ReviewsViewModel vm = new ReviewsViewModel(ctx);
        Policy p = anActivePolicy();
        vm.plan(p.id(), TestDemo.AS_OF.plusDays(14), "Head", p.title());
        assertThat(vm.messageProperty().get()).isNotBlank();
        assertThat(vm.errorProperty().get()).isNull();

        executor.hold = true;
        vm.plan(p.id(), LocalDate.of(1900, 1, 1), "Head", p.title());
        assertThat(vm.messageProperty().get()).as("the old success, while the new action runs").isNull();
        executor.release();
        assertThat(vm.errorProperty().get()).contains("Meeting date");
        assertThat(vm.messageProperty().get()).as("an error never sits beside an old success").isNull();
    }
}
