package org.lmskit.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty refuses before the app sees it (a NUL in the path, a control character in a header,
 * a request line too long) as {@code application/problem+json} like every other error, instead of
 * Jetty's HTML or empty page. The detail never echoes the request. Jetty asks the server's handler for
 * requests it could not even parse and the servlet context's handler for the others: both answer the same.
 */
public final class JettyProblems {
    private final ObjectMapper mapper;

    public JettyProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** For {@code Server.setErrorHandler}: requests Jetty could not parse. */
    public ErrorHandler forServer() {
        return new ErrorHandler() {
            @Override
            public boolean errorPageForMethod(String method) {
                return true;
            }

            @Override
            protected void generateResponse(Request request, Response response, int code, String message,
                                            Throwable cause, Callback callback) {
                answer(response, code, callback);
            }

            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                fields.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
                return ByteBuffer.wrap(body(status));
            }
        };
    }

    /** For the servlet context: failures after parsing that Jetty answers itself. */
    public ErrorHandler forServlets() {
        return new org.eclipse.jetty.ee10.servlet.ErrorHandler() {
            @Override
            public boolean errorPageForMethod(String method) {
                return true; // Jetty writes no body for PUT or DELETE by default
            }

            @Override
            protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                         String contentType, List<Charset> charsets, int code,
                                                         String message, Throwable cause) {
                answer(response, code, callback);
                return true;
            }
        };
    }

    private void answer(Response response, int code, Callback callback) {
        byte[] body = body(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private byte[] body(int status) {
        String title = HttpStatus.getMessage(status);
        String detail = status == 400
                ? "the request line or a header holds characters HTTP does not allow (such as a NUL or a control character)"
                : title;
        try {
            return mapper.writeValueAsString(Problems.document(status, "http-" + status, title, detail, null))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
