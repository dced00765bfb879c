package org.lmskit.spi.seats;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Page;

/** Session members under optimistic versions; (session, user) is unique. */
public interface SessionMemberStore {

    Optional<SessionMemberRecord> find(String sessionId, String userId);

    /** @throws org.lmskit.spi.DuplicateKeyException the user is already a member of the session */
    SessionMemberRecord insert(SessionMemberRecord member);

    /** @throws org.lmskit.spi.StaleVersionException the stored version differs, or nothing is stored */
    SessionMemberRecord update(SessionMemberRecord member);

    /** Members of several sessions in one call, ordered by session id then user id. */
    List<SessionMemberRecord> findBySessions(Collection<String> sessionIds);

    /** Every membership of a user, ordered by session id. */
    List<SessionMemberRecord> findByUser(String userId);

    Page<SessionMemberRecord> findInactive(InactiveMembersQuery query);
}
