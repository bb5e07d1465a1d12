package io.lanmu.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.Column;
import io.lanmu.item.ItemEditing;
import io.lanmu.testsupport.ItemMother;
import io.lanmu.testsupport.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Shaping the column tree through the management API, and the public tree.
 */
@ApiTest
class ColumnApiIntegrationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    ItemEditing editing;

    String admin;

    @BeforeEach
    void setUp() {
        admin = tokens.bearer(site.admin());
    }

    @Test
    void adminCreatesNestedColumnsOfEveryKindAndVisitorsSeeTheVisibleTree() {
        long news = id(create(null, "新闻动态", "news", "LIST", null));
        long work = id(create(news, "工作动态", "work", "LIST", null));
        create(null, "机构概况", "about", "PAGE", null);
        create(null, "电子税务局", "etax", "LINK", "https://etax.example.gov.cn");

        MvcTestResult tree = mvc.get().uri("/api/v1/columns").exchange();

        assertThat(tree).hasStatusOk().bodyJson().extractingPath("$[?(@.slug == 'news')].children[0].id")
                .asArray().containsExactly((int) work);
        assertThat(tree).bodyJson().extractingPath("$[?(@.slug == 'etax')].kind").asArray().containsExactly("LINK");
        assertThat(tree).bodyJson().extractingPath("$[?(@.slug == 'news')].children[0].slug").asArray()
                .containsExactly("work");
        assertThat(mvc.get().uri("/api/admin/columns/" + work).header(HttpHeaders.AUTHORIZATION, admin)).bodyJson()
                .extractingPath("$.path").isEqualTo("/news/work");
    }

    @Test
    void hiddenColumnsAndTheirSubtreesAreNotPublic() {
        long archive = id(create(null, "历史归档", "archive", "LIST", null));
        long inner = id(create(archive, "2020年", "y2020", "LIST", null));

        MvcTestResult hidden = put(archive, "{\"visible\": false, \"version\": 0}");

        assertThat(hidden).hasStatusOk().bodyJson().extractingPath("$.visible").isEqualTo(false);
        assertThat(mvc.get().uri("/api/v1/columns").exchange()).bodyJson()
                .extractingPath("$[?(@.slug == 'archive')]").asArray().isEmpty();
        assertThat(mvc.get().uri("/api/v1/columns/" + inner)).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/columns/" + inner + "/items")).hasStatus(404);
    }

    @Test
    void duplicateSlugAmongSiblingsIsRefused() {
        create(null, "通知公告", "notices", "LIST", null);

        MvcTestResult duplicate = create(null, "通知", "notices", "LIST", null);

        assertThat(duplicate).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("column-slug-taken");
    }

    @Test
    void movingAColumnUnderItsOwnSubtreeIsRefusedAndChangesNothing() {
        long parent = id(create(null, "政务公开", "open", "LIST", null));
        long child = id(create(parent, "政策法规", "policy", "LIST", null));

        MvcTestResult move = mvc.post().uri("/api/admin/columns/" + parent + "/move")
                .header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\": " + child + "}").exchange();

        assertThat(move).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("column-move-into-own-subtree");
        assertThat(mvc.get().uri("/api/admin/columns/" + parent).header(HttpHeaders.AUTHORIZATION, admin)).bodyJson()
                .extractingPath("$.parentId").isNull();
    }

    @Test
    void movingAColumnCarriesItsSubtreeAlong() {
        long from = id(create(null, "纳税服务", "service", "LIST", null));
        long guide = id(create(from, "办税指南", "guide", "LIST", null));
        long faq = id(create(guide, "常见问题", "faq", "LIST", null));
        long to = id(create(null, "互动交流", "interact", "LIST", null));

        MvcTestResult moved = mvc.post().uri("/api/admin/columns/" + guide + "/move")
                .header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"parentId\": " + to + ", \"position\": 0}").exchange();

        assertThat(moved).hasStatusOk().bodyJson().extractingPath("$.path").isEqualTo("/interact/guide");
        assertThat(mvc.get().uri("/api/admin/columns/" + faq).header(HttpHeaders.AUTHORIZATION, admin)).bodyJson()
                .extractingPath("$.path").isEqualTo("/interact/guide/faq");
    }

    @Test
    void reorderingPutsAColumnAtTheRequestedPosition() {
        long parent = id(create(null, "首页栏目", "home", "LIST", null));
        long first = id(create(parent, "一", "one", "LIST", null));
        long second = id(create(parent, "二", "two", "LIST", null));
        long third = id(create(parent, "三", "three", "LIST", null));

        mvc.post().uri("/api/admin/columns/" + third + "/move").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content("{\"parentId\": " + parent + ", \"position\": 0}")
                .exchange();

        assertThat(mvc.get().uri("/api/v1/columns/" + parent)).bodyJson().extractingPath("$.children[*].id")
                .asArray().containsExactly((int) third, (int) first, (int) second);
    }

    @Test
    void columnsThatHoldSomethingCannotBeDeleted() {
        long parent = id(create(null, "新闻", "press", "LIST", null));
        long child = id(create(parent, "媒体聚焦", "media", "LIST", null));
        Column childColumn = new ColumnLookup(child).column(site);
        editing.create(ItemMother.notice(child), site.editorOf(childColumn));

        assertThat(delete(parent)).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("column-has-children");
        assertThat(delete(child)).hasStatus(409).bodyJson().extractingPath("$.code").isEqualTo("column-holds-items");
        long empty = id(create(null, "空栏目", "empty", "LIST", null));
        assertThat(delete(empty)).hasStatus(204);
    }

    @Test
    void onlyAdminsShapeTheTree() {
        String editor = tokens.bearer(site.person("editor", io.lanmu.shared.Role.EDITOR));

        MvcTestResult refused = mvc.post().uri("/api/admin/columns").header(HttpHeaders.AUTHORIZATION, editor)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"x\", \"slug\": \"x\", \"kind\": \"LIST\"}").exchange();

        assertThat(refused).hasStatus(403);
    }

    @Test
    void invalidColumnsAreRefusedWithTheField() {
        assertThat(create(null, "坏别名", "Bad Slug", "LIST", null)).hasStatus(422).bodyJson().extractingPath("$.field")
                .isEqualTo("slug");
        assertThat(create(null, "链接", "link", "LINK", "javascript:alert(1)")).hasStatus(422).bodyJson()
                .extractingPath("$.field").isEqualTo("linkUrl");
        assertThat(create(424242L, "孤儿", "orphan", "LIST", null)).hasStatus(422).bodyJson()
                .extractingPath("$.field").isEqualTo("parentId");
    }

    private MvcTestResult create(Long parentId, String name, String slug, String kind, String link) {
        return mvc.post().uri("/api/admin/columns").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"parentId": %s, "name": "%s", "slug": "%s", "kind": "%s", "linkUrl": %s}"""
                        .formatted(parentId, name, slug, kind, link == null ? "null" : "\"" + link + "\""))
                .exchange();
    }

    private MvcTestResult put(long id, String json) {
        return mvc.put().uri("/api/admin/columns/" + id).header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private MvcTestResult delete(long id) {
        return mvc.delete().uri("/api/admin/columns/" + id).header(HttpHeaders.AUTHORIZATION, admin).exchange();
    }

    private static long id(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return Json.longAt(result, "$.id");
    }

    /** Looks a column up by id for the object mother, which works with entities. */
    private record ColumnLookup(long id) {

        Column column(TestSite site) {
            return site.find(id);
        }
    }
}
