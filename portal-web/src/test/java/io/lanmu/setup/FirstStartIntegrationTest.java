package io.lanmu.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.testsupport.H2Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * A first start over real HTTP, as an outside script sees it: the sample site is there, its users
 * sign in with the passwords written at start-up, and the fixed part of the API answers as promised.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lanmu.scheduling.enabled=false", "lanmu.setup.demo-password="})
@ContextConfiguration(initializers = H2Database.class)
class FirstStartIntegrationTest {

    private static final Path DATA = createDataDir();

    @LocalServerPort
    int port;

    RestClient http;

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) {
        registry.add("lanmu.data-dir", DATA::toString);
    }

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    @Test
    void randomPasswordsAreWrittenToAnOwnerOnlyFile() throws IOException {
        Path file = DATA.resolve(FirstStart.PASSWORD_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(passwords()).containsOnlyKeys("admin", "editor", "editor2", "approver", "approver2", "contributor");
    }

    @Test
    void everySampleUserGetsATokenWithThePasswordFromTheFile() throws IOException {
        for (Map.Entry<String, String> user : passwords().entrySet()) {
            ResponseEntity<Map<String, Object>> issued = issue(user.getKey(), user.getValue());

            assertThat(issued.getStatusCode()).as(user.getKey()).isEqualTo(HttpStatus.CREATED);
            assertThat((String) issued.getBody().get("token")).startsWith("lmu_");
        }
    }

    @Test
    void publicColumnTreeHasTheContractShape() {
        List<Map<String, Object>> tree = http.get().uri("/api/v1/columns").retrieve()
                .body(new ParameterizedTypeReference<>() { });

        assertThat(tree).isNotEmpty().allSatisfy(column -> assertThat(column)
                .containsKeys("id", "name", "slug", "kind", "children"));
        assertThat(tree).extracting(column -> column.get("kind")).contains("LIST", "PAGE", "LINK");
        assertThat(tree).anySatisfy(column -> assertThat((List<?>) column.get("children")).isNotEmpty());
    }

    @Test
    void sampleItemsAreReadableThroughThePublicApi() {
        List<Map<String, Object>> tree = http.get().uri("/api/v1/columns").retrieve()
                .body(new ParameterizedTypeReference<>() { });
        Map<String, Object> news = tree.stream().filter(column -> "LIST".equals(column.get("kind")))
                .filter(column -> !((List<?>) column.get("children")).isEmpty()).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> child = ((List<Map<String, Object>>) news.get("children")).getFirst();

        Map<String, Object> page = http.get().uri("/api/v1/columns/{id}/items?size=5", child.get("id")).retrieve()
                .body(new ParameterizedTypeReference<>() { });
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) page.get("items")).getFirst();
        Map<String, Object> item = http.get().uri("/api/v1/items/{id}", first.get("id")).retrieve()
                .body(new ParameterizedTypeReference<>() { });

        assertThat(item).containsKeys("id", "title", "body", "columnId", "category", "publishedAt");
        assertThat(item.get("columnId")).isEqualTo(child.get("id"));
    }

    @Test
    void editorCreatesAnItemInASampleColumnThroughTheContract() throws IOException {
        String token = (String) issue("editor", passwords().get("editor")).getBody().get("token");
        List<Map<String, Object>> tree = http.get().uri("/api/v1/columns").retrieve()
                .body(new ParameterizedTypeReference<>() { });
        Object listColumn = tree.stream().filter(column -> "LIST".equals(column.get("kind"))).findFirst()
                .orElseThrow().get("id");

        ResponseEntity<Map<String, Object>> created = http.post().uri("/api/admin/items")
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("columnId", listColumn, "title", "关于开展纳税人满意度调查的通知", "body", "<p>欢迎参与。</p>",
                        "category", "GENERAL"))
                .retrieve().toEntity(new ParameterizedTypeReference<>() { });

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsKeys("id", "version", "status", "dueAt");
        assertThat(created.getBody().get("status")).isEqualTo("DRAFT");
    }

    private ResponseEntity<Map<String, Object>> issue(String username, String password) {
        return http.post().uri("/api/auth/tokens").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", username, "password", password)).retrieve()
                .toEntity(new ParameterizedTypeReference<>() { });
    }

    private static Map<String, String> passwords() throws IOException {
        return Files.readAllLines(DATA.resolve(FirstStart.PASSWORD_FILE)).stream()
                .filter(line -> line.startsWith("  "))
                .map(line -> line.trim().split(" / "))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("lanmu-first-start");
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
