package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.audit.NewAuditEntry;
import org.lmskit.spi.certification.GradingTableRecord;

/**
 * The contract every adapter's {@code Transactions} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class TransactionsContract extends StorageContract {

    private static final class InjectedFailure extends RuntimeException {
        InjectedFailure() {
            super("injected between two writes");
        }
    }

    private void writeTableAndAudit(String pathId) {
        storage.gradingTables().insert(GradingTableStoreContract.table(pathId, "18.00", "15.00", "12.00"));
        storage.auditTrail().append(new NewAuditEntry(at(0), "admin", "grading-table", pathId, "created",
                List.of(new FieldChange("gold", null, "18.00"))));
    }

    private long auditCount(String pathId) {
        return storage.auditTrail().find(AuditQuery.byRecord("grading-table", pathId)).total();
    }

    @Test
    void writes_made_in_a_transaction_commit_together() {
        String result = storage.transactions().inTransaction(() -> {
            writeTableAndAudit("p");
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(storage.gradingTables().find("p")).isPresent();
        assertThat(auditCount("p")).isEqualTo(1);
    }

    @Test
    void a_failure_between_two_writes_leaves_nothing_written() {
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.gradingTables().insert(GradingTableStoreContract.table("p", "18.00", "15.00", "12.00"));
            throw new InjectedFailure();
        })).isInstanceOf(InjectedFailure.class);

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            writeTableAndAudit("q");
            throw new InjectedFailure();
        })).isInstanceOf(InjectedFailure.class);

        assertThat(storage.gradingTables().find("p")).isEmpty();
        assertThat(storage.gradingTables().find("q")).isEmpty();
        assertThat(auditCount("q")).isZero();
    }

    @Test
    void a_rolled_back_update_restores_what_was_stored() {
        GradingTableRecord v1 = storage.gradingTables().insert(
                GradingTableStoreContract.table("p", "18.00", "15.00", "12.00"));

        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.gradingTables().update(new GradingTableRecord("p", new BigDecimal("19.00"),
                    new BigDecimal("15.00"), new BigDecimal("12.00"), 1));
            storage.gradingTables().delete("p", 2);
            throw new InjectedFailure();
        })).isInstanceOf(InjectedFailure.class);

        assertThat(storage.gradingTables().find("p")).contains(v1);
    }

    @Test
    void a_store_refusal_inside_a_transaction_rolls_back_the_earlier_writes() {
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            writeTableAndAudit("p");
            storage.gradingTables().update(GradingTableStoreContract.table("p", "1.00", "0.50", "0.00").withVersion(9));
        })).isInstanceOf(StaleVersionException.class);

        assertThat(storage.gradingTables().find("p")).isEmpty();
        assertThat(auditCount("p")).isZero();
    }

    @Test
    void a_transaction_opened_inside_another_joins_it() {
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            storage.transactions().inTransaction(() -> writeTableAndAudit("inner"));
            throw new InjectedFailure();
        })).isInstanceOf(InjectedFailure.class);

        assertThat(storage.gradingTables().find("inner")).isEmpty();
        assertThat(auditCount("inner")).isZero();
    }

    @RepeatedTest(3)
    void read_then_write_transactions_racing_lose_no_update() {
        storage.gradingTables().insert(GradingTableStoreContract.table("p", "18.00", "15.00", "12.00"));
        int threads = 4;
        int perThread = 15;

        Race.run(threads, () -> {
            for (int i = 0; i < perThread; i++) {
                boolean written = false;
                while (!written) {
                    try {
                        storage.transactions().inTransaction(() -> {
                            GradingTableRecord current = storage.gradingTables().find("p").orElseThrow();
                            storage.gradingTables().update(current);
                            storage.auditTrail().append(new NewAuditEntry(at(0), "racer", "grading-table", "p",
                                    "updated", List.of()));
                        });
                        written = true;
                    } catch (StaleVersionException retry) {
                        // another racer wrote first: read again, as a caller would
                    }
                }
            }
            return null;
        });

        assertThat(storage.gradingTables().find("p").orElseThrow().version()).isEqualTo(1 + threads * perThread);
        assertThat(auditCount("p")).isEqualTo(threads * perThread);
    }

    @Test
    void a_read_only_transaction_reads_what_is_stored_and_returns_its_result() {
        writeTableAndAudit("p");

        long audited = storage.transactions().inReadOnlyTransaction(() -> {
            assertThat(storage.gradingTables().find("p")).isPresent();
            return auditCount("p");
        });

        assertThat(audited).isEqualTo(1);
    }

    @Test
    void a_write_inside_a_read_only_transaction_is_refused_and_stores_nothing() {
        assertThatThrownBy(() -> storage.transactions().inReadOnlyTransaction(() -> {
            storage.gradingTables().insert(GradingTableStoreContract.table("p", "18.00", "15.00", "12.00"));
            return null;
        })).isInstanceOf(org.lmskit.spi.StoreException.class);
        assertThatThrownBy(() -> storage.transactions().inReadOnlyTransaction(() ->
                storage.transactions().inTransaction(() -> storage.gradingTables()
                        .insert(GradingTableStoreContract.table("q", "18.00", "15.00", "12.00")))))
                .isInstanceOf(org.lmskit.spi.StoreException.class);

        assertThat(storage.gradingTables().find("p")).isEmpty();
        assertThat(storage.gradingTables().find("q")).isEmpty();
        writeTableAndAudit("r");
        assertThat(storage.gradingTables().find("r")).isPresent();
    }

    @Test
    void a_read_only_transaction_inside_a_transaction_joins_it_and_sees_its_writes() {
        boolean seen = storage.transactions().inTransaction(() -> {
            writeTableAndAudit("p");
            return storage.transactions().inReadOnlyTransaction(() -> storage.gradingTables().find("p").isPresent());
        });

        assertThat(seen).isTrue();
        assertThat(storage.gradingTables().find("p")).isPresent();
    }

    @Test
    void a_failure_inside_a_read_only_transaction_reaches_the_caller_and_the_next_one_runs() {
        assertThatThrownBy(() -> storage.transactions().inReadOnlyTransaction(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(storage.transactions().inReadOnlyTransaction(() -> storage.gradingTables().find("p"))).isEmpty();
    }
}
