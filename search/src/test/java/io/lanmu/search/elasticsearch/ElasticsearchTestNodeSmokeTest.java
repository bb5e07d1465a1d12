package io.lanmu.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the test node runs and analyses Chinese the way production does with Elastic's analysis-smartcn plugin.
 * Plain HTTP, so that a failure here points at the node and not at a client library.
 */
class ElasticsearchTestNodeSmokeTest {

    private static final String SENTENCE = "网站运营中心主管审批后24小时内发布";
    private static final List<String> SENTENCE_WORDS =
            List.of("网站", "运营", "中心", "主管", "审批", "后", "24", "小时", "内", "发布");
    private static final String INDEX = "smoke-smartcn";

    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void createIndexWithSmartcnFields() throws Exception {
        // One field uses the analyzer, the other a custom chain of the plugin's tokenizer and stop filter.
        send("PUT", "/" + INDEX, """
                {
                  "settings": {
                    "number_of_shards": 1,
                    "number_of_replicas": 0,
                    "analysis": {
                      "analyzer": {
                        "chinese_custom": {
                          "type": "custom",
                          "tokenizer": "smartcn_tokenizer",
                          "filter": ["lowercase", "smartcn_stop"]
                        }
                      }
                    }
                  },
                  "mappings": {
                    "properties": {
                      "title": {"type": "text", "analyzer": "smartcn"},
                      "body": {"type": "text", "analyzer": "chinese_custom"}
                    }
                  }
                }
                """, 200);
    }

    @AfterAll
    static void dropIndex() throws Exception {
        send("DELETE", "/" + INDEX, null, 200);
    }

    @Test
    void nodeReportsHealthyCluster() throws Exception {
        String health = send("GET", "/_cluster/health", null, 200);

        assertThat(JsonPath.<String>read(health, "$.status")).isIn("green", "yellow");
    }

    @Test
    void smartcnAnalyzerSplitsChineseIntoWords() throws Exception {
        String analysis = send("POST", "/_analyze", """
                {"analyzer": "smartcn", "text": "%s"}
                """.formatted(SENTENCE), 200);

        assertThat(JsonPath.<List<String>>read(analysis, "$.tokens[*].token")).isEqualTo(SENTENCE_WORDS);
    }

    @Test
    void customAnalyzerFromSmartcnTokenizerLowercasesAndDropsPunctuation() throws Exception {
        String analysis = send("POST", "/" + INDEX + "/_analyze", """
                {"field": "body", "text": "CMS：网站运营中心主管审批后，24小时内发布。"}
                """, 200);

        assertThat(JsonPath.<List<String>>read(analysis, "$.tokens[*].token"))
                .containsExactly("cms", "网站", "运营", "中心", "主管", "审批", "后", "24", "小时", "内", "发布");
    }

    @Test
    void matchQueryFindsAndHighlightsSmartcnWords() throws Exception {
        send("PUT", "/" + INDEX + "/_doc/1?refresh=true", """
                {"title": "%s", "body": "%s"}
                """.formatted(SENTENCE, SENTENCE), 201);

        String title = search("title");
        String body = search("body");

        assertThat(JsonPath.<List<String>>read(title, "$.hits.hits[0].highlight.title"))
                .containsExactly("网站运营中心<em>主管</em><em>审批</em>后24小时内发布");
        assertThat(JsonPath.<List<String>>read(body, "$.hits.hits[0].highlight.body"))
                .containsExactly("网站运营中心<em>主管</em><em>审批</em>后24小时内发布");
    }

    private static String search(String field) throws Exception {
        return send("POST", "/" + INDEX + "/_search", """
                {"query": {"match": {"%1$s": "主管审批"}}, "highlight": {"fields": {"%1$s": {}}}}
                """.formatted(field), 200);
    }

    private static String send(String method, String path, String json, int expectedStatus)
            throws IOException, InterruptedException {
        URI uri = ElasticsearchTestNode.httpUri().resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .method(method, json == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", method, path, response.body())
                .isEqualTo(expectedStatus);
        return response.body();
    }
}
