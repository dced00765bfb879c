package org.lmskit.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lmskit.app.http.Json;

/**
 * Finds a body a route's JSON layer accepts from the route's own answers: an empty object names the required
 * fields, each answer about a field's type tells what to put there. Used by the suites that cover every
 * route without a list of request shapes.
 */
final class BodyDiscovery {
    private static final ObjectMapper JSON = Json.mapper();

    private BodyDiscovery() {
    }

    static ObjectNode discover(LiveApp app, String method, String path, String token) {
        ObjectNode body = JSON.createObjectNode();
        for (int round = 0; round < 20; round++) {
            LiveApp.Answer answer = app.json(method, path, token, body.toString());
            if (answer.status() != 400 || !answer.isProblem()) {
                break;
            }
            JsonNode violations = answer.json().path("violations");
            boolean changed = false;
            for (JsonNode violation : violations) {
                String field = violation.path("field").asText();
                if (field.isEmpty() || field.contains(".") || field.contains("[")) {
                    continue;
                }
                JsonNode guess = guess(violation.path("message").asText(), body.get(field));
                if (guess != null && !guess.equals(body.get(field))) {
                    body.set(field, guess);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return body;
    }

    private static JsonNode guess(String message, JsonNode current) {
        var f = JSON.getNodeFactory();
        Matcher oneOf = Pattern.compile("one of \\[([A-Z0-9_]+)").matcher(message);
        if (oneOf.find()) {
            return f.textNode(oneOf.group(1));
        }
        if (message.contains("whole number")) {
            return f.numberNode(1);
        }
        if (message.contains("a number")) {
            return f.numberNode(new java.math.BigDecimal("10"));
        }
        if (message.contains("true or false")) {
            return f.booleanNode(true);
        }
        if (message.contains("instant")) {
            return f.textNode("2026-12-08T10:00:00Z");
        }
        if (message.contains("date")) {
            return f.textNode("2026-12-08");
        }
        if (message.contains("object or value")) {
            return current != null && current.isObject() ? f.arrayNode() : f.objectNode();
        }
        if (message.contains("greater than or equal to")) {
            Matcher n = Pattern.compile("greater than or equal to (\\d+)").matcher(message);
            return n.find() ? f.numberNode(Integer.parseInt(n.group(1))) : f.numberNode(1);
        }
        if (message.contains("size must be between")) {
            return current;
        }
        return current == null ? f.textNode("x") : null;
    }
}
