package io.lanmu.search;

import static io.lanmu.search.SearchDocuments.DEFAULT_DATE;
import static io.lanmu.search.SearchDocuments.GUIDES;
import static io.lanmu.search.SearchDocuments.OPEN_GOVERNMENT;
import static io.lanmu.search.SearchDocuments.POLICIES;
import static io.lanmu.search.SearchDocuments.TAX_SERVICE;
import static io.lanmu.search.SearchDocuments.aDocumentInBothScopes;
import static io.lanmu.search.SearchDocuments.aPublicDocument;
import static io.lanmu.search.SearchDocuments.anEditorialDocument;
import static io.lanmu.search.SearchQueries.everything;
import static io.lanmu.search.SearchQueries.searchFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.lanmu.search.JudgedQueries.JudgedQuery;
import io.lanmu.search.SearchResult.Hit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every {@link SearchEngine} does, proved against real results. An engine's test extends this class and
 * supplies the engine; the suite expects a change to be searchable when {@code index} or {@code delete} returns
 * (Elasticsearch: {@code refresh=wait_for}).
 *
 * <p>Each test starts from an empty engine ({@link #emptyEngine()}) and indexes the documents it needs. The sample site
 * corpus is read once per JVM and indexed only by the judged queries' test.
 */
public abstract class SearchEngineContract {

    /**
     * The engine under test, the same instance for every call within one test. JUnit runs this class's
     * {@code @BeforeEach} before a subclass's, so an engine opened in a subclass's {@code @BeforeEach} must come with
     * an {@link #emptyEngine()} that does not need it (a fresh directory is empty anyway).
     */
    protected abstract SearchEngine engine();

    /**
     * Empties the engine before each test; an engine whose {@code deleteAll} is slow may override it with something
     * cheaper (such as deleting only what the previous test indexed).
     */
    protected void emptyEngine() {
        engine().deleteAll();
    }

    @BeforeEach
    protected final void startFromAnEmptyEngine() {
        emptyEngine();
    }

    @Test
    void isAvailableWhileRunning() {
        assertThat(engine().isAvailable()).isTrue();
        assertThat(engine().name()).isIn("lucene", "elasticsearch");
    }

    // --- Analysis: Chinese words, Latin words, numbers ---

    @Test
    void findsChineseWordsNotSingleCharacters() {
        index(aPublicDocument(1).title("北京都市圈发展规划").build());

        assertThat(idsFound("北京")).containsExactly("public-1");
        assertThat(idsFound("都市")).containsExactly("public-1");
        assertThat(idsFound("京都")).isEmpty();
    }

    @Test
    void findsLatinWordsWhateverTheirCase() {
        index(aPublicDocument(1).title("发票下载PDF版本").body("在掌上办税App中查看").build());

        assertThat(idsFound("pdf")).containsExactly("public-1");
        assertThat(idsFound("Pdf")).containsExactly("public-1");
        assertThat(idsFound("app")).containsExactly("public-1");
        assertThat(idsFound("APP")).containsExactly("public-1");
    }

    @Test
    void findsNumbersAsWholeWords() {
        index(aPublicDocument(1).body("2026年度请拨打12366纳税缴费服务热线").build());

        assertThat(idsFound("12366")).containsExactly("public-1");
        assertThat(idsFound("2026")).containsExactly("public-1");
        assertThat(idsFound("1236")).isEmpty();
    }

    @Test
    void treatsQuerySyntaxAsPlainText() {
        index(aPublicDocument(1).title("C++ 编程培训 2026").build());
        List<String> typed = List.of("C++ (2026)", "AND", "OR NOT", "\"未闭合的引号", "title:培训", "培训*", "?",
                "[1 TO 5]", "{}", "a && b || c", "~!@#$%^&*()_+", "\\", "/正则/", "((((", "））", "……", "👍", "-", "+",
                "NOT 培训", "培训^10", "培训~2");

        for (String text : typed) {
            assertThatCode(() -> engine().search(SearchQuery.publicSearch(text))).as(text).doesNotThrowAnyException();
            assertThatCode(() -> engine().suggest(text, Scope.PUBLIC, 5)).as(text).doesNotThrowAnyException();
        }
        assertThat(idsFound("C++ (2026)")).containsExactly("public-1");
    }

    @Test
    void acceptsAPastedPageOfText() {
        String page = SampleSiteCorpus.documents().stream().map(SearchDocument::body)
                .max(Comparator.comparingInt(String::length)).orElseThrow();

        assertThatCode(() -> engine().search(SearchQuery.publicSearch(page))).doesNotThrowAnyException();
        assertThatCode(() -> engine().suggest(page, Scope.PUBLIC, 5)).doesNotThrowAnyException();
    }

    // --- Ranking ---

    @Test
    void ranksTitleMatchesAboveBodyMatches() {
        index(aPublicDocument(1).title("关于征收管理的通知").body("车船税由保险机构代收代缴，车船税按年申报。").build(),
                aPublicDocument(2).title("车船税的征收管理").body("由保险机构代收代缴，按年申报。").build());

        assertThat(idsFound("车船税")).containsExactly("public-2", "public-1");
    }

    @Test
    void ranksDocumentsWithAllWordsAboveThoseWithSome() {
        index(aPublicDocument(1).body("外贸企业出口退税提速，出口退税规模扩大，出口退税业务增长。").build(),
                aPublicDocument(2).body("出口企业可以申请退税，税务机关开展专题辅导。").build());

        assertThat(idsFound("出口 退税 辅导")).first().isEqualTo("public-2");
    }

    @Test
    void breaksRelevanceTiesNewestFirst() {
        index(aPublicDocument(1).title("预约办税服务").date("2025-05-01T00:00:00Z").build(),
                aPublicDocument(2).title("预约办税服务").date("2026-05-01T00:00:00Z").build(),
                aPublicDocument(3).title("预约办税服务").date("2024-05-01T00:00:00Z").build());

        assertThat(idsFound("预约办税")).containsExactly("public-2", "public-1", "public-3");
    }

    @Test
    void ordersNewestFirstWhenAsked() {
        index(aPublicDocument(1).title("契税申报").body("契税申报契税申报").date("2026-01-10T00:00:00Z").build(),
                aPublicDocument(2).title("其他事项").body("另附契税说明").date("2026-03-10T00:00:00Z").build(),
                aPublicDocument(3).title("契税").date("2026-02-10T00:00:00Z").build());

        SearchResult result = engine().search(searchFor("契税").newestFirst().build());

        assertThat(ids(result)).containsExactly("public-2", "public-3", "public-1");
    }

    @Test
    void listsEverythingInScopeNewestFirstForBlankText() {
        index(aPublicDocument(1).date("2026-01-10T00:00:00Z").build(),
                aPublicDocument(2).date("2026-03-10T00:00:00Z").build(),
                aPublicDocument(3).date("2026-02-10T00:00:00Z").build(),
                anEditorialDocument(4).date("2026-04-10T00:00:00Z").build());

        assertThat(ids(engine().search(everything().build()))).containsExactly("public-2", "public-3", "public-1");
        assertThat(ids(engine().search(searchFor("   ").build()))).containsExactly("public-2", "public-3", "public-1");
    }

    // --- Scope and filters ---

    @Test
    void keepsPublicAndEditorialScopesApart() {
        index(aPublicDocument(1).title("已发布的契税公告").build(),
                anEditorialDocument(1).title("修改中的契税公告").build());

        assertThat(ids(engine().search(searchFor("契税").in(Scope.PUBLIC).build()))).containsExactly("public-1");
        assertThat(ids(engine().search(searchFor("契税").in(Scope.EDITORIAL).build()))).containsExactly("editorial-1");
        assertThat(ids(engine().search(everything().in(Scope.EDITORIAL).build()))).containsExactly("editorial-1");
    }

    @Test
    void filtersUnderColumnsIncludingTheirSubtrees() {
        index(aPublicDocument(1).title("印花税公告").column(OPEN_GOVERNMENT).build(),
                aPublicDocument(2).title("印花税政策").column(POLICIES).build(),
                aPublicDocument(3).title("印花税指南").column(GUIDES).build());

        assertThat(idsOf(searchFor("印花税").underColumns(OPEN_GOVERNMENT)))
                .containsExactlyInAnyOrder("public-1", "public-2");
        assertThat(idsOf(searchFor("印花税").underColumns(POLICIES, TAX_SERVICE)))
                .containsExactlyInAnyOrder("public-2", "public-3");
    }

    @Test
    void filtersInColumnsByTheirOwnColumnOnly() {
        index(aPublicDocument(1).title("印花税公告").column(OPEN_GOVERNMENT).build(),
                aPublicDocument(2).title("印花税政策").column(POLICIES).build(),
                aPublicDocument(3).title("印花税指南").column(GUIDES).build());

        assertThat(idsOf(searchFor("印花税").inColumns(OPEN_GOVERNMENT))).containsExactly("public-1");
        assertThat(idsOf(everything().inColumns(OPEN_GOVERNMENT, GUIDES)))
                .containsExactlyInAnyOrder("public-1", "public-3");
    }

    @Test
    void filtersByCategories() {
        index(aPublicDocument(1).title("房产税通知").category("IMPORTANT").build(),
                aPublicDocument(2).title("房产税问答").category("GENERAL").build(),
                aPublicDocument(3).title("房产税动态").category("DYNAMIC_COLUMN_UPDATE").build());

        assertThat(idsOf(searchFor("房产税").categories("IMPORTANT", "DYNAMIC_COLUMN_UPDATE")))
                .containsExactlyInAnyOrder("public-1", "public-3");
    }

    @Test
    void filtersByStatuses() {
        index(anEditorialDocument(1).title("房产税草稿").status("DRAFT").build(),
                anEditorialDocument(2).title("房产税待审").status("IN_REVIEW").build(),
                anEditorialDocument(3).title("房产税已发布").status("PUBLISHED").build());

        assertThat(idsOf(searchFor("房产税").in(Scope.EDITORIAL).statuses("DRAFT", "IN_REVIEW")))
                .containsExactlyInAnyOrder("editorial-1", "editorial-2");
    }

    @Test
    void filtersByDateFromInclusiveToExclusive() {
        index(aPublicDocument(1).title("耕地占用税").date("2026-01-31T23:59:59Z").build(),
                aPublicDocument(2).title("耕地占用税").date("2026-02-01T00:00:00Z").build(),
                aPublicDocument(3).title("耕地占用税").date("2026-02-28T23:59:59Z").build(),
                aPublicDocument(4).title("耕地占用税").date("2026-03-01T00:00:00Z").build());

        assertThat(idsOf(searchFor("耕地占用税").from("2026-02-01T00:00:00Z").to("2026-03-01T00:00:00Z")))
                .containsExactlyInAnyOrder("public-2", "public-3");
        assertThat(idsOf(searchFor("耕地占用税").from("2026-02-01T00:00:00Z")))
                .containsExactlyInAnyOrder("public-2", "public-3", "public-4");
        assertThat(idsOf(everything().to("2026-02-01T00:00:00Z"))).containsExactly("public-1");
    }

    // --- Paging and hits ---

    @Test
    void pagesThroughAllHitsWithAnExactTotal() {
        index(IntStream.rangeClosed(1, 25)
                .mapToObj(n -> aPublicDocument(n).title("环境保护税第" + n + "期").date(DEFAULT_DATE.plusSeconds(n)).build())
                .toArray(SearchDocument[]::new));

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            SearchResult result = engine().search(searchFor("环境保护税").page(page, 10).build());
            assertThat(result.total()).isEqualTo(25);
            seen.addAll(ids(result));
        }
        SearchResult beyondTheEnd = engine().search(searchFor("环境保护税").page(3, 10).build());

        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(beyondTheEnd.hits()).isEmpty();
        assertThat(beyondTheEnd.total()).isEqualTo(25);
    }

    @Test
    void pagesNeverRepeatOrSkipHitsWhenThePhraseLiftsLaterOnes() {
        // 90 short documents hold both words apart; 30 long ones hold them as typed, ranked lower by their length
        // alone, so that only a bonus for the phrase could move them, and with them hits across pages.
        String filler = "，相关事项请关注后续通知".repeat(20);
        List<SearchDocument> documents = new ArrayList<>();
        IntStream.rangeClosed(1, 90).forEach(n -> documents.add(aPublicDocument(n).title("第" + n + "号通知")
                .body("依法纳税，优化服务。").build()));
        IntStream.rangeClosed(91, 120).forEach(n -> documents.add(aPublicDocument(n).title("第" + n + "号通知")
                .body("纳税服务" + filler).build()));
        index(documents.toArray(SearchDocument[]::new));

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(ids(engine().search(searchFor("纳税服务").page(page, 50).build())));
        }

        assertThat(seen).hasSize(120).doesNotHaveDuplicates();
    }

    @Test
    void returnsTheStoredFieldsOfAHit() {
        Instant date = Instant.parse("2026-04-01T08:30:00Z");
        index(aPublicDocument(42).title("土地增值税清算").summary("清算条件与流程").column(GUIDES)
                .category("IMPORTANT").status("PUBLISHED").date(date).build());

        Hit hit = engine().search(SearchQuery.publicSearch("土地增值税")).hits().getFirst();

        assertThat(hit.id()).isEqualTo("public-42");
        assertThat(hit.itemId()).isEqualTo(42);
        assertThat(hit.title()).isEqualTo("土地增值税清算");
        assertThat(hit.summary()).isEqualTo("清算条件与流程");
        assertThat(hit.columnId()).isEqualTo(GUIDES);
        assertThat(hit.category()).isEqualTo("IMPORTANT");
        assertThat(hit.status()).isEqualTo("PUBLISHED");
        assertThat(hit.date()).isEqualTo(date);
        assertThat(hit.score()).isFinite().isPositive();
    }

    // --- Highlights and attachments ---

    @Test
    void highlightsMatchedWordsInTitleAndBody() {
        index(aPublicDocument(1).title("网站运营中心主管审批后24小时内发布")
                .body("信息发布流程：网站运营中心主管审批后24小时内发布。其他事项另行通知。").build());

        Hit hit = engine().search(SearchQuery.publicSearch("主管审批")).hits().getFirst();

        assertThat(hit.highlights().get("title")).singleElement().asString()
                .isEqualTo("网站运营中心<em>主管</em><em>审批</em>后24小时内发布");
        assertThat(hit.highlights().get("body")).anySatisfy(
                snippet -> assertThat(snippet).contains("<em>主管</em><em>审批</em>后24小时内发布"));
    }

    @Test
    void escapesMarkupAroundHighlightedWords() {
        index(aPublicDocument(1).body("申报表<script>alert(1)</script>填写说明").build());

        Hit hit = engine().search(SearchQuery.publicSearch("申报表")).hits().getFirst();

        assertThat(hit.highlights().get("body")).singleElement().asString()
                .contains("<em>申报</em>").contains("&lt;script&gt;").doesNotContain("<script>");
    }

    @Test
    void findsTextThatIsOnlyInAnAttachmentAndNamesTheAttachment() {
        index(aPublicDocument(1).title("办事指南").body("详见附件。")
                .attachment("办理流程.pdf", "第一步提交申请表，第二步等待审核。")
                .attachment("收费标准.xlsx", "工本费免收，滞纳金按日加收万分之五。").build());

        SearchResult result = engine().search(SearchQuery.publicSearch("滞纳金"));

        Hit hit = result.hits().getFirst();
        assertThat(hit.id()).isEqualTo("public-1");
        assertThat(hit.matchedAttachments()).containsExactly("收费标准.xlsx");
        assertThat(hit.highlights().get("attachment")).anySatisfy(
                snippet -> assertThat(snippet).contains("<em>滞纳金</em>"));
        assertThat(hit.highlights()).doesNotContainKey("body");
    }

    @Test
    void highlightsTheAttachmentAlsoWhenTheBodyMatchesManyTimes() {
        String body = IntStream.rangeClosed(1, 8).mapToObj(n -> "第" + n + "种情形下滞纳金另行计算，具体标准以税务机关核定为准。")
                .collect(Collectors.joining());
        index(aPublicDocument(1).title("滞纳金计算说明").summary("滞纳金的几种情形").body(body)
                .attachment("收费标准.xlsx", "滞纳金按日加收万分之五。").build());

        Hit hit = engine().search(SearchQuery.publicSearch("滞纳金")).hits().getFirst();

        assertThat(hit.matchedAttachments()).containsExactly("收费标准.xlsx");
        assertThat(hit.highlights().get("attachment")).anySatisfy(
                snippet -> assertThat(snippet).contains("<em>滞纳金</em>按日加收"));
    }

    @Test
    void namesNoAttachmentWhenOnlyTheBodyMatched() {
        index(aPublicDocument(1).title("办事指南").body("滞纳金的计算方法。").attachment("申请表.docx", "姓名、地址、电话").build());

        Hit hit = engine().search(SearchQuery.publicSearch("滞纳金")).hits().getFirst();

        assertThat(hit.matchedAttachments()).isEmpty();
        assertThat(hit.highlights()).doesNotContainKey("attachment");
    }

    // --- Facets ---

    @Test
    void countsFacetsOverAllMatchesNotJustThePage() {
        index(valueAddedTax(1, POLICIES, "IMPORTANT", "2025-06-01T00:00:00Z"),
                valueAddedTax(2, POLICIES, "GENERAL", "2026-06-01T00:00:00Z"),
                valueAddedTax(3, GUIDES, "GENERAL", "2026-07-01T00:00:00Z"),
                // 2025-12-31 17:00 UTC is 2026-01-01 01:00 in Beijing.
                valueAddedTax(4, GUIDES, "GENERAL", "2025-12-31T17:00:00Z"),
                aPublicDocument(5).title("消费税").column(GUIDES).category("IMPORTANT").build(),
                anEditorialDocument(6).title("增值税").column(GUIDES).category("IMPORTANT").build());

        SearchResult result = engine().search(searchFor("增值税").page(0, 2).build());

        assertThat(result.hits()).hasSize(2);
        assertThat(result.total()).isEqualTo(4);
        assertThat(result.facets().columns()).isEqualTo(Map.of(POLICIES, 2L, GUIDES, 2L));
        assertThat(result.facets().categories()).isEqualTo(Map.of("IMPORTANT", 1L, "GENERAL", 3L));
        assertThat(result.facets().years()).isEqualTo(Map.of(2025, 1L, 2026, 3L));
    }

    private static SearchDocument valueAddedTax(long itemId, long column, String category, String date) {
        return aPublicDocument(itemId).title("增值税").column(column).category(category).date(date).build();
    }

    // --- Suggestions ---

    @Test
    void suggestsTitlesCompletingTheLastWord() {
        index(aPublicDocument(1).title("车船税缴纳指南").build(),
                aPublicDocument(2).title("数电发票开具指南").build(),
                aPublicDocument(3).title("契税申报指南").build());

        assertThat(engine().suggest("数电发", Scope.PUBLIC, 10)).containsExactly("数电发票开具指南");
        assertThat(engine().suggest("车船", Scope.PUBLIC, 10)).containsExactly("车船税缴纳指南");
        assertThat(engine().suggest("契税 申", Scope.PUBLIC, 10)).containsExactly("契税申报指南");
        assertThat(engine().suggest("指南", Scope.PUBLIC, 10)).hasSize(3);
    }

    @Test
    void suggestsOnlyTitlesWithEveryWord() {
        index(aPublicDocument(1).title("契税申报指南").build(),
                aPublicDocument(2).title("印花税申报指南").build());

        assertThat(engine().suggest("契税 申报", Scope.PUBLIC, 10)).containsExactly("契税申报指南");
    }

    @Test
    void suggestsTitlesOfTheRequestedScopeOnly() {
        index(aPublicDocument(1).title("契税申报指南").build(),
                anEditorialDocument(2).title("契税政策草稿").build());

        assertThat(engine().suggest("契税", Scope.PUBLIC, 10)).containsExactly("契税申报指南");
        assertThat(engine().suggest("契税", Scope.EDITORIAL, 10)).containsExactly("契税政策草稿");
    }

    @Test
    void suggestsEachTitleOnceUpToTheLimit() {
        index(aPublicDocument(1).title("契税申报指南").date("2026-01-01T00:00:00Z").build(),
                aPublicDocument(2).title("契税申报指南").date("2026-01-02T00:00:00Z").build(),
                aPublicDocument(3).title("契税申报指南").date("2026-01-03T00:00:00Z").build(),
                aPublicDocument(4).title("契税优惠问答").build(),
                aPublicDocument(5).title("契税政策解读").build());

        assertThat(engine().suggest("契税", Scope.PUBLIC, 10))
                .containsExactlyInAnyOrder("契税申报指南", "契税优惠问答", "契税政策解读");
        assertThat(engine().suggest("契税", Scope.PUBLIC, 2)).hasSize(2).doesNotHaveDuplicates();
        assertThat(engine().suggest("", Scope.PUBLIC, 10)).isEmpty();
    }

    // --- Changes ---

    @Test
    void replacesADocumentIndexedAgainWithTheSameId() {
        index(aPublicDocument(1).title("旧标题").body("原有的契税内容").build());
        index(aPublicDocument(1).title("新标题").body("修改后的印花税内容").build());

        assertThat(idsFound("印花税")).containsExactly("public-1");
        assertThat(idsFound("契税")).isEmpty();
        assertThat(engine().search(everything().build()).total()).isEqualTo(1);
        assertThat(engine().ids(Scope.PUBLIC)).containsExactly("public-1");
    }

    @Test
    void deletesEveryDocumentOfTheItemsIgnoringUnknownItems() {
        index(aPublicDocument(1).title("契税").build(), aPublicDocument(2).title("契税").build(),
                anEditorialDocument(1).title("契税").build(), aDocumentInBothScopes(3).title("契税").build());

        engine().deleteItems(List.of(1L, 3L, 999L));

        assertThat(idsFound("契税")).containsExactly("public-2");
        assertThat(engine().ids(Scope.EDITORIAL)).isEmpty();
    }

    // --- One document for both scopes ---

    @Test
    void findsADocumentInBothScopesFromEitherUnderThatScopesName() {
        index(aDocumentInBothScopes(1).title("契税申报指南").build());

        assertThat(ids(engine().search(searchFor("契税").in(Scope.PUBLIC).build()))).containsExactly("public-1");
        assertThat(ids(engine().search(searchFor("契税").in(Scope.EDITORIAL).build()))).containsExactly("editorial-1");
        assertThat(engine().suggest("契税", Scope.EDITORIAL, 10)).containsExactly("契税申报指南");
        assertThat(engine().ids(Scope.PUBLIC)).containsExactly("public-1");
        assertThat(engine().ids(Scope.EDITORIAL)).containsExactly("editorial-1");
    }

    @Test
    void replacesEveryDocumentAnItemHadWhenItsDocumentsAreIndexedAgain() {
        index(aDocumentInBothScopes(1).title("已发布的契税公告").build());

        index(aPublicDocument(1).title("已发布的契税公告").build(), anEditorialDocument(1).title("修改中的印花税公告").build());
        assertThat(ids(engine().search(searchFor("契税").in(Scope.EDITORIAL).build()))).isEmpty();
        assertThat(ids(engine().search(searchFor("契税").in(Scope.PUBLIC).build()))).containsExactly("public-1");
        assertThat(engine().search(everything().in(Scope.EDITORIAL).build()).total()).isEqualTo(1);

        index(anEditorialDocument(1).title("撤下的契税公告").build());
        assertThat(engine().ids(Scope.PUBLIC)).isEmpty();
        assertThat(engine().search(everything().in(Scope.EDITORIAL).build()).total()).isEqualTo(1);

        index(aDocumentInBothScopes(1).title("重新发布的契税公告").build());
        assertThat(engine().search(everything().in(Scope.EDITORIAL).build()).total()).isEqualTo(1);
        assertThat(engine().search(everything().in(Scope.PUBLIC).build()).total()).isEqualTo(1);
        assertThat(idsFound("重新发布")).containsExactly("public-1");
    }

    @Test
    void deletesEverything() {
        index(aPublicDocument(1).build(), anEditorialDocument(1).build());

        engine().deleteAll();

        assertThat(engine().ids(Scope.PUBLIC)).isEmpty();
        assertThat(engine().ids(Scope.EDITORIAL)).isEmpty();
        assertThat(engine().search(everything().build()).total()).isZero();
    }

    @Test
    void listsTheIdsOfEachScope() {
        index(aPublicDocument(1).build(), aPublicDocument(2).build(), anEditorialDocument(1).build(),
                anEditorialDocument(3).build());

        assertThat(engine().ids(Scope.PUBLIC)).containsExactlyInAnyOrder("public-1", "public-2");
        assertThat(engine().ids(Scope.EDITORIAL)).containsExactlyInAnyOrder("editorial-1", "editorial-3");
    }

    // --- Rebuild ---

    @Test
    void keepsSearchingTheCurrentIndexDuringARebuildAndOnlyTheNewOneAfterIt() {
        index(aPublicDocument(1).title("旧的城镇土地使用税指南").build());

        try (SearchEngine.Rebuild rebuild = engine().startRebuild()) {
            rebuild.index(List.of(aPublicDocument(2).title("新的城镇土地使用税指南").build()));
            rebuild.index(List.of(aPublicDocument(3).title("另一份城镇土地使用税说明").build()));

            assertThat(idsFound("城镇土地使用税")).containsExactly("public-1");

            rebuild.complete();
        }

        assertThat(idsFound("城镇土地使用税")).containsExactlyInAnyOrder("public-2", "public-3");
        assertThat(engine().ids(Scope.PUBLIC)).containsExactlyInAnyOrder("public-2", "public-3");
    }

    @Test
    void changesNothingWhenARebuildIsDiscarded() {
        index(aPublicDocument(1).title("城镇土地使用税指南").build());

        try (SearchEngine.Rebuild rebuild = engine().startRebuild()) {
            rebuild.index(List.of(aPublicDocument(2).title("城镇土地使用税说明").build()));
        }

        assertThat(idsFound("城镇土地使用税")).containsExactly("public-1");
        assertThat(engine().ids(Scope.PUBLIC)).containsExactly("public-1");
        index(aPublicDocument(3).title("城镇土地使用税问答").build());
        assertThat(idsFound("城镇土地使用税")).containsExactlyInAnyOrder("public-1", "public-3");
    }

    // --- How visitors type ---

    @Test
    void findsSimplifiedTextByTraditionalAndFullWidthCharacters() {
        index(aPublicDocument(1).title("个人所得税汇算清缴").build(), aPublicDocument(2).title("PDF发票下载").build());

        assertThat(idsFound("個人所得稅")).containsExactly("public-1");
        assertThat(idsFound("ＰＤＦ发票")).containsExactly("public-2");
        assertThat(engine().search(SearchQuery.publicSearch("個人所得稅")).rescues()).contains(Rescue.NORMALISED);
    }

    @Test
    void findsTheFullTermByItsAbbreviationAndTheAbbreviationByTheFullTerm() {
        index(aPublicDocument(1).title("小型微利企业所得税优惠").build(), aPublicDocument(2).title("个税APP使用说明").build(),
                aPublicDocument(3).title("企业所得税汇算").build());

        assertThat(idsFound("小微企业")).containsExactly("public-1");
        assertThat(idsFound("个人所得税app")).containsExactly("public-2");
        assertThat(engine().search(SearchQuery.publicSearch("小微企业")).rescues()).containsExactly(Rescue.SYNONYM);
    }

    @Test
    void findsAFullTermThatDocumentsCutOtherwiseThanTheDictionary() {
        // smartcn cuts 残疾人就业保障金 alone as 残疾人 + 就业 + 保障 + 金, and in this title as 残疾人 + 就业 + 保障金.
        index(aPublicDocument(1).title("关于残疾人就业保障金征收的通告").build(), aPublicDocument(2).title("就业补贴").build());

        assertThat(idsFound("残保金")).containsExactly("public-1");
    }

    @Test
    void keepsADictionaryTermTogetherInsteadOfCuttingItApart() {
        // smartcn cuts 开发票 into 开发 + 票; the dictionary knows it as 开具发票.
        index(aPublicDocument(1).title("数电发票开具指南").build(), aPublicDocument(2).title("开发区招商引资").build());

        assertThat(idsFound("怎么开发票")).containsExactly("public-1");
    }

    @Test
    void doesNotRequireQuestionWords() {
        index(aPublicDocument(1).title("车船税缴纳指南").build());

        SearchResult result = engine().search(SearchQuery.publicSearch("车船税在哪里缴纳多少钱"));

        assertThat(ids(result)).containsExactly("public-1");
        assertThat(result.rescues()).contains(Rescue.QUESTION_WORDS).doesNotContain(Rescue.PARTIAL_MATCH);
    }

    @Test
    void ranksPartialMatchesRatherThanShowingAnEmptyPage() {
        index(aPublicDocument(1).title("契税申报指南").body("存量房交易的契税申报").build(),
                aPublicDocument(2).title("印花税申报").build(), aPublicDocument(3).title("党建工作会议").build());
        assertThat(idsFound("契税 滞纳金")).containsExactly("public-1");

        SearchResult result = engine().search(SearchQuery.publicSearch("契税 申报 滞纳金 罚款 标准"));

        // Two of the five words at least: 申报 alone is too little to show 印花税申报 for.
        assertThat(ids(result)).containsExactly("public-1");
        assertThat(result.rescues()).contains(Rescue.PARTIAL_MATCH);
        assertThat(engine().search(SearchQuery.publicSearch("契税申报")).rescues()).isEmpty();
    }

    @Test
    void findsNothingWhenNoWordMatches() {
        index(aPublicDocument(1).title("契税申报指南").build());

        SearchResult result = engine().search(SearchQuery.publicSearch("党建 会议"));

        assertThat(result.total()).isZero();
        assertThat(result.rescues()).doesNotContain(Rescue.PARTIAL_MATCH);
    }

    // --- The judged set ---

    @TestFactory
    Stream<DynamicTest> ranksTheRightItemInTheTopThreeForEachJudgedQuery() {
        indexTheSampleSite();
        return JudgedQueries.all().stream().map(judged -> DynamicTest.dynamicTest(judged.toString(),
                () -> assertThat(topThreeTitles(judged)).as("top three for %s", judged.query())
                        .contains(judged.expectedTitle())));
    }

    @TestFactory
    Stream<DynamicTest> ranksTheRightItemFirstForEachVisitorTypedQuery() {
        indexTheSampleSite();
        return JudgedQueries.visitorTyped().stream().map(judged -> DynamicTest.dynamicTest(judged.toString(), () -> {
            assertThat(judged.expectedTitle()).as("the title holds the query as typed").doesNotContain(judged.query());
            assertThat(topThreeTitles(judged)).as("top three for %s", judged.query())
                    .first().isEqualTo(judged.expectedTitle());
        }));
    }

    private void indexTheSampleSite() {
        List<SearchDocument> corpus = SampleSiteCorpus.documents();
        for (int from = 0; from < corpus.size(); from += 50) {
            engine().index(corpus.subList(from, Math.min(corpus.size(), from + 50)));
        }
    }

    private List<String> topThreeTitles(JudgedQuery judged) {
        return engine().search(searchFor(judged.query()).page(0, 3).build()).hits().stream().map(Hit::title).toList();
    }

    // --- Helpers ---

    protected void index(SearchDocument... documents) {
        engine().index(Arrays.asList(documents));
    }

    protected List<String> idsFound(String text) {
        return ids(engine().search(SearchQuery.publicSearch(text)));
    }

    protected List<String> idsOf(SearchQueries query) {
        return ids(engine().search(query.build()));
    }

    protected static List<String> ids(SearchResult result) {
        return result.hits().stream().map(Hit::id).toList();
    }
}
