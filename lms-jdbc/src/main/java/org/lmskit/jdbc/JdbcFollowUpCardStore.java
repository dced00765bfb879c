package org.lmskit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.recruitment.CardQuery;
import org.lmskit.spi.recruitment.CardSort;
import org.lmskit.spi.recruitment.FollowUpCardRecord;
import org.lmskit.spi.recruitment.FollowUpCardStore;
import org.lmskit.spi.recruitment.RecruitmentRecord;

final class JdbcFollowUpCardStore implements FollowUpCardStore {
    private static final String TYPE = "follow-up-card";
    private static final String COLUMNS = "f.card_id, f.company_id, f.candidate_id, f.title, f.created_by, f.result,"
            + " f.status, f.actions, f.non_response, f.comment, f.rejection_causes, f.recruited_on, f.contract_type,"
            + " f.contract_end, f.recruitment_state, f.created_at, f.updated_at, f.updated_by, f.due_at, f.version";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM lmskit_follow_up_card f";
    private static final String INSERT = """
            INSERT INTO lmskit_follow_up_card (title, result, status, actions, non_response, comment,
                rejection_causes, recruited_on, contract_type, contract_end, recruitment_state, updated_at,
                updated_by, due_at, company_id, candidate_id, created_by, created_at, card_id, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""";
    // company, candidate, creator and creation are fixed at insert: the guard keeps them so
    private static final String UPDATE = """
            UPDATE lmskit_follow_up_card SET title = ?, result = ?, status = ?, actions = ?, non_response = ?,
                comment = ?, rejection_causes = ?, recruited_on = ?, contract_type = ?, contract_end = ?,
                recruitment_state = ?, updated_at = ?, updated_by = ?, due_at = ?, version = version + 1
            WHERE company_id = ? AND candidate_id = ? AND created_by = ? AND created_at = ? AND card_id = ?
                AND version = ?""";
    // min() walks the (company, creator, due) index from its low end, whatever plan a prepared statement settles on
    private static final String OVERDUE = "SELECT coalesce((SELECT min(due_at) FROM lmskit_follow_up_card"
            + " WHERE company_id = ? AND created_by = ?) < ?, false)";

    private final JdbcTransactions db;

    JdbcFollowUpCardStore(JdbcTransactions db) {
        this.db = db;
    }

    @Override
    public Optional<FollowUpCardRecord> find(String cardId) {
        return one(SELECT + " WHERE f.card_id = ?", cardId);
    }

    @Override
    public Optional<FollowUpCardRecord> findByCandidate(String companyId, String candidateId) {
        return one(SELECT + " WHERE f.company_id = ? AND f.candidate_id = ?", companyId, candidateId);
    }

    private Optional<FollowUpCardRecord> one(String sql, String... keys) {
        return db.withConnection(c -> Sql.one(c, sql, JdbcFollowUpCardStore::read, keys));
    }

    @Override
    public FollowUpCardRecord insert(FollowUpCardRecord card) {
        return Sql.insert(db, TYPE, card.cardId() + " (" + card.companyId() + "/" + card.candidateId() + ")", INSERT, JdbcFollowUpCardStore::bind, card,
                card.withVersion(1));
    }

    @Override
    public FollowUpCardRecord update(FollowUpCardRecord card) {
        return Sql.update(db, TYPE, card.cardId(), card.version(), UPDATE, JdbcFollowUpCardStore::bind,
                card, card.withVersion(card.version() + 1));
    }

    @Override
    public boolean hasOverdue(String companyId, String createdBy, Instant now) {
        return db.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(OVERDUE)) {
                s.setString(1, companyId);
                s.setString(2, createdBy);
                s.setObject(3, Sql.timestamp(now));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getBoolean(1);
                }
            }
        });
    }

    @Override
    public Page<FollowUpCardRecord> search(CardQuery q) {
        Where where = new Where().and("f.company_id = ?", q.companyId())
                .oneOf("f.created_by", q.createdBy())
                .oneOf("f.status", q.statuses())
                .oneOf("f.result", q.results())
                .overlaps("f.actions", q.actions())
                .oneOf("c.area", q.areas())
                .nameContains("c", q.nameContains())
                .overlaps("c.current_jobs", q.currentJobs())
                .oneOf("c.classification", q.classifications())
                .pairs("c.skill_themes", "c.skill_masteries", q.skillThemes(), q.masteries());
        q.nonResponse().ifPresent(flag -> where.and("f.non_response = ?", flag));
        q.createdFrom().ifPresent(from -> where.and("f.created_at >= ?", from));
        q.dueBefore().ifPresent(before -> where.and("f.due_at < ?", before));
        String from = " FROM lmskit_follow_up_card f LEFT JOIN lmskit_candidate c ON c.candidate_id = f.candidate_id";
        String direction = q.direction() == SortDirection.ASCENDING ? " ASC" : " DESC";
        String order = q.sort() == CardSort.CREATED
                ? " ORDER BY f.created_at" + direction + ", f.card_id" + direction
                : " ORDER BY f.due_at" + direction + " NULLS LAST, f.card_id" + direction;
        String paged = "SELECT " + COLUMNS + ", count(*) OVER () AS total" + from + where.sql() + order
                + " LIMIT ? OFFSET ?";
        String count = "SELECT count(*)" + from + where.sql();
        return db.withConnection(c -> Sql.page(c, paged, count, where::bind, JdbcFollowUpCardStore::read, q.page()));
    }

    /** Binds every column but the version; returns the version parameter's index. */
    private static int bind(Connection c, PreparedStatement s, FollowUpCardRecord r) throws SQLException {
        s.setString(1, r.title());
        s.setString(2, r.result());
        s.setString(3, r.status());
        s.setArray(4, Sql.texts(c, r.actions()));
        s.setBoolean(5, r.nonResponse());
        s.setString(6, r.comment().orElse(null));
        s.setArray(7, Sql.texts(c, r.rejectionCauses()));
        s.setObject(8, r.recruitment().map(RecruitmentRecord::recruitedOn).orElse(null));
        s.setString(9, r.recruitment().map(RecruitmentRecord::contractType).orElse(null));
        s.setObject(10, r.recruitment().flatMap(RecruitmentRecord::contractEnd).orElse(null));
        s.setString(11, r.recruitment().map(RecruitmentRecord::state).orElse(null));
        s.setObject(12, Sql.timestamp(r.updatedAt()));
        s.setString(13, r.updatedBy());
        s.setObject(14, Sql.timestamp(r.dueAt()));
        s.setString(15, r.companyId());
        s.setString(16, r.candidateId());
        s.setString(17, r.createdBy());
        s.setObject(18, Sql.timestamp(r.createdAt()));
        s.setString(19, r.cardId());
        return 20;
    }

    private static FollowUpCardRecord read(ResultSet rs) throws SQLException {
        LocalDate recruitedOn = rs.getObject("recruited_on", LocalDate.class);
        Optional<RecruitmentRecord> recruitment = recruitedOn == null ? Optional.empty()
                : Optional.of(new RecruitmentRecord(recruitedOn, rs.getString("contract_type"),
                Optional.ofNullable(rs.getObject("contract_end", LocalDate.class)),
                rs.getString("recruitment_state")));
        return new FollowUpCardRecord(rs.getString("card_id"), rs.getString("company_id"),
                rs.getString("candidate_id"), rs.getString("title"), rs.getString("created_by"),
                rs.getString("result"), rs.getString("status"), Sql.texts(rs, "actions"),
                rs.getBoolean("non_response"), Sql.optionalString(rs, "comment"),
                Sql.texts(rs, "rejection_causes"), recruitment, Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getString("updated_by"), Sql.optionalInstant(rs, "due_at"),
                rs.getLong("version"));
    }
}
