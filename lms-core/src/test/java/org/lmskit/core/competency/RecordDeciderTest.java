package org.lmskit.core.competency;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.competency.PositioningRecord;

/** The team view decides shipped policies on stored records: it must agree with deciding on positionings. */
class RecordDeciderTest {
    private static final Scale SCALE = Scale.ofDefaults();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void property_deciding_on_records_picks_the_same_positioning_as_deciding_on_positionings() {
        List<AcquisitionPolicy> policies = List.of(AcquisitionPolicy.latestValidating(), AcquisitionPolicy.highest(),
                AcquisitionPolicy.latestCountingSelf(),
                AcquisitionPolicy.sourcePrecedence(List.of(Source.MANAGER, Source.OBSERVATION, Source.EVALUATION)));
        qt().forAll(lists().of(integers().between(0, 5999)).ofSizeBetween(0, 12)).check(specs -> {
            List<PositioningRecord> records = new ArrayList<>();
            List<Positioning> positionings = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                int spec = specs.get(i);
                Optional<String> level = spec / 10 % 6 == 0 ? Optional.empty() : Optional.of(String.valueOf(spec / 10 % 6));
                Source source = Source.values()[spec / 60 % 5];
                String actor = "actor-" + spec % 3;
                Instant at = T0.plusSeconds(spec % 10);
                records.add(new PositioningRecord(i, "robert", "C", level, source.name(), actor, at, Optional.empty(),
                        Optional.empty()));
                positionings.add(new Positioning(i, UserId.of("robert"), CompetencyCode.of("C"), new LevelValue(level),
                        source, UserId.of(actor), at, Optional.empty(), Optional.empty()));
            }
            return policies.stream().allMatch(policy -> {
                Optional<Long> byRecords = ((Policies.RecordDecider) policy).decideRecord(records, SCALE)
                        .map(PositioningRecord::id);
                Optional<Long> byPositionings = policy.decide(positionings, SCALE).deciding().map(Positioning::id);
                Optional<LevelValue> recordLevel = byRecords.map(id -> positionings.get(id.intValue()).level());
                Optional<LevelValue> positioningLevel = byPositionings.map(id -> positionings.get(id.intValue()).level());
                return recordLevel.equals(positioningLevel);
            });
        });
    }
}
