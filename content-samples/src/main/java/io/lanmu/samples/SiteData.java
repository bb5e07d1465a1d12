package io.lanmu.samples;

import io.lanmu.column.ColumnKind;
import io.lanmu.deadline.InformationCategory;
import io.lanmu.inbox.ContributionKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample site's content as written in {@code samples/site.json}: columns by key, and items naming
 * their column's key.
 */
record SiteData(String organisation, List<ColumnData> columns, List<ItemData> items,
        List<ContributionData> contributions) {

    static SiteData read(JsonMapper json) {
        try (InputStream in = SiteData.class.getResourceAsStream("/samples/site.json");
                InputStream extra = SiteData.class.getResourceAsStream("/samples/contributions.json")) {
            SiteData site = json.readValue(in, SiteData.class);
            List<ContributionData> contributions = List.of(json.readValue(extra, ContributionData[].class));
            return new SiteData(site.organisation(), site.columns(), site.items(), contributions);
        }
        catch (IOException e) {
            throw new UncheckedIOException("The sample site's content cannot be read", e);
        }
    }

    record ColumnData(String key, String parent, String name, String slug, ColumnKind kind, boolean visible,
            String linkUrl, String description) {
    }

    record ItemData(String column, InformationCategory category, String title, String summary, String body,
            String author, String source, List<String> tags, String documentNumber, String issuingBody,
            LocalDate issuedOn, String indexNumber) {
    }

    record ContributionData(ContributionKind kind, String title, String body, String column,
            InformationCategory category, String outcome, String response) {
    }
}
