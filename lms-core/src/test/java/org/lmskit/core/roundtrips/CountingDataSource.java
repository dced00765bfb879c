package org.lmskit.core.roundtrips;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} that counts what reaches the database: connections taken, statements executed (each
 * {@code execute*} call, a batch counting once, as it is one round trip), commits of read-write transactions, and
 * statements executed with
 * auto-commit on (each of which the server commits on its own).
 */
final class CountingDataSource {
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger statements = new AtomicInteger();
    final AtomicInteger commits = new AtomicInteger();
    final AtomicInteger autoCommitted = new AtomicInteger();
    final DataSource dataSource;

    CountingDataSource(DataSource target) {
        this.dataSource = (DataSource) proxy(DataSource.class, target, (method, result) -> {
            if (method.equals("getConnection")) {
                connections.incrementAndGet();
                Connection connection = (Connection) result;
                return proxy(Connection.class, connection, (m, r) -> {
                    if (m.equals("commit") && !connection.isReadOnly()) {
                        commits.incrementAndGet();
                    }
                    if (r instanceof Statement statement) {
                        return proxy(m.equals("prepareStatement") ? java.sql.PreparedStatement.class
                                : m.equals("prepareCall") ? java.sql.CallableStatement.class : Statement.class,
                                statement, (sm, sr) -> {
                                    if (sm.startsWith("execute") && connection.getAutoCommit()) {
                                        autoCommitted.incrementAndGet();
                                    }
                                    return sr;
                                });
                    }
                    return r;
                });
            }
            return result;
        });
    }

    void reset() {
        connections.set(0);
        statements.set(0);
        commits.set(0);
        autoCommitted.set(0);
    }

    private interface After {
        Object apply(String method, Object result) throws java.sql.SQLException;
    }

    private Object proxy(Class<?> type, Object target, After after) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && target instanceof Statement) {
                statements.incrementAndGet();
            }
            try {
                return after.apply(method.getName(), method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler);
    }
}
