package org.lmskit.core.competency;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.Catalogue.Competency;
import org.lmskit.core.competency.Catalogue.Job;
import org.lmskit.core.competency.Catalogue.Profile;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.StorageProvider;

/**
 * Seed 000's job "Conseiller Carrière Retraite": three profiles, eleven competencies, and the team
 * of the "Suivi des collaborateurs" table.
 */
final class ConseillerCarriereRetraite {
    static final JobId JOB = JobId.of("conseiller-carriere-retraite");
    static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    static final Actor MANAGER = Actor.of("manon", Role.MANAGER);
    static final Actor SUPERVISOR = Actor.of("sylvie", Role.SUPERVISOR);
    static final Actor TUTOR = Actor.of("theo", Role.TUTOR);
    static final Actor DDFPT = Actor.of("ddfpt", Role.DDFPT);
    static final UserId ROBERT = UserId.of("robert-redford");
    static final UserId DINO = UserId.of("dino-zore");
    static final UserId MEDINE = UserId.of("medine-france");
    static final Actor ROBERT_HIMSELF = new Actor(ROBERT, Set.of(Role.LEARNER));

    /** What the library published, in order. */
    final List<org.lmskit.core.event.LmsEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    static final Map<String, List<String>> PROFILES = new LinkedHashMap<>();
    static final Map<String, String> TITLES = new HashMap<>();

    static {
        PROFILES.put("Traiter et analyser les données", List.of("TEST-ANE_002-CGCR-01", "TEST-ANE_002-CGCR-02",
                "TEST-ANE_002-CGCR-03", "TEST-ANE_002-CGCR-04"));
        PROFILES.put("Maîtriser la réglementation de son activité", List.of("TEST-REG_003-CGCR-01",
                "TEST-REG_003-CGCR-02", "TEST-REG_003-CGCR-03", "TEST-REG_003-CGCR-04"));
        PROFILES.put("Gérer la Relation Client", List.of("TEST-COM_006-CGCR-01", "TEST-COM_006-CGCR-02",
                "TEST-COM_006-CGCR-03"));
        TITLES.put("TEST-ANE_002-CGCR-01", "Fiabiliser une carrière");
        TITLES.put("TEST-ANE_002-CGCR-02", "Produire une estimation fiable au client");
        TITLES.put("TEST-ANE_002-CGCR-03", "Réaliser une levée de doute");
        TITLES.put("TEST-ANE_002-CGCR-04", "Assurer le pilotage et le reporting de son activité");
        TITLES.put("TEST-COM_006-CGCR-02", "Aisance de l'expression, élocution, vocabulaire. Amabilité et empathie");
    }

    final MutableDirectory directory = new MutableDirectory();
    final InMemoryStorage storage = InMemoryStorage.create();
    Instant now = Instant.parse("2026-11-24T09:00:00Z");
    final Lms lms;

    ConseillerCarriereRetraite() {
        this(null);
    }

    ConseillerCarriereRetraite(StorageProvider wrapped) {
        lms = Lms.builder().storage(wrapped == null ? storage : wrapped)
                .clock(new Clock() {
                    @Override
                    public java.time.ZoneId getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return now;
                    }
                })
                .directory(directory)
                .eventPublisher(events::add)
                .trainingCatalog(code -> List.of(new CompetencyViews.Training("cours-" + code, "Formation " + code)))
                .idGenerator(counter())
                .build();
        directory.team.put(MANAGER.id(), Set.of(ROBERT, DINO, MEDINE));
        directory.names.put(ROBERT, "Robert Redford");
        directory.names.put(DINO, "Dino Zore");
        directory.names.put(MEDINE, "Medine France");
    }

    private static java.util.function.Supplier<String> counter() {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        return () -> "review-" + next.incrementAndGet();
    }

    static List<CompetencyCode> allCodes() {
        return PROFILES.values().stream().flatMap(List::stream).map(CompetencyCode::of).toList();
    }

    /** The catalogue: the default scale, eleven competencies, three profiles, the job (level 3 required, 4 for CGCR-04). */
    ConseillerCarriereRetraite withJob() {
        CompetencyCatalogue service = lms.competencies().catalogue();
        Scale scale = service.scale(Scale.DEFAULT_ID);
        for (CompetencyCode code : allCodes()) {
            service.defineCompetency(ADMIN, new Competency(code, TITLES.getOrDefault(code.value(), code.value()), "",
                    Scale.DEFAULT_ID, ScoreThresholds.evenlyOver(scale), 0));
        }
        List<ProfileId> profiles = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<String>> profile : PROFILES.entrySet()) {
            ProfileId id = ProfileId.of("profile-" + (++i));
            service.defineProfile(ADMIN, new Profile(id, profile.getKey(),
                    profile.getValue().stream().map(CompetencyCode::of).toList(), 0));
            profiles.add(id);
        }
        Map<CompetencyCode, LevelValue> requirements = new LinkedHashMap<>();
        allCodes().forEach(code -> requirements.put(code,
                LevelValue.of(code.value().equals("TEST-ANE_002-CGCR-04") ? "4" : "3")));
        service.defineJob(ADMIN, new Job(JOB, "Conseiller Carrière Retraite", profiles, requirements, 0));
        return this;
    }

    /** Every collaborator of the table on the job; Robert 6/11 and Dino 9/11 acquired by their manager. */
    ConseillerCarriereRetraite withTeam() {
        directory.managers.put(ROBERT, Set.of(MANAGER.id()));
        directory.managers.put(DINO, Set.of(MANAGER.id()));
        directory.managers.put(MEDINE, Set.of(MANAGER.id()));
        for (UserId learner : List.of(ROBERT, DINO, MEDINE)) {
            lms.competencies().positionings().assignJob(ADMIN, learner, JOB);
        }
        List<CompetencyCode> codes = allCodes();
        for (int i = 0; i < codes.size(); i++) {
            LevelValue required = LevelValue.of(codes.get(i).value().equals("TEST-ANE_002-CGCR-04") ? "4" : "3");
            position(MANAGER, ROBERT, codes.get(i), i < 6 ? required : LevelValue.of("2"));
            position(MANAGER, DINO, codes.get(i), i < 9 ? LevelValue.of("4") : LevelValue.of("1"));
        }
        return this;
    }

    Positioning position(Actor actor, UserId learner, CompetencyCode code, LevelValue level) {
        return lms.competencies().positionings().position(actor, learner, code, Source.MANAGER, Optional.of(level), Optional.empty(),
                Optional.empty());
    }

    static final class MutableDirectory implements Directory {
        final Map<UserId, Set<UserId>> managers = new HashMap<>();
        final Map<UserId, Set<UserId>> supervisors = new HashMap<>();
        final Map<UserId, Set<UserId>> coaches = new HashMap<>();
        final Map<UserId, Set<UserId>> team = new HashMap<>();
        final Map<UserId, String> names = new HashMap<>();
        final java.util.Set<UserId> selfAllowed = new java.util.HashSet<>();

        @Override
        public Set<UserId> managersOf(UserId learner) {
            return managers.getOrDefault(learner, Set.of());
        }

        @Override
        public Set<UserId> supervisorsOf(UserId learner) {
            return supervisors.getOrDefault(learner, Set.of());
        }

        @Override
        public Set<UserId> coachesOf(UserId learner) {
            return coaches.getOrDefault(learner, Set.of());
        }

        @Override
        public boolean selfPositioningAllowed(UserId learner) {
            return selfAllowed.contains(learner);
        }

        /** The team and their DDFPT belong to one establishment, "ddfpt-voisin" to the next; others are unknown. */
        @Override
        public java.util.Optional<org.lmskit.core.id.CompanyId> companyOf(UserId user) {
            if (user.value().equals("ddfpt-voisin")) {
                return java.util.Optional.of(org.lmskit.core.id.CompanyId.of("lycee-voisin"));
            }
            return user.equals(DDFPT.id()) || teamOf(MANAGER.id()).contains(user) || user.equals(ROBERT)
                    ? java.util.Optional.of(org.lmskit.core.id.CompanyId.of("lycee-des-metiers"))
                    : java.util.Optional.empty();
        }

        @Override
        public Set<UserId> teamOf(UserId manager) {
            return team.getOrDefault(manager, Set.of());
        }

        @Override
        public String displayName(UserId user) {
            return names.getOrDefault(user, user.value());
        }
    }
}
