package io.lanmu.search.elasticsearch;

import static io.lanmu.search.SearchDocuments.aPublicDocument;
import static io.lanmu.search.SearchQueries.everything;
import static io.lanmu.search.SearchQueries.searchFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.lanmu.search.Scope;
import io.lanmu.search.SearchDocument;
import io.lanmu.search.SearchQuery;
import io.lanmu.search.SearchResult;
import io.lanmu.search.SearchResult.Hit;
import io.lanmu.search.query.ChineseAnalyzer;
import io.lanmu.search.query.QueryUnderstanding;
import io.lanmu.search.query.Words;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.springframework.data.elasticsearch.client.elc.ElasticsearchTemplate;
import org.springframework.data.elasticsearch.client.elc.NativeQuery;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.mapping.IndexCoordinates;

/** What the contract leaves open and the Elasticsearch engine must still get right, on the real node. */
class ElasticsearchSearchDetailsTest {

    private static ElasticsearchTemplate template;
    private static String alias;
    private static ElasticsearchSearchEngine engine;

    @BeforeAll
    static void engineOnTheTestNode() {
        template = ElasticsearchEngines.templateOnTestNode();
        alias = ElasticsearchEngines.uniqueAlias("details");
        engine = ElasticsearchEngines.on(template, alias);
    }

    @BeforeEach
    void empty() {
        engine.deleteAll();
    }

    @Test
    void returnsTheIndexedInstantToTheNanosecond() {
        Instant date = Instant.parse("2026-04-01T08:30:00.123456789Z");
        engine.index(List.of(aPublicDocument(1).title("契税").date(date).build()));

        assertThat(engine.search(SearchQuery.publicSearch("契税")).hits().getFirst().date()).isEqualTo(date);
    }

    @Test
    void keepsDocumentsDatedBefore1970() {
        engine.index(List.of(aPublicDocument(1).title("开国大典档案").date("1949-10-01T02:00:00Z").build(),
                aPublicDocument(2).title("近期档案").date("2026-10-01T02:00:00Z").build()));

        SearchResult result = engine.search(everything().to("1970-01-01T00:00:00Z").build());

        assertThat(result.hits()).extracting(Hit::id).containsExactly("public-1");
        assertThat(result.facets().years()).isEqualTo(Map.of(1949, 1L));
    }

    @Test
    void fetchesOnlyTheFieldsAHitShows() {
        engine.index(List.of(aPublicDocument(1).title("契税").body("很长的正文").attachment("表.xlsx", "附件全文").build()));
        SearchQuery query = SearchQuery.publicSearch("契税");

        SearchHit<?> hit = template.search(SearchRequests.search(query,
                QueryUnderstanding.shipped().understand(query.text()), 1), Map.class, IndexCoordinates.of(alias))
                .getSearchHit(0);

        @SuppressWarnings("unchecked")
        Map<String, Object> source = (Map<String, Object>) hit.getContent();
        assertThat(source).doesNotContainKeys("body", "tags", "columnPath");
        assertThat(source.get("attachments")).isEqualTo(List.of(Map.of("name", "表.xlsx")));
    }

    /**
     * Queries are cut into words in the application, by the chain the index's analyzer is, so that both engines share
     * one query understanding and a search needs no {@code _analyze} round trip: both must cut alike.
     */
    @Test
    void cutsQueriesIntoTheWordsTheIndexAnalyzerMakes() {
        engine.index(List.of(aPublicDocument(1).title("契税").build()));
        for (String text : List.of("网站运营中心主管审批后24小时内发布", "个人所得税App身份验证 PDF、OFD", "出口货物退（免）税",
                "怎么开发票", "12366热线的服务时间是什么？", "iOS版掌上办税C++ (2026)")) {
            List<String> onTheNode = template.execute(client -> client.indices()
                    .analyze(analyze -> analyze.index(alias).analyzer("lanmu_chinese").text(text)))
                    .tokens().stream().map(token -> token.token()).toList();

            assertThat(Words.of(text, new ChineseAnalyzer()).inOrder()).as(text).isEqualTo(onTheNode);
        }
    }

    @Test
    void analysesAttachmentTextOnlyInItsNestedDocument() {
        engine.index(List.of(aPublicDocument(1).title("契税").attachment("表.xlsx", "附件全文").build()));
        Query word = Query.of(q -> q.term(t -> t.field("attachments.text").value("附件")));

        long inTheItem = count(word);
        long inItsAttachments = count(Query.of(q -> q.nested(n -> n.path("attachments").query(word))));

        // A copy in the item itself (include_in_root) would analyse the text a second time at every rebuild.
        assertThat(inTheItem).isZero();
        assertThat(inItsAttachments).isOne();
        assertThat(engine.search(SearchQuery.publicSearch("附件")).hits()).extracting(Hit::id)
                .containsExactly("public-1");
    }

    private static long count(Query query) {
        return template.count(NativeQuery.builder().withQuery(query).build(), IndexCoordinates.of(alias));
    }

    @Test
    void highlightsTheLongerWordsAShortFormFoundInTheTitle() {
        engine.index(List.of(aPublicDocument(1).title("关于中秋节期间办税服务安排的公告").build()));

        Hit hit = engine.search(SearchQuery.publicSearch("中秋 办税")).hits().getFirst();

        assertThat(hit.highlights().get("title"))
                .containsExactly("关于<em>中秋节</em>期间<em>办税</em>服务安排的公告");
    }

    @Test
    void namesEveryMatchedAttachmentInTheDocumentsOrder() {
        engine.index(List.of(aPublicDocument(1).title("办事指南")
                .attachment("一.pdf", "滞纳金按日加收")
                .attachment("二.pdf", "工本费免收")
                .attachment("三.pdf", "逾期缴纳的滞纳金").build()));

        Hit hit = engine.search(SearchQuery.publicSearch("滞纳金")).hits().getFirst();

        assertThat(hit.matchedAttachments()).containsExactly("一.pdf", "三.pdf");
    }

    @Test
    void listsIdsBeyondOnePageOfTheScroll() {
        List<SearchDocument> documents = new ArrayList<>();
        IntStream.rangeClosed(1, 10_050).forEach(n -> documents.add(aPublicDocument(n).title("t").summary(null)
                .body(null).build()));
        engine.index(documents);

        assertThat(engine.ids(Scope.PUBLIC)).hasSize(10_050);
    }

    @Test
    void answersPagesBeyondTheResultWindowWithNoHitsButTheTotal() {
        engine.index(List.of(aPublicDocument(1).title("契税").build(), aPublicDocument(2).title("契税").build()));

        SearchResult farAway = engine.search(searchFor("契税").page(1_000, 10).build());
        SearchResult huge = engine.search(searchFor("契税").page(0, 50_000).build());

        assertThat(farAway.hits()).isEmpty();
        assertThat(farAway.total()).isEqualTo(2);
        assertThat(farAway.facets().categories()).isEqualTo(Map.of("GENERAL", 2L));
        assertThat(huge.hits()).hasSize(2);
    }

    @Test
    void answersQueriesOfPunctuationOnlyWithNothing() {
        engine.index(List.of(aPublicDocument(1).title("契税").build()));

        assertThat(engine.search(searchFor("？！……").build()).total()).isZero();
        assertThat(engine.suggest("？！", Scope.PUBLIC, 5)).isEmpty();
    }
}
