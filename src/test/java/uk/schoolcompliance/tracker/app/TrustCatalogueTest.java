package uk.schoolcompliance.tracker.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The generator's catalogue: each area's code and each policy title once, so generated references and titles never clash. */
class TrustCatalogueTest {

    @Test
    void areaCodesAndTitlesAreUniqueAndEveryAreaHasAnAudience() {
        List<TrustCatalogue.Area> areas = TrustCatalogue.AREAS;
        assertThat(areas).extracting(TrustCatalogue.Area::code).doesNotHaveDuplicates();
        Set<String> titles = new HashSet<>();
        for (TrustCatalogue.Area a : areas) {
            assertThat(a.titles()).as(a.name()).isNotEmpty();
            assertThat(a.audience()).as(a.name()).isNotEmpty();
            for (String t : a.titles()) {
                assertThat(titles.add(t)).as("title once: " + t).isTrue();
            }
        }
        assertThat(titles).hasSize(areas.stream().mapToInt(a -> a.titles().length).sum());
    }

    @Test
    void schoolNameWordsAreUnique() {
        assertThat(Arrays.asList(TrustCatalogue.PLACES)).doesNotHaveDuplicates();
        assertThat(Arrays.asList(TrustCatalogue.KINDS)).doesNotHaveDuplicates();
    }
}
