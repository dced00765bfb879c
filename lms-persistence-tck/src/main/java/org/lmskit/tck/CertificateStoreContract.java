package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.CertificationFixtures.certificate;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.CertificateRecord;
import org.lmskit.spi.certification.CertificateStore;

/**
 * The contract every adapter's {@code CertificateStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class CertificateStoreContract extends StorageContract {

    private CertificateStore certificates() {
        return storage.certificates();
    }

    @Test
    void a_certificate_is_found_by_id_and_by_learner_and_path() {
        CertificateRecord stored = certificates().insert(certificate("c1", "alice", "p", at(0)));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(certificates().find("c1")).contains(stored);
        assertThat(certificates().findByLearnerAndPath("alice", "p")).contains(stored);
        assertThat(certificates().findByLearnerAndPath("alice", "q")).isEmpty();
    }

    @Test
    void a_learner_holds_one_certificate_per_path() {
        certificates().insert(certificate("c1", "alice", "p", at(0)));

        assertThatThrownBy(() -> certificates().insert(certificate("c2", "alice", "p", at(1))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> certificates().insert(certificate("c1", "bob", "p", at(1))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(certificates().find("c2")).isEmpty();
    }

    @Test
    void a_revoked_certificate_round_trips_and_stale_updates_are_refused() {
        CertificateRecord v1 = certificates().insert(certificate("c1", "alice", "p", at(0)));
        CertificateRecord revoked = new CertificateRecord("c1", "alice", "p", "SILVER", new BigDecimal("15.50"), at(0),
                Optional.of(at(5)), Optional.of(at(9)), 1);

        CertificateRecord v2 = certificates().update(revoked);

        assertThat(certificates().find("c1")).contains(v2);
        assertThatThrownBy(() -> certificates().update(v1)).isInstanceOf(StaleVersionException.class);
    }

    @RepeatedTest(3)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        CertificateRecord v1 = certificates().insert(certificate("c1", "alice", "p", at(0)));

        assertThat(Race.successfulWrites(4, () -> certificates().update(v1))).isEqualTo(1);
    }
}
