package io.lanmu.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.lanmu.browser.Chromium.Window;
import io.lanmu.load.Http;
import io.lanmu.load.Http.Answer;
import io.lanmu.testsupport.H2Database;
import io.lanmu.web.TemporaryDataFolder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * The public site's main pages in a real Chromium, on the sample site plus an official document with an attachment:
 * axe-core finds no serious or critical accessibility violation (WCAG 2.1 A and AA rules) at phone and desktop width,
 * no page makes a phone scroll sideways, the keyboard reaches the content first, and each page is saved as a
 * screenshot under {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {"lanmu.scheduling.enabled=false",
    "lanmu.setup.demo-password=" + PublicSiteAccessibilityBrowserTest.PASSWORD})
@ContextConfiguration(initializers = {H2Database.class, TemporaryDataFolder.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteAccessibilityBrowserTest {

    static final String PASSWORD = "browser-test-password";
    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort
    int port;

    Chromium chromium;
    Http http;
    String itemWithFile;

    @BeforeAll
    void startBrowserAndPublishADocument() {
        http = new Http(base());
        itemWithFile = publishDocumentWithAttachment();
        chromium = Chromium.start();
    }

    @AfterAll
    void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    Stream<Arguments> mainPages() {
        JsonNode columns = http.get("/api/v1/columns", null).json();
        String list = pathOfFirst(columns, "LIST");
        String page = pathOfFirst(columns, "PAGE");
        return Stream.of(Arguments.of("home", "/"), Arguments.of("column-list", list),
                Arguments.of("column-page", page), Arguments.of("item", itemWithFile),
                Arguments.of("search", "/search?q=" + Http.query("个人所得税")),
                Arguments.of("search-empty", "/search?q=" + Http.query("不存在的词语甲乙丙")),
                Arguments.of("not-found", "/no-such-column/"))
                .flatMap(page2 -> Stream.of(Window.values()).map(window -> Arguments.of(page2.get()[0],
                        page2.get()[1], window)));
    }

    @ParameterizedTest(name = "{0} at {2} width")
    @MethodSource("mainPages")
    void mainPageHasNoSeriousAccessibilityViolations(String name, String path, Window window) {
        ChromeDriver driver = chromium.driver();
        chromium.resize(window);
        driver.get(base() + path);

        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        chromium.screenshot("portal-" + name + "-" + window.label(), window);

        assertThat(results.isErrored()).as("axe-core ran").isFalse();
        assertThat(results.getPasses()).as("rules axe-core checked and found kept").isNotEmpty();
        assertThat(blocking(results.getViolations())).as("serious or critical violations on " + path).isEmpty();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(chromium.scrollsSideways()).as(path + " scrolls sideways at " + window.label()).isFalse();
    }

    @Test
    void keyboardReachesTheSkipLinkFirstAndItLeadsToTheContent() {
        ChromeDriver driver = chromium.driver();
        chromium.resize(Window.DESKTOP);
        driver.get(base() + itemWithFile);

        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = driver.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.isDisplayed()).as("the skip link shows when it has focus").isTrue();

        focused.sendKeys(Keys.ENTER);
        assertThat(driver.getCurrentUrl()).endsWith("#main");
        assertThat(driver.findElement(By.id("main")).getText()).contains("关于调整个人所得税专项附加扣除申报方式的公告");
    }

    @Test
    void itemPageOffersItsAttachmentWithSizeAndTypeAndTheOfficialFields() {
        ChromeDriver driver = chromium.driver();
        chromium.resize(Window.PHONE);
        driver.get(base() + itemWithFile);

        String page = driver.findElement(By.id("main")).getText();
        assertThat(page).contains("青税告〔2026〕9号", "国家税务总局青州市税务局", "申报操作指引.txt");
        WebElement download = driver.findElement(By.cssSelector("a[href*='/attachments/']"));
        assertThat(download.getText()).contains("申报操作指引.txt");
    }

    private String publishDocumentWithAttachment() {
        String editor = http.signIn("editor", PASSWORD);
        String approver = http.signIn("approver", PASSWORD);
        long column = firstColumnOfKind(http.get("/api/v1/columns", null).json(), "LIST").get("id").asLong();
        long id = expect(http.postJson("/api/admin/items", editor, """
                {"columnId": %d, "title": "关于调整个人所得税专项附加扣除申报方式的公告", "category": "IMPORTANT",
                 "body": "<h2>一、申报方式</h2><p>纳税人可通过个人所得税App申报专项附加扣除。</p><ul><li>子女教育</li><li>继续教育</li></ul>",
                 "source": "青州市税务局", "documentNumber": "青税告〔2026〕9号", "issuingBody": "国家税务总局青州市税务局",
                 "issuedOn": "2026-11-30", "indexNumber": "11370200MB0000000X/2026-00009"}"""
                .formatted(column)), 201).id();
        expect(http.upload("/api/admin/items/%d/attachments".formatted(id), editor, "申报操作指引.txt", "text/plain",
                "第一步：登录个人所得税App。第二步：填报专项附加扣除。".getBytes(StandardCharsets.UTF_8)), 201);
        expect(http.postJson("/api/admin/items/%d/submit".formatted(id), editor, null), 200);
        expect(http.postJson("/api/admin/items/%d/approve".formatted(id), approver, "{}"), 200);
        // Search pages read the index, which the publication reaches in the background.
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/api/v1/search?q="
                + Http.query("专项附加扣除申报方式"), null).json().get("total").asLong() > 0);
        return pathOf(columnWithId(http.get("/api/v1/columns", null).json(), column)) + id + ".html";
    }

    private static Answer expect(Answer answer, int status) {
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(status);
        return answer;
    }

    private static String pathOfFirst(JsonNode columns, String kind) {
        return pathOf(firstColumnOfKind(columns, kind));
    }

    /** A column's page, as {@code Links} writes it: its path and a slash. */
    private static String pathOf(JsonNode column) {
        return column.get("path").asString() + "/";
    }

    private static JsonNode columnWithId(JsonNode columns, long id) {
        return flattened(columns).filter(column -> column.get("id").asLong() == id).findFirst().orElseThrow();
    }

    private static Stream<JsonNode> flattened(JsonNode columns) {
        return columns.valueStream().flatMap(column -> Stream.concat(Stream.of(column),
                flattened(column.get("children"))));
    }

    private static JsonNode firstColumnOfKind(JsonNode columns, String kind) {
        return flattened(columns).filter(column -> kind.equals(column.get("kind").asString())).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " column in " + columns));
    }

    private static List<String> blocking(List<Rule> violations) {
        return violations.stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
