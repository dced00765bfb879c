package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.competency.CompetencyCatalogStore;
import org.lmskit.spi.competency.CompetencyRecord;
import org.lmskit.spi.competency.JobRecord;
import org.lmskit.spi.competency.ProfileRecord;
import org.lmskit.spi.competency.RequirementRecord;
import org.lmskit.spi.competency.ScaleLevelRecord;
import org.lmskit.spi.competency.ScaleRecord;
import org.lmskit.spi.competency.ThresholdRecord;

/**
 * The contract every adapter's {@code CompetencyCatalogStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class CompetencyCatalogStoreContract extends StorageContract {

    private CompetencyCatalogStore catalog() {
        return storage.competencyCatalog();
    }

    static ScaleRecord scale(String id) {
        return new ScaleRecord(id, "Niveaux 1-5", List.of(new ScaleLevelRecord("1", "Niveau 1", "non acquis"),
                new ScaleLevelRecord("2", "Niveau 2", "quelques notions"),
                new ScaleLevelRecord("3", "Niveau 3", "niveau minimum requis")), true, 0);
    }

    static CompetencyRecord competency(String code) {
        return new CompetencyRecord(code, "Fiabiliser une carrière", "", "default",
                List.of(new ThresholdRecord(new BigDecimal("0"), "1"), new ThresholdRecord(new BigDecimal("50.5"), "2"),
                        new ThresholdRecord(new BigDecimal("80"), "3")), 0);
    }

    @Test
    void scales_round_trip_with_their_levels_in_order() {
        ScaleRecord stored = catalog().insertScale(scale("default"));

        assertThat(catalog().findScale("default")).contains(stored);
        assertThat(catalog().findScale("default").orElseThrow().levels()).extracting(ScaleLevelRecord::code)
                .containsExactly("1", "2", "3");
        assertThat(catalog().findScales(List.of("default", "missing"))).containsExactly(stored);
        assertThatThrownBy(() -> catalog().insertScale(scale("default"))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void competencies_keep_their_thresholds_and_come_by_code() {
        CompetencyRecord b = catalog().insertCompetency(competency("TEST-ANE_002-CGCR-02"));
        CompetencyRecord a = catalog().insertCompetency(competency("TEST-ANE_002-CGCR-01"));

        assertThat(catalog().findCompetency("TEST-ANE_002-CGCR-01")).contains(a);
        assertThat(catalog().findCompetencies(List.of("TEST-ANE_002-CGCR-02", "TEST-ANE_002-CGCR-01", "x")))
                .containsExactly(a, b);
        assertThat(catalog().findCompetencies(List.of())).isEmpty();
    }

    @Test
    void profiles_and_jobs_round_trip_with_not_applicable_requirements() {
        ProfileRecord profile = catalog().insertProfile(new ProfileRecord("donnees", "Traiter et analyser les données",
                List.of("C2", "C1"), 0));
        JobRecord job = catalog().insertJob(new JobRecord("ccr", "Conseiller Carrière Retraite", List.of("donnees"),
                List.of(new RequirementRecord("C1", Optional.of("3")), new RequirementRecord("C2", Optional.empty())), 0));

        assertThat(catalog().findProfiles(List.of("donnees"))).containsExactly(profile);
        assertThat(catalog().findProfiles(List.of("donnees")).get(0).competencyCodes()).containsExactly("C2", "C1");
        assertThat(catalog().findJob("ccr")).contains(job);
        assertThat(catalog().findJobs(List.of("ccr", "ccr"))).containsExactly(job);
    }

    @Test
    void stale_updates_never_overwrite() {
        JobRecord v1 = catalog().insertJob(new JobRecord("j", "t", List.of(), List.of(), 0));
        JobRecord v2 = catalog().updateJob(new JobRecord("j", "t2", List.of(), List.of(), 1));

        assertThatThrownBy(() -> catalog().updateJob(v1)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> catalog().updateScale(scale("ghost").withVersion(1)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(catalog().findJob("j")).contains(v2);
        CompetencyRecord c1 = catalog().insertCompetency(competency("C"));
        catalog().updateCompetency(c1);
        assertThatThrownBy(() -> catalog().updateCompetency(c1)).isInstanceOf(StaleVersionException.class);
        ProfileRecord p1 = catalog().insertProfile(new ProfileRecord("p", "n", List.of(), 0));
        catalog().updateProfile(p1);
        assertThatThrownBy(() -> catalog().updateProfile(p1)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void hostile_codes_are_only_data() {
        for (String text : HOSTILE_TEXT) {
            CompetencyRecord stored = catalog().insertCompetency(competency(text));
            assertThat(catalog().findCompetencies(List.of(text))).containsExactly(stored);
        }
    }

    @RepeatedTest(3)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        JobRecord v1 = catalog().insertJob(new JobRecord("j", "t", List.of(), List.of(), 0));

        assertThat(Race.successfulWrites(4, () -> catalog().updateJob(v1))).isEqualTo(1);
    }
}
