package io.lanmu.web.search;

import static io.lanmu.search.SearchDocuments.aPublicDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lanmu.column.Column;
import io.lanmu.search.SearchEngine;
import io.lanmu.search.indexing.IndexFormatUpgrade;
import io.lanmu.search.lucene.OlderLuceneIndex;
import io.lanmu.testsupport.TestSite;
import io.lanmu.web.ApiTest;
import io.lanmu.web.ApiTokensForTests;
import io.lanmu.web.Json;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The application starts on a Lucene index an earlier build wrote (no format in its commit), keeps searching it,
 * reports it outdated, and rebuilds it from the database in the current format.
 */
@ApiTest
class IndexFormatUpgradeIntegrationTest {

    private static final Duration REBUILT = Duration.ofSeconds(30);
    private static Path indexOfAnEarlierBuild;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    SearchEngine engine;

    @Autowired
    IndexFormatUpgrade upgrade;

    @DynamicPropertySource
    static void startOnAnOutdatedIndex(DynamicPropertyRegistry registry) {
        registry.add("lanmu.search.lucene.directory", IndexFormatUpgradeIntegrationTest::indexOfAnEarlierBuild);
    }

    /** Written once, when the engine's settings are first read; under target/, which the build cleans. */
    private static synchronized Path indexOfAnEarlierBuild() {
        if (indexOfAnEarlierBuild == null) {
            indexOfAnEarlierBuild = Path.of("target", "index-of-an-earlier-build-" + UUID.randomUUID());
            OlderLuceneIndex.write(indexOfAnEarlierBuild, 0,
                    List.of(aPublicDocument(987_654).title("旧版本索引中的契税公告").build()));
        }
        return indexOfAnEarlierBuild;
    }

    @Test
    void rebuildsAnIndexOfAnEarlierFormatFromTheDatabaseAndSaysSo() {
        String admin = tokens.bearer(site.admin());
        int wanted = engine.format().wanted();
        MvcTestResult before = status(admin);
        assertThat(before).bodyJson().extractingPath("$.format.current").isEqualTo(0);
        assertThat(before).bodyJson().extractingPath("$.format.wanted").isEqualTo(wanted);
        assertThat(before).bodyJson().extractingPath("$.format.outdated").isEqualTo(true);
        assertThat(before).bodyJson().extractingPath("$.format.rebuilding").isEqualTo(false);
        assertThat(mvc.get().uri("/api/v1/search?q=契税")).bodyJson().extractingPath("$.hits[0].title")
                .isEqualTo("旧版本索引中的契税公告");
        long published = publish(admin);

        upgrade.upgradeIfOutdated();

        await().atMost(REBUILT).untilAsserted(() -> assertThat(status(admin)).bodyJson()
                .extractingPath("$.rebuild.state").isEqualTo("DONE"));
        MvcTestResult after = status(admin);
        assertThat(after).bodyJson().extractingPath("$.format.current").isEqualTo(wanted);
        assertThat(after).bodyJson().extractingPath("$.format.outdated").isEqualTo(false);
        assertThat(after).bodyJson().extractingPath("$.format.rebuilding").isEqualTo(false);
        MvcTestResult found = mvc.get().uri("/api/v1/search?q=契税").exchange();
        assertThat(found).bodyJson().extractingPath("$.total").isEqualTo(1);
        assertThat(found).bodyJson().extractingPath("$.hits[0].id").isEqualTo((int) published);
    }

    /** An item of the database, which the rebuild indexes; the old index's own document is in no database. */
    private long publish(String admin) {
        Column notices = site.listColumn("通知公告");
        String editor = tokens.bearer(site.editorOf(notices));
        MvcTestResult created = mvc.post().uri("/api/admin/items").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"columnId\": %d, \"title\": \"契税减免政策公告\", \"body\": \"<p>首套住房契税减免。</p>\", \"category\": \"GENERAL\"}"
                        .formatted(notices.getId()))
                .exchange();
        long id = Json.longAt(created, "$.id");
        mvc.post().uri("/api/admin/items/" + id + "/submit").header(HttpHeaders.AUTHORIZATION, editor).exchange();
        assertThat(mvc.post().uri("/api/admin/items/" + id + "/approve")
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer(site.approver()))).hasStatusOk();
        return id;
    }

    private MvcTestResult status(String admin) {
        return mvc.get().uri("/api/admin/search/status").header(HttpHeaders.AUTHORIZATION, admin).exchange();
    }
}
