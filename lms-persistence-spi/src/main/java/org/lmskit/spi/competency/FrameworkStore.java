package org.lmskit.spi.competency;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Imported competency frameworks and which catalogue records they hold. A catalogue record (a competency code, a
 * profile id, a scale id: a {@link FrameworkNodeRecord#kind() kind} and a key) is held by one framework at most:
 * an insert or update that would give a second framework a key another holds throws
 * {@link org.lmskit.spi.DuplicateKeyException} and stores nothing, so two imports racing for the same code cannot
 * both win. Inserts of an existing framework id throw {@link org.lmskit.spi.DuplicateKeyException}, stale updates
 * {@link org.lmskit.spi.StaleVersionException}. An update replaces the framework's nodes.
 */
public interface FrameworkStore {

    Optional<FrameworkRecord> find(String frameworkId);

    FrameworkRecord insert(FrameworkRecord framework);

    FrameworkRecord update(FrameworkRecord framework);

    /** For each of {@code keys} of {@code kind} that a framework holds: the key and that framework's id. */
    Map<String, String> holders(String kind, Collection<String> keys);
}
