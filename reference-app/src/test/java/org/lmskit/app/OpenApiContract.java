package org.lmskit.app;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.lmskit.app.site.SiteRoutes;

/**
 * The HTTP tests' real exchanges, checked against {@code openapi.yaml}: every answer must be one the description
 * documents for its route and status, and every request the app accepted (2xx) must be one it describes. A
 * refused request is not checked against the description (the tests send wrong ones on purpose), but its answer is:
 * a refusal must be a documented problem document.
 */
final class OpenApiContract {
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(document()).build();

    private OpenApiContract() {
    }

    static String document() {
        try (InputStream in = SiteRoutes.class.getResourceAsStream(SiteRoutes.OPENAPI_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report for one exchange, empty when it conforms. */
    static ValidationReport check(String method, String pathAndQuery, String token, String requestBody, int status,
                                  String responseType, String responseBody) {
        String path = pathAndQuery;
        String query = null;
        int mark = pathAndQuery.indexOf('?');
        if (mark >= 0) {
            path = pathAndQuery.substring(0, mark);
            query = pathAndQuery.substring(mark + 1);
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                request.withQueryParam(name, value);
            }
        }
        if (token != null) {
            request.withAuthorization("Bearer " + token);
        }
        if (requestBody != null) {
            request.withContentType("application/json").withBody(requestBody);
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (responseType != null && !responseType.isEmpty()) {
            response.withContentType(responseType);
        }
        if (responseBody != null && !responseBody.isEmpty()) {
            response.withBody(responseBody);
        }
        ValidationReport asked = VALIDATOR.validateRequest(request.build());
        if (asked.getMessages().stream().anyMatch(m -> m.getMessage().startsWith("No API path found"))) {
            // not a route of the API (the tests ask for unknown paths on purpose): nothing to hold it to
            return ValidationReport.empty();
        }
        ValidationReport answer = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
        return status >= 200 && status < 300 ? asked.merge(answer) : answer;
    }
}
