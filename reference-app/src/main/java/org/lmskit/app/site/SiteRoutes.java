package org.lmskit.app.site;

import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * The landing page ({@code GET /}), the pages under {@code /pages/}, the WebJars they load (Chart.js, Swagger UI)
 * under {@code /webjars/}, the API description at {@code /openapi.yaml} and Swagger UI at {@code /api-docs}.
 * Plain HTML, CSS and JavaScript from the classpath: no build step, and the pages use only the public REST API.
 */
public final class SiteRoutes {
    /** Where the description of every route lives on the classpath (and is served from). */
    public static final String OPENAPI_RESOURCE = "/org/lmskit/app/site/openapi.yaml";
    public static final String OPENAPI = "/openapi.yaml";
    public static final String API_DOCS = "/api-docs";
    /** Paths served to anyone: the site's own routes; static files are matched by {@link #isPublic}. */
    public static final Set<String> ROUTES = Set.of(OPENAPI, API_DOCS);
    private static final String STATIC = "/org/lmskit/app/site/public";

    private final String openApi;
    private final String apiDocs;

    public SiteRoutes() {
        this.openApi = resource(OPENAPI_RESOURCE);
        this.apiDocs = resource("/org/lmskit/app/site/api-docs.html")
                .replace("{{swagger-ui}}", "/webjars/swagger-ui/" + webjarVersion("org.webjars", "swagger-ui"));
    }

    /** Whether {@code path} is the site's (public) rather than the API's: the pages, their assets and the docs. */
    public static boolean isPublic(String path) {
        return path.equals("/") || ROUTES.contains(path) || path.startsWith("/pages/") || path.startsWith("/webjars/")
                || path.equals("/favicon.ico");
    }

    /** Serves the pages and the WebJars as static files. */
    public static void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = STATIC;
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
    }

    public void register(RoutesConfig routes) {
        routes.get(OPENAPI, ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openApi));
        routes.get(API_DOCS, ctx -> ctx.contentType("text/html; charset=utf-8").result(apiDocs));
    }

    /** The version of a WebJar on the classpath, so the pages name the one the build brought. */
    public static String webjarVersion(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = SiteRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + group + ":" + artifact + " is not on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String path) {
        try (InputStream in = SiteRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
