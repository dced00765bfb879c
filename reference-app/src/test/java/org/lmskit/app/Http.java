package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.net.http.HttpRequest.BodyPublishers;
import org.lmskit.app.http.Json;

/** A test's view of the running app: raw JSON in, status and parsed JSON out. */
final class Http {
    private static final ObjectMapper JSON = Json.mapper();

    private final HttpClient client;

    Http(HttpClient client) {
        this.client = client;
    }

    record Answer(int status, String contentType, JsonNode body) {
        Answer isProblem(int expectedStatus) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith("application/problem+json");
            assertThat(body.get("status").asInt()).isEqualTo(expectedStatus);
            assertThat(body.get("type").asText()).startsWith("https://lmskit.org/problems/");
            assertThat(body.get("title").asText()).isNotBlank();
            return this;
        }

        Answer isOk() {
            assertThat(status).as("status of %s", body).isBetween(200, 204);
            return this;
        }

        String code() {
            return body.get("code").asText();
        }

        String violationField() {
            return body.get("violations").get(0).get("field").asText();
        }
    }

    Answer send(String method, String path, String token, String json) {
        Response response = client.request(path, builder -> {
            builder.header("Content-Type", "application/json");
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            var body = json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json);
            switch (method) {
                case "GET" -> builder.get();
                case "POST" -> builder.post(body);
                case "PUT" -> builder.put(body);
                case "DELETE" -> builder.delete(body);
                case "PATCH" -> builder.patch(body);
                default -> throw new IllegalArgumentException(method);
            }
        });
        String text = response.body().string();
        try {
            JsonNode node = text.isEmpty() ? JSON.nullNode() : JSON.readTree(text);
            String type = response.headers().get("Content-Type").stream().findFirst().orElse("");
            var report = OpenApiContract.check(method, path, token, json, response.code(), type, text);
            if (report.hasErrors()) {
                throw new AssertionError(method + " " + path + " -> " + response.code()
                        + " does not conform to openapi.yaml:\n" + report.getMessages() + "\nanswer: " + cut(text));
            }
            return new Answer(response.code(), type, node);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static String cut(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    /** A body that is not JSON (a signed credential), as text with its status and content type. */
    record Text(int status, String contentType, String body) {
    }

    Text getText(String path, String token) {
        Response response = client.request(path, builder -> {
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            builder.get();
        });
        String type = response.headers().get("Content-Type").stream().findFirst().orElse("");
        String text = response.body().string();
        var report = OpenApiContract.check("GET", path, token, null, response.code(), type, text);
        if (report.hasErrors()) {
            throw new AssertionError("GET " + path + " -> " + response.code() + " does not conform to openapi.yaml:\n"
                    + report.getMessages());
        }
        return new Text(response.code(), type, text);
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null);
    }

    Answer post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    Answer put(String path, String token, String json) {
        return send("PUT", path, token, json);
    }

    Answer delete(String path, String token) {
        return send("DELETE", path, token, null);
    }
}
