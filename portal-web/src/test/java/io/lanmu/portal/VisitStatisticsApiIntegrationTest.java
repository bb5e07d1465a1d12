package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.lanmu.column.Column;
import io.lanmu.column.ColumnKind;
import io.lanmu.testsupport.TestClock;
import io.lanmu.testsupport.TestSite;
import io.lanmu.visit.VisitFlush;
import io.lanmu.web.ApiTest;
import io.lanmu.web.ApiTokensForTests;
import io.lanmu.web.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Visit statistics: views counted in memory on every page answer, from memory too, written as daily totals by the
 * flush; unique visitors from a daily-salted hash; referring domains; robots left out; no address stored anywhere.
 * Each test works on days of its own.
 */
@ApiTest
@Import({Publishing.class, DatabaseCalls.class})
class VisitStatisticsApiIntegrationTest {

    static final String FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    static final String CHROME = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Mobile Safari/537.36";
    static final String ALICE = "203.0.113.5";
    static final String BOB = "198.51.100.77";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Publishing publishing;

    @Autowired
    TestSite site;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    VisitFlush flush;

    @Autowired
    TestClock clock;

    @Autowired
    DatabaseCalls database;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        clock.reset();
    }

    @Test
    void viewsOfTwoVisitorsAreCountedByItemColumnAndDayAfterTheFlush() {
        clock.set(Instant.parse("2026-03-02T02:00:00Z"));
        Column news = publishing.column(null, "统计新闻", ColumnKind.LIST);
        long id = publishing.published(news, "被访问的通告");
        String item = news.getPath() + "/" + id + ".html";

        view(item, ALICE, FIREFOX, "https://www.baidu.com/s?wd=通告");
        view(item, ALICE, FIREFOX, null);
        int hit = database.during(() -> assertThat(view(item, ALICE, FIREFOX, null)).hasStatusOk());
        view(item, BOB, CHROME, "https://news.example.org/today");
        view(item, BOB, CHROME, "http://localhost/");
        view(news.getPath() + "/", BOB, CHROME, null);

        assertThat(hit).as("a view served from memory is counted without the database").isZero();
        assertThat(Json.body(report("2026-03-02", "2026-03-02"))).contains("\"views\":0");
        flush.flush();

        String json = Json.body(report("2026-03-02", "2026-03-02"));
        assertThat(((Number) JsonPath.read(json, "$.views")).longValue()).isEqualTo(6);
        assertThat((List<Integer>) JsonPath.read(json, "$.days[?(@.day == '2026-03-02')].visitors")).containsExactly(2);
        assertThat((List<Integer>) JsonPath.read(json, "$.items[?(@.itemId == " + id + ")].views")).containsExactly(5);
        assertThat((List<Integer>) JsonPath.read(json, "$.columns[?(@.columnId == " + news.getId() + ")].views"))
                .containsExactly(6);
        Map<String, Integer> referrers = Map.of("baidu.com", 1, "news.example.org", 1);
        List<Map<String, Object>> found = JsonPath.read(json, "$.referrers");
        assertThat(found).extracting(r -> r.get("domain"), r -> r.get("views"))
                .containsExactlyInAnyOrder(referrers.entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue())).toArray(
                                org.assertj.core.groups.Tuple[]::new));
    }

    @Test
    void robotsAreNotCounted() {
        clock.set(Instant.parse("2026-03-20T02:00:00Z"));
        Column news = publishing.column(null, "机器人新闻", ColumnKind.LIST);
        long id = publishing.published(news, "被爬的通告");
        String item = news.getPath() + "/" + id + ".html";

        for (String robot : List.of("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)", "curl/8.5.0",
                "python-requests/2.32", "")) {
            view(item, ALICE, robot, null);
        }
        view(item, BOB, FIREFOX, null);
        flush.flush();

        String json = Json.body(report("2026-03-20", "2026-03-20"));
        assertThat(((Number) JsonPath.read(json, "$.views")).longValue()).isEqualTo(1);
        assertThat(((Number) JsonPath.read(json, "$.days[0].visitors")).longValue()).isEqualTo(1);
    }

    @Test
    void noAddressOrUserAgentIsStoredInAnyTable() throws Exception {
        clock.set(Instant.parse("2026-04-01T02:00:00Z"));
        Column news = publishing.column(null, "隐私新闻", ColumnKind.LIST);
        long id = publishing.published(news, "隐私通告");
        view(news.getPath() + "/" + id + ".html", ALICE, FIREFOX, null);
        view("/", BOB, CHROME, null);
        flush.flush();

        String unsalted = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest((ALICE + "\n" + FIREFOX).getBytes(StandardCharsets.UTF_8)), 0, 16);
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from "
                + "information_schema.columns where table_schema = current_schema and (upper(data_type) like '%CHAR%' "
                + "or upper(data_type) in ('TEXT', 'CHARACTER LARGE OBJECT', 'CLOB'))");
        assertThat(columns).extracting(c -> c.get("table_name").toString().toLowerCase())
                .contains("visit_visitor", "visit_referrer", "visit_salt");
        for (Map<String, Object> column : columns) {
            // Quoted as the catalogue spells them: H2 in capitals, PostgreSQL in small letters.
            String name = "\"" + column.get("column_name") + "\"";
            String where = name + " like ? or " + name + " like ? or " + name + " like ? or " + name + " = ?";
            assertThat(jdbc.queryForObject("select count(*) from \"" + column.get("table_name") + "\" where " + where,
                    Integer.class, "%" + ALICE + "%", "%" + BOB + "%", "%Firefox/133%", unsalted))
                    .as(column.toString()).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from visit_visitor where on_day = date '2026-04-01'",
                Integer.class)).isEqualTo(2);
    }

    @Test
    void aDayThatIsOverKeepsItsVisitorCountButLosesItsSaltAndHashes() {
        clock.set(Instant.parse("2026-05-05T02:00:00Z"));
        Column news = publishing.column(null, "跨日新闻", ColumnKind.LIST);
        long id = publishing.published(news, "跨日通告");
        String item = news.getPath() + "/" + id + ".html";
        view(item, ALICE, FIREFOX, null);
        view(item, BOB, CHROME, null);
        flush.flush();
        clock.advance(Duration.ofDays(2));
        view(item, ALICE, FIREFOX, null);
        flush.flush();

        flush.closePastDays();

        assertThat(jdbc.queryForList("select on_day from visit_salt", java.time.LocalDate.class))
                .allMatch(day -> !day.isBefore(java.time.LocalDate.parse("2026-05-07")));
        assertThat(jdbc.queryForObject("select count(*) from visit_visitor where on_day <= date '2026-05-05'",
                Integer.class)).isZero();
        String json = Json.body(report("2026-05-05", "2026-05-07"));
        assertThat((List<Integer>) JsonPath.read(json, "$.days[?(@.day == '2026-05-05')].visitors")).containsExactly(2);
        assertThat((List<Integer>) JsonPath.read(json, "$.days[?(@.day == '2026-05-07')].visitors")).containsExactly(1);
        assertThat(((Number) JsonPath.read(json, "$.views")).longValue()).isEqualTo(3);
    }

    @Test
    void statisticsAreForAdminsAndApproversOverAValidRange() {
        assertThat(mvc.get().uri("/api/admin/statistics/visits?from=2026-01-01&to=2026-01-31")
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer(site.admin())).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/api/admin/statistics/visits?from=2026-01-01&to=2026-01-31")
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer(site.contributor())).exchange()).hasStatus(403);
        MvcTestResult backwards = report("2026-02-01", "2026-01-01");
        assertThat(backwards).hasStatus(422);
        assertThat(Json.stringAt(backwards, "$.code")).isEqualTo("statistics-range-invalid");
        assertThat(report("2026-13-01", "2026-01-01")).hasStatus(400);
    }

    private MvcTestResult view(String path, String address, String userAgent, String referrer) {
        var request = mvc.get().uri(path).header(HttpHeaders.USER_AGENT, userAgent).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        if (referrer != null) {
            request.header(HttpHeaders.REFERER, referrer);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return result;
    }

    private MvcTestResult report(String from, String to) {
        return mvc.get().uri("/api/admin/statistics/visits?from={from}&to={to}", from, to)
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer(site.approver())).exchange();
    }
}
