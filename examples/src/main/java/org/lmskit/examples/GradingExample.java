package org.lmskit.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingResult;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * Builds lmskit on in-memory storage and grades a few case-study grades, first with the seed's
 * scale, then with a path's own table. Run (after {@code mvn -B -ntp -q -pl examples -am install -DskipTests}): {@code mvn -B -ntp -q -pl examples exec:java
 * -Dexec.skip=false -Dexec.mainClass=org.lmskit.examples.GradingExample}.
 */
public final class GradingExample {
    private GradingExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Lms lms = Lms.builder().storage(InMemoryStorage.create()).build();

        out.println("Seed scale (gold 18, silver 15, bronze 12):");
        for (String grade : List.of("20", "18", "17.999", "15", "14.995", "12", "11.995", "11.99", "8")) {
            GradingResult result = lms.certification().grading().grade(new BigDecimal(grade));
            out.printf("  %-7s -> %-6s (compared as %s)%n", grade, result.level(), result.grade());
        }

        PathId expert = PathId.of("sourcing-expert");
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
        lms.certification().grading().defineGradingTable(admin, expert,
                GradingTable.of(new BigDecimal("19"), new BigDecimal("16.5"), new BigDecimal("13")), 0);
        out.println("Path " + expert + " (gold 19, silver 16.5, bronze 13):");
        for (String grade : List.of("18.5", "16.49", "13")) {
            out.printf("  %-7s -> %s%n", grade, lms.certification().grading().grade(expert, new BigDecimal(grade)).level());
        }

        // every input has a domain (docs/domains.md): a refusal names the field, costs nothing, stores nothing
        for (String hostile : List.of("20.01", "12.0000001", "1e999999999", "1e-10000000")) {
            try {
                lms.certification().grading().grade(new BigDecimal(hostile));
            } catch (InvalidInputException refused) {
                out.println(hostile + " refused: " + refused.violations());
            }
        }
    }
}
