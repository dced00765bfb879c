package org.lmskit.inmemory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.certification.AchievementRecord;
import org.lmskit.spi.certification.AchievementStore;
import org.lmskit.spi.certification.CaseStudyAttemptRecord;
import org.lmskit.spi.certification.CaseStudyAttemptStore;
import org.lmskit.spi.certification.CertificateRecord;
import org.lmskit.spi.certification.CertificateStore;
import org.lmskit.spi.certification.CertificationPathRecord;
import org.lmskit.spi.certification.CertificationPathStore;
import org.lmskit.spi.certification.LearningQuizRecord;
import org.lmskit.spi.certification.LearningQuizStore;
import org.lmskit.spi.certification.ProgramQuizAttemptRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptStore;
import org.lmskit.spi.certification.QuestionBankStore;
import org.lmskit.spi.certification.QuestionRecord;
import static org.lmskit.inmemory.InMemoryCertificationStores.*;

final class InMemoryCertificationPathStore implements CertificationPathStore {
    private final VersionedTable<String, CertificationPathRecord> table;

    InMemoryCertificationPathStore(InMemoryTransactions tx) {
        table = new VersionedTable<>("certification-path", tx, CertificationPathRecord::pathId,
                CertificationPathRecord::version, CertificationPathRecord::withVersion);
    }

    @Override
    public Optional<CertificationPathRecord> find(String pathId) {
        return table.find(pathId);
    }

    @Override
    public CertificationPathRecord insert(CertificationPathRecord path) {
        return table.insert(path);
    }

    @Override
    public CertificationPathRecord update(CertificationPathRecord path) {
        return table.update(path);
    }
}
