package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.lmskit.spi.recruitment.NameKey;

/**
 * Rewrites every stored candidate's name keys as {@link NameKey} computes them (lower case, accents removed),
 * and fills their {@link NameGrams}, in Java, so what was written before version 7 matches what the adapter
 * writes from now on; SQL's own {@code lower} and {@code unaccent} would not agree with {@link NameKey} on every
 * character. Registered by {@link SchemaMigrator}; version 7 created the column and the indexes.
 */
final class V8__Candidate_name_keys extends BaseJavaMigration {
    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (PreparedStatement read = c.prepareStatement(
                "SELECT candidate_id, last_name, first_name FROM lmskit_candidate ORDER BY candidate_id");
             PreparedStatement write = c.prepareStatement(
                     "UPDATE lmskit_candidate SET last_name_key = ?, first_name_key = ?, name_grams = ?"
                             + " WHERE candidate_id = ?")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rows = read.executeQuery()) {
                while (rows.next()) {
                    write.setString(1, NameKey.of(rows.getString(2)));
                    write.setString(2, NameKey.of(rows.getString(3)));
                    write.setArray(3, c.createArrayOf("text",
                            NameGrams.of(rows.getString(2), rows.getString(3)).toArray()));
                    write.setString(4, rows.getString(1));
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
