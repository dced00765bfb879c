package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

@FunctionalInterface
interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
