package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.adaptive.EnrolmentRecord;
import org.lmskit.spi.adaptive.EnrolmentStore;
import static org.lmskit.inmemory.InMemoryAdaptiveStores.*;

final class InMemoryEnrolmentStore extends VersionedStore<List<String>, EnrolmentRecord> implements EnrolmentStore {
    private final TwoWayIndex<EnrolmentRecord> index;

    InMemoryEnrolmentStore(InMemoryTransactions tx) {
        super("enrolment", tx, e -> List.of(e.courseId(), e.learnerId()),
                EnrolmentRecord::version, EnrolmentRecord::withVersion);
        index = new TwoWayIndex<>(tx);
    }

    @Override
    public Optional<EnrolmentRecord> find(String courseId, String learnerId) {
        return table.find(List.of(courseId, learnerId));
    }

    @Override
    public EnrolmentRecord insert(EnrolmentRecord enrolment) {
        return tx.write(() -> indexed(table.insert(enrolment)));
    }

    @Override
    public EnrolmentRecord update(EnrolmentRecord enrolment) {
        return tx.write(() -> indexed(table.update(enrolment)));
    }

    private EnrolmentRecord indexed(EnrolmentRecord stored) {
        index.put(stored.courseId(), stored.learnerId(), stored);
        return stored;
    }

    @Override
    public Page<EnrolmentRecord> findByCourse(String courseId, Set<String> types, PageRequest page) {
        return tx.read(() -> {
            List<EnrolmentRecord> items = new ArrayList<>(Math.min(page.limit(), 64));
            long total = 0;
            for (EnrolmentRecord e : index.byFirst(courseId).values()) {
                if (!types.isEmpty() && !types.contains(e.type())) {
                    continue;
                }
                if (total >= page.offset() && items.size() < page.limit()) {
                    items.add(e);
                }
                total++;
            }
            return new Page<>(items, total, page);
        });
    }

    @Override
    public List<EnrolmentRecord> findByCourseAfter(String courseId, Set<String> types,
                                                   java.util.Optional<String> afterLearnerId, int limit) {
        EnrolmentStore.checkAfter(courseId, types, afterLearnerId, limit);
        return tx.read(() -> {
            java.util.SortedMap<String, EnrolmentRecord> course = index.byFirst(courseId);
            // the learner ids strictly after the token: the smallest string above it is the token and a NUL
            java.util.SortedMap<String, EnrolmentRecord> after = afterLearnerId.isEmpty() ? course
                    : course.tailMap(afterLearnerId.get() + "\0");
            List<EnrolmentRecord> found = new ArrayList<>(Math.min(limit, 64));
            for (EnrolmentRecord e : after.values()) {
                if (found.size() == limit) {
                    break;
                }
                if (types.isEmpty() || types.contains(e.type())) {
                    found.add(e);
                }
            }
            return found;
        });
    }

    @Override
    public List<EnrolmentRecord> findByLearner(String learnerId) {
        return tx.read(() -> List.copyOf(index.bySecond(learnerId).values()));
    }

    @Override
    public List<EnrolmentRecord> findByLearners(Collection<String> learnerIds) {
        return tx.read(() -> {
            List<EnrolmentRecord> found = new ArrayList<>();
            for (String learner : new TreeSet<>(learnerIds)) {
                found.addAll(index.bySecond(learner).values());
            }
            return found;
        });
    }
}
