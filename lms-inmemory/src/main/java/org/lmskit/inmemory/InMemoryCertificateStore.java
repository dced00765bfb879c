package org.lmskit.inmemory;

import java.util.Optional;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.certification.CertificateRecord;
import org.lmskit.spi.certification.CertificateStore;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryCertificateStore extends VersionedStore<String, CertificateRecord> implements CertificateStore {

    InMemoryCertificateStore(InMemoryTransactions tx) {
        super("certificate", tx, CertificateRecord::certificateId, CertificateRecord::version,
                CertificateRecord::withVersion);
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
}
