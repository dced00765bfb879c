package org.lmskit.inmemory;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.competency.FrameworkNodeRecord;
import org.lmskit.spi.competency.FrameworkRecord;
import org.lmskit.spi.competency.FrameworkStore;

/** Frameworks by id, and an index of which framework holds each (kind, key), kept with them under one lock. */
final class InMemoryFrameworkStore extends VersionedStore<String, FrameworkRecord> implements FrameworkStore {
    private static final String NODE = "framework-node";

    private final Map<String, String> holders = new HashMap<>();

    InMemoryFrameworkStore(InMemoryTransactions tx) {
        super("framework", tx, FrameworkRecord::frameworkId, FrameworkRecord::version, FrameworkRecord::withVersion);
    }

    @Override
    public FrameworkRecord insert(FrameworkRecord framework) {
        return tx.write(() -> {
            checkHeld(framework);
            FrameworkRecord stored = table.insert(framework);
            hold(stored, null);
            return stored;
        });
    }

    @Override
    public FrameworkRecord update(FrameworkRecord framework) {
        return tx.write(() -> {
            checkHeld(framework);
            FrameworkRecord previous = table.find(framework.frameworkId()).orElse(null);
            FrameworkRecord stored = table.update(framework);
            hold(stored, previous);
            return stored;
        });
    }

    @Override
    public Map<String, String> holders(String kind, Collection<String> keys) {
        return tx.read(() -> {
            Map<String, String> found = new LinkedHashMap<>();
            for (String key : keys) {
                String holder = holders.get(indexKey(kind, key));
                if (holder != null) {
                    found.put(key, holder);
                }
            }
            return found;
        });
    }

    private void checkHeld(FrameworkRecord framework) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (FrameworkNodeRecord node : framework.nodes()) {
            String index = indexKey(node.kind(), node.key());
            String holder = holders.get(index);
            if (!seen.add(index) || holder != null && !holder.equals(framework.frameworkId())) {
                throw new DuplicateKeyException(NODE, node.kind() + " " + node.key());
            }
        }
    }

    private void hold(FrameworkRecord stored, FrameworkRecord previous) {
        Map<String, String> before = new HashMap<>();
        if (previous != null) {
            previous.nodes().forEach(n -> before.put(indexKey(n.kind(), n.key()), holders.remove(indexKey(n.kind(), n.key()))));
        }
        java.util.List<String> added = new java.util.ArrayList<>();
        for (FrameworkNodeRecord node : stored.nodes()) {
            String index = indexKey(node.kind(), node.key());
            holders.put(index, stored.frameworkId());
            added.add(index);
        }
        tx.onRollback(() -> {
            added.forEach(holders::remove);
            holders.putAll(before);
        });
    }

    private static String indexKey(String kind, String key) {
        return kind + '\u0000' + key;
    }
}
