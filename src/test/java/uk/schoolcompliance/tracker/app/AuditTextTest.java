package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTextTest {

    @Test
    void changedFieldsComeFirstInWordsWithPeoplesDates() {
        var changes = AuditText.changes("{\"givenName\":\"Ada\",\"leaveDate\":null,\"category\":\"TEACHER\"}",
                "{\"givenName\":\"Ada\",\"leaveDate\":\"2026-07-31\",\"category\":\"TEACHER\"}");
        assertThat(changes.get(0)).isEqualTo(new AuditText.Change("Leave date", "", "31/07/2026", true));
        assertThat(changes).extracting(AuditText.Change::field).containsExactly("Leave date", "Given name", "Category");
        assertThat(changes.get(1).changed()).isFalse();
    }

    @Test
    void createsDeletesAndOddValues() {
        assertThat(AuditText.changes(null, "{\"a\":true,\"list\":[\"x\",\"y\"]}"))
                .containsExactly(new AuditText.Change("A", "", "yes", true), new AuditText.Change("List", "", "x, y", true));
        assertThat(AuditText.changes(null, null)).isEmpty();
        assertThat(AuditText.changes("not json", null)).singleElement().extracting(AuditText.Change::before).isEqualTo("not json");
        assertThat(AuditText.oneLine("{\"staff_ref\":\"P1\",\"email\":null}")).isEqualTo("Staff ref: P1");
    }
}
