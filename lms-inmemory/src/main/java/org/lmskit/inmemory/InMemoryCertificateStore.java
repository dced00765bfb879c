package org.lmskit.inmemory;

import java.util.Optional;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.certification.CertificateRecord;
import org.lmskit.spi.certification.CertificateStore;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryCertificateStore implements CertificateStore {
    private final InMemoryTransactions tx;
    private final VersionedTable<String, CertificateRecord> table;

    InMemoryCertificateStore(InMemoryTransactions tx) {
        this.tx = tx;
        table = new VersionedTable<>("certificate", tx, CertificateRecord::certificateId, CertificateRecord::version,
                CertificateRecord::withVersion);
    }

    @Override
    public Optional<CertificateRecord> find(String certificateId) {
        return table.find(certificateId);
    }

    @Override
    public Optional<CertificateRecord> findByLearnerAndPath(String learnerId, String pathId) {
        return table.values().stream()
                .filter(c -> c.learnerId().equals(learnerId) && c.pathId().equals(pathId)).findFirst();
    }

    @Override
    public CertificateRecord insert(CertificateRecord certificate) {
        // the write lock makes the pair check and the insert one step
        return tx.write(() -> {
            if (findByLearnerAndPath(certificate.learnerId(), certificate.pathId()).isPresent()) {
                throw new DuplicateKeyException("certificate", certificate.learnerId() + "/" + certificate.pathId());
            }
            return table.insert(certificate);
        });
    }

    @Override
    public CertificateRecord update(CertificateRecord certificate) {
        return table.update(certificate);
    }
}
