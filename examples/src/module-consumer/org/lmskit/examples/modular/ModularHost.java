package org.lmskit.examples.modular;

import java.math.BigDecimal;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingResult;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * The smallest modular host: builds lmskit on in-memory storage and grades a case study. Compiled and
 * run with {@code java --module-path} by {@code ModulePathConsumerTest}; it prints which module each
 * library class came from, so the test can tell the module path was really used.
 */
public final class ModularHost {
    private ModularHost() {
    }

    public static void main(String[] args) {
        Lms lms = Lms.builder().storage(InMemoryStorage.create()).build();
        GradingResult result = lms.certification().grading().grade(new BigDecimal(args.length > 0 ? args[0] : "18"));
        System.out.println("level " + result.level() + " for " + result.grade());
        System.out.println("host module " + ModularHost.class.getModule().getName());
        System.out.println("core module " + Lms.class.getModule().getName());
        System.out.println("storage module " + InMemoryStorage.class.getModule().getName());
    }
}
