package io.lanmu.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for load tests, the way an outside script talks to Lanmu. Every request has a
 * deadline: a request that does not answer in time fails the test as hung instead of stalling it.
 */
public final class Http {

    /** Far beyond a normal answer (milliseconds); reaching it means the request hung. */
    static final Duration HUNG = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public record Answer(int status, JsonNode json, Duration took) {

        public long id() {
            return json.get("id").asLong();
        }
    }

    public String signIn(String username, String password) {
        Answer answer = postJson("/api/auth/tokens", null, """
                {"username": "%s", "password": "%s"}""".formatted(username, password));
        expect(answer, 201);
        return "Bearer " + answer.json().get("token").asString();
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer postJson(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    public Answer putJson(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Answer upload(String path, String token, String fileName, String contentType, byte[] content) {
        String boundary = "lanmu-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public static String query(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public static Answer expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new AssertionError("Expected HTTP " + status + " but got " + answer.status() + ": " + answer.json());
        }
        return answer;
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(HUNG);
        return token == null ? builder : builder.header("Authorization", token);
    }

    private Answer send(HttpRequest.Builder request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            return new Answer(response.statusCode(), json, took);
        }
        catch (java.net.http.HttpTimeoutException hung) {
            throw new AssertionError("The request did not answer within " + HUNG + ": " + request.build().uri(), hung);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
