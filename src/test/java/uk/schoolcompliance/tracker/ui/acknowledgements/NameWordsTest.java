package uk.schoolcompliance.tracker.ui.acknowledgements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.schoolcompliance.tracker.domain.StaffCategory;
import uk.schoolcompliance.tracker.domain.StaffMember;

/** How a sign-off session reads what is typed: words in any order, without case, accents or apostrophes. */
class NameWordsTest {

    private static StaffMember person(String given, String family) {
        return new StaffMember(1, 1, given, family, null, null, StaffCategory.TEACHER, null, LocalDate.of(2020, 9, 1),
                null, null, null);
    }

    @Test
    void typedTextSplitsIntoFoldedWordsAtSpacesCommasSemicolonsAndFullStops() {
        assertThat(NameWords.words("SMITH, Karen")).containsExactly("smith", "karen");
        assertThat(NameWords.words("  moore   karen ")).containsExactly("moore", "karen");
        assertThat(NameWords.words("a.b;c")).containsExactly("a", "b", "c");
        assertThat(NameWords.words(null)).isEmpty();
        assertThat(NameWords.words("   ")).isEmpty();
        assertThat(NameWords.words(" ,;. ")).isEmpty();
    }

    @Test
    void foldingDropsCaseAccentsAndEveryKindOfApostrophe() {
        assertThat(NameWords.fold("Zoë")).isEqualTo("zoe");
        assertThat(NameWords.fold("O'Brien")).isEqualTo("obrien");
        assertThat(NameWords.fold("O\u2019Brien")).isEqualTo("obrien");
        assertThat(NameWords.fold("O`Brien")).isEqualTo("obrien");
        assertThat(NameWords.fold("Ng\u00b4ang")).isEqualTo("ngang");
        assertThat(NameWords.fold("ÉLODIE")).isEqualTo("elodie");
    }

    @Test
    void aPersonMatchesWhenEveryWordIsPartOfTheirNameInAnyOrder() {
        StaffMember karen = person("Karen", "Moore");
        assertThat(NameWords.matches(karen, NameWords.words("kar mo"))).isTrue();
        assertThat(NameWords.matches(karen, NameWords.words("Moore, Karen"))).isTrue();
        assertThat(NameWords.matches(karen, NameWords.words("karen smith"))).isFalse();
        assertThat(NameWords.matches(karen, NameWords.words(""))).as("no words: everyone").isTrue();
        assertThat(NameWords.matches(person("Zoë", "O'Brien"), NameWords.words("zoe obrien"))).isTrue();
        assertThat(NameWords.matches(person("Zoe", "OBrien"), NameWords.words("Zoë O\u2019Brien"))).isTrue();
    }
}
