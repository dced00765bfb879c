package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.SeatFixtures.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.seats.InactiveMembersQuery;
import org.lmskit.spi.seats.SessionMemberRecord;
import org.lmskit.spi.seats.SessionMemberStore;

/**
 * The contract every adapter's {@code SessionMemberStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class SessionMemberStoreContract extends StorageContract {

    private SessionMemberStore members() {
        return storage.sessionMembers();
    }

    @Test
    void a_member_round_trips_and_is_unique_per_session() {
        SessionMemberRecord stored = members().insert(member("s1", "ana", "LEARNER", at(0), at(10)));

        assertThat(members().find("s1", "ana")).contains(stored);
        assertThatThrownBy(() -> members().insert(member("s1", "ana", "PILOT", at(0), null)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(members().insert(member("s2", "ana", "PILOT", at(0), null)).version()).isEqualTo(1);
    }

    @Test
    void a_stale_update_never_overwrites() {
        SessionMemberRecord v1 = members().insert(member("s1", "ana", "LEARNER", at(0), null));
        SessionMemberRecord v2 = members().update(new SessionMemberRecord("s1", "ana", "LEARNER", at(0),
                Optional.of(at(50)), Optional.of(LocalDate.of(2021, 12, 1)), 1));

        assertThatThrownBy(() -> members().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThat(members().find("s1", "ana")).contains(v2);
    }

    @Test
    void members_of_several_sessions_come_in_one_call_ordered() {
        members().insert(member("s2", "ben", "LEARNER", at(0), null));
        members().insert(member("s1", "zoe", "LEARNER", at(0), null));
        members().insert(member("s1", "ana", "PILOT", at(0), null));
        members().insert(member("s3", "carl", "LEARNER", at(0), null));

        assertThat(members().findBySessions(List.of("s2", "s1"))).extracting(m -> m.sessionId() + "/" + m.userId())
                .containsExactly("s1/ana", "s1/zoe", "s2/ben");
        assertThat(members().findBySessions(List.of())).isEmpty();
        assertThat(members().findByUser("ana")).extracting(SessionMemberRecord::sessionId).containsExactly("s1");
    }

    @Test
    void inactive_members_are_quiet_since_the_cut_off_by_last_connection_or_joining() {
        members().insert(member("s1", "quiet", "LEARNER", at(0), at(100)));
        members().insert(member("s1", "atCutOff", "LEARNER", at(0), at(200)));
        members().insert(member("s1", "recent", "LEARNER", at(0), at(201)));
        members().insert(member("s1", "neverConnected", "STUDENT", at(5), null));
        members().insert(member("s1", "newcomer", "LEARNER", at(300), null));
        members().insert(member("s1", "pilot", "PILOT", at(0), null));
        members().insert(member("s2", "elsewhere", "LEARNER", at(0), null));

        Page<SessionMemberRecord> inactive = members().findInactive(new InactiveMembersQuery(Set.of("s1"),
                Set.of("LEARNER", "STUDENT"), at(200), PageRequest.first(10)));

        assertThat(inactive.items()).extracting(SessionMemberRecord::userId)
                .containsExactly("atCutOff", "neverConnected", "quiet");
        assertThat(members().findInactive(new InactiveMembersQuery(Set.of("s1"), Set.of("LEARNER", "STUDENT"), at(200),
                new PageRequest(2, 10))).items()).extracting(SessionMemberRecord::userId).containsExactly("quiet");
        assertThat(members().findInactive(new InactiveMembersQuery(Set.of("' OR '1'='1"), Set.of("LEARNER"), at(999),
                PageRequest.first(10))).total()).isZero();
    }

    @RepeatedTest(3)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        SessionMemberRecord v1 = members().insert(member("s1", "ana", "LEARNER", at(0), null));

        assertThat(Race.successfulWrites(4, () -> members().update(v1))).isEqualTo(1);
    }
}
