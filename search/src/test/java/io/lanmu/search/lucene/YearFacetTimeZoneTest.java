package io.lanmu.search.lucene;

import static io.lanmu.search.SearchDocuments.aPublicDocument;
import static io.lanmu.search.SearchQueries.searchFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The year facet counts years in the site's time zone, whichever zone that is. */
class YearFacetTimeZoneTest {

    // 17:00 UTC on New Year's Eve is already the new year in Beijing, but not yet in London.
    private static final String NEW_YEARS_EVE = "2025-12-31T17:00:00Z";

    @TempDir
    Path directory;

    @Test
    void countsYearsInTheDefaultSiteZone() {
        assertThat(yearsCountedIn(LuceneSettings.DEFAULTS)).isEqualTo(Map.of(2026, 1L));
    }

    @Test
    void countsYearsInTheZoneTheSiteIsSetTo() {
        assertThat(yearsCountedIn(new LuceneSettings(64, ZoneId.of("Europe/London")))).isEqualTo(Map.of(2025, 1L));
    }

    private Map<Integer, Long> yearsCountedIn(LuceneSettings settings) {
        try (LuceneSearchEngine engine = new LuceneSearchEngine(directory, settings)) {
            engine.index(List.of(aPublicDocument(1).title("增值税").date(NEW_YEARS_EVE).build()));
            return engine.search(searchFor("增值税").build()).facets().years();
        }
    }
}
