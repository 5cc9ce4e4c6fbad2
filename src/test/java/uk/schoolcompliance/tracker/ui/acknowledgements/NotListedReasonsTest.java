package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.schoolcompliance.tracker.TestDemo;
import uk.schoolcompliance.tracker.app.AcknowledgementService;
import uk.schoolcompliance.tracker.app.TrackerServices;
import uk.schoolcompliance.tracker.domain.ComplianceRules;
import uk.schoolcompliance.tracker.domain.Policy;
import uk.schoolcompliance.tracker.domain.PolicyVersion;
import uk.schoolcompliance.tracker.domain.SchoolData;

/** Why a typed name is not on a session's list, on the demo school: signed (version, date) or out of scope (why). */
class NotListedReasonsTest {

    @TempDir
    Path dir;
    SchoolData data;

    @BeforeEach
    void open() {
        TrackerServices services = TestDemo.open(dir);
        data = services.compliance().load();
    }

    private List<String> reasons(String policyTitle, String typed) {
        Policy p = data.policies().stream().filter(x -> x.title().equals(policyTitle)).findFirst().orElseThrow();
        List<PolicyVersion> chrono = data.versions(p.id());
        PolicyVersion v = ComplianceRules.requiredVersion(chrono, TestDemo.AS_OF).orElseThrow();
        Set<Long> listed = AcknowledgementService.unsigned(data, v.id(), TestDemo.AS_OF).stream()
                .map(c -> c.staff().id()).collect(Collectors.toSet());
        return NotListedReasons.of(data, p, v, TestDemo.AS_OF, listed, NameWords.words(typed));
    }

    @Test
    void someoneWhoSignedIsGivenTheVersionAndDateAndSomeoneOutOfScopeTheReason() {
        assertThat(reasons("Staff Code of Conduct", "okafor")).containsExactly("Tom Okafor has already signed v5.0 on 06/09/2026");
        assertThat(reasons("Capability Policy", "fatima"))
                .containsExactly("Fatima Johnson is not in scope of this policy (volunteer)");
        assertThat(reasons("Capability Policy", "grace baker"))
                .containsExactly("Grace Baker is not in scope of this policy (left on 31/08/2026)");
    }

    @Test
    void peopleStillOutstandingAndNamesThatMatchNobodyAreNotExplained() {
        assertThat(reasons("Staff Code of Conduct", "karen smith")).as("on the list").isEmpty();
        assertThat(reasons("Staff Code of Conduct", "okafro")).as("a typo").isEmpty();
    }

    @Test
    void theyAreListedByFamilyNameAndBeyondFourTheRestAreCounted() {
        List<String> karens = reasons("Capability Policy", "karen");
        assertThat(karens).hasSize(4);
        assertThat(karens.get(0)).startsWith("Karen Davies");
        assertThat(karens.get(3)).startsWith("Karen Smith");

        List<String> many = reasons("Capability Policy", "a"); // most of the school has an "a" in their name
        assertThat(many).hasSize(NotListedReasons.MAX_EXPLAINED + 1);
        assertThat(many.get(NotListedReasons.MAX_EXPLAINED)).matches("and \\d+ more");
    }
}
