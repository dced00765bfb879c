package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.id.PathId;

class EmbeddedPostgresRestartTest {

    @Test
    void data_written_before_a_restart_is_still_there_after_it(@TempDir Path dataDir) {
        AppSettings settings = AppSettings.parse(new String[] {"--embedded-postgres", dataDir.toString()}, Map.of());
        PathId path = PathId.of("durable-path");

        try (Storages first = new Storages(settings)) {
            Lms lms = DemoData.wire(Lms.builder().storage(first.storage())).build();
            DemoData.load(lms, first.storage());
            lms.certification().grading().defineGradingTable(DemoData.ADMIN, path,
                    GradingTable.of(new BigDecimal("17"), new BigDecimal("14"), new BigDecimal("11")), 0);
        }

        try (Storages second = new Storages(settings)) {
            Lms lms = DemoData.wire(Lms.builder().storage(second.storage())).build();
            DemoData.load(lms, second.storage());
            assertThat(second.storage().capabilities().persistent()).isTrue();
            assertThat(lms.certification().grading().gradingTable(path).version()).isEqualTo(1);
            assertThat(lms.certification().grading().gradingTable(path).table().gold()).isEqualTo(new BigDecimal("17.00"));
            assertThat(lms.certification().grading().gradingTable(DemoData.EXPERT_PATH).version()).isEqualTo(1);
        }
    }
}
