package io.lanmu.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lanmu.column.Column;
import io.lanmu.column.ColumnKind;
import io.lanmu.web.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A kept answer on a real Tomcat, which keeps content type and length apart from the other headers and writes the
 * security headers as the answer is committed: served again, it carries the same headers and bytes as the first.
 */
@ServerTest
@Import(Publishing.class)
class PageCacheOnTomcatIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Publishing publishing;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void keptAnswerCarriesTheHeadersAndBytesOfTheFirst() throws Exception {
        Column news = publishing.column(null, "服务器新闻", ColumnKind.LIST);
        long id = publishing.published(news, "服务器上的通告");

        for (String path : List.of(news.getPath() + "/" + id + ".html", "/api/v1/items/" + id)) {
            HttpResponse<byte[]> first = get(path, null);
            HttpResponse<byte[]> again = get(path, null);
            HttpResponse<byte[]> revalidated = get(path, again.headers().firstValue("ETag").orElseThrow());

            assertThat(first.statusCode()).as(path).isEqualTo(200);
            assertThat(again.statusCode()).as(path).isEqualTo(200);
            assertThat(again.body()).as(path).isEqualTo(first.body());
            assertThat(headers(again)).as(path).isEqualTo(headers(first))
                    .containsKeys("content-type", "content-length", "content-security-policy", "etag", "cache-control",
                            "x-content-type-options");
            assertThat(revalidated.statusCode()).as(path).isEqualTo(304);
            assertThat(revalidated.body()).as(path).isEmpty();
        }
    }

    private HttpResponse<byte[]> get(String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The headers but those the server writes anew for every answer. */
    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.keySet().removeAll(List.of("date", "keep-alive", "connection"));
        return headers;
    }
}
