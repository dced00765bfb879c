package org.lmskit.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How the app is started. Command-line options win over environment variables.
 *
 * <ul>
 *   <li>{@code --port N} or {@code LMSKIT_PORT}: HTTP port, 7070 by default</li>
 *   <li>{@code --embedded-postgres DIR}: start an embedded PostgreSQL whose data lives in DIR</li>
 *   <li>{@code LMSKIT_JDBC_URL}, {@code LMSKIT_JDBC_USER}, {@code LMSKIT_JDBC_PASSWORD}: an existing PostgreSQL</li>
 *   <li>neither: in-memory storage</li>
 *   <li>{@code --xapi-file FILE} or {@code LMSKIT_XAPI_FILE}: append the xAPI statements of delivered events to FILE
 *   (JSON Lines); without it they are logged</li>
 * </ul>
 */
record AppSettings(int port, Optional<Path> embeddedPostgresDir, Optional<String> jdbcUrl, Optional<String> jdbcUser,
                   Optional<String> jdbcPassword, boolean help, Optional<Path> xapiFile) {
    static final int DEFAULT_PORT = 7070;
    static final String USAGE = """
            usage: reference-app [--port N] [--embedded-postgres DIR] [--xapi-file FILE]
              --port N                 HTTP port (or LMSKIT_PORT); default 7070
              --embedded-postgres DIR  durable storage in an embedded PostgreSQL kept in DIR
              --xapi-file FILE         append delivered events as xAPI statements to FILE (or LMSKIT_XAPI_FILE);
                                       by default they are logged
              LMSKIT_JDBC_URL, LMSKIT_JDBC_USER, LMSKIT_JDBC_PASSWORD: use an existing PostgreSQL
              without either, data lives in memory and is lost on exit""";

    static AppSettings parse(String[] args, Map<String, String> env) {
        Integer port = null;
        Path embedded = null;
        Path xapiFile = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = parsePort("--port", valueAfter(args, i++));
                case "--embedded-postgres" -> embedded = Path.of(valueAfter(args, i++));
                case "--xapi-file" -> xapiFile = Path.of(valueAfter(args, i++));
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'\n" + USAGE);
            }
        }
        if (port == null) {
            port = Optional.ofNullable(env.get("LMSKIT_PORT")).filter(v -> !v.isBlank())
                    .map(v -> parsePort("LMSKIT_PORT", v)).orElse(DEFAULT_PORT);
        }
        Optional<String> jdbcUrl = nonBlank(env.get("LMSKIT_JDBC_URL"));
        if (embedded != null && jdbcUrl.isPresent()) {
            throw new IllegalArgumentException("choose one storage: --embedded-postgres or LMSKIT_JDBC_URL, not both");
        }
        return new AppSettings(port, Optional.ofNullable(embedded), jdbcUrl, nonBlank(env.get("LMSKIT_JDBC_USER")),
                nonBlank(env.get("LMSKIT_JDBC_PASSWORD")), help,
                Optional.ofNullable(xapiFile).or(() -> nonBlank(env.get("LMSKIT_XAPI_FILE")).map(Path::of)));
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
        }
        return args[i + 1];
    }

    private static int parsePort(String source, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(source + " must be a port number 0-65535, was '" + value + "'");
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
