package uk.schoolcompliance.tracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.TestServer;

/** {@code --db postgresql://...} on the window's command line connects to the server, as the command line does. */
class MainViewModelConnectTest {

    @Test
    void theWindowStartedOnAServerShowsItsSchoolAndSaysWhichServer() {
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        MainViewModel vm = new MainViewModel(ctx);
        String server = TestServer.withDemo().toString();
        vm.connect(server);
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(ctx.services()).isNotNull();
        assertThat(ctx.services().isServer()).isTrue();
        assertThat(ctx.services().staffCount()).as("the demo school's staff, from the server").isGreaterThan(40);
        assertThat(vm.titleProperty().get()).contains("localhost").contains("postgres");
        ctx.services().close();
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidInOneLineAndNothingIsOpen() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        UiContext ctx = new UiContext(TaskExecutor.sameThread(), TestDemo.CLOCK);
        MainViewModel vm = new MainViewModel(ctx);
        vm.connect("postgresql://office_jane@localhost:" + closed + "/tracker");
        assertThat(ctx.services()).isNull();
        assertThat(vm.errorProperty().get()).contains("nothing answers at localhost:" + closed);
    }
}
