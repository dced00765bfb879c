package org.lmskit.examples;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Source;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/** Prints a learner's gaps on a job: one profile of seed 000's "Conseiller Carrière Retraite". */
public final class CompetencyGapsExample {
    private CompetencyGapsExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
        Actor manager = Actor.of("manon", Role.MANAGER);
        UserId robert = UserId.of("robert-redford");
        Lms lms = Lms.builder().storage(InMemoryStorage.create())
                .directory(new Directory() {
                    @Override
                    public Set<UserId> managersOf(UserId learner) {
                        return Set.of(manager.id());
                    }
                })
                .trainingCatalog(code -> List.of(new CompetencyViews.Training("t-" + code, "Formation : " + code)))
                .build();

        JobId job = lms.competencies().catalogue().setUp(admin)
                .competency("TEST-ANE_002-CGCR-01", "Fiabiliser une carrière")
                .competency("TEST-ANE_002-CGCR-02", "Produire une estimation fiable au client")
                .competency("TEST-ANE_002-CGCR-03", "Réaliser une levée de doute")
                .competency("TEST-ANE_002-CGCR-04", "Assurer le pilotage et le reporting de son activité")
                .profile("donnees", "Traiter et analyser les données", "TEST-ANE_002-CGCR-01",
                        "TEST-ANE_002-CGCR-02", "TEST-ANE_002-CGCR-03", "TEST-ANE_002-CGCR-04")
                .job("conseiller-carriere-retraite", "Conseiller Carrière Retraite")
                .requires("TEST-ANE_002-CGCR-01", "3").requires("TEST-ANE_002-CGCR-02", "3")
                .requires("TEST-ANE_002-CGCR-03", "3").requires("TEST-ANE_002-CGCR-04", "4")
                .define().id();
        lms.competencies().positionings().assignJob(admin, robert, job);

        position(lms, manager, robert, "TEST-ANE_002-CGCR-01", "4");
        position(lms, manager, robert, "TEST-ANE_002-CGCR-02", "3");
        position(lms, manager, robert, "TEST-ANE_002-CGCR-04", "3");

        CompetencyViews.JobView view = lms.competencies().views().jobView(manager, robert, CompetencyViews.Period.always());
        out.println(view.jobTitle() + " — " + view.summary().percent() + " % (" + view.summary().acquired() + "/"
                + view.summary().applicable() + ")");
        for (CompetencyViews.CompetencyGap gap : view.gaps()) {
            out.println("  " + gap.title() + ": required " + gap.required() + ", acquired "
                    + gap.acquired().map(LevelValue::toString).orElse("-") + " -> " + gap.status()
                    + (gap.trainings().isEmpty() ? "" : " (see " + gap.trainings().get(0).title() + ")"));
        }
    }

    private static void position(Lms lms, Actor manager, UserId learner, String code, String level) {
        lms.competencies().positionings().positionAtLevel(manager, learner, CompetencyCode.of(code), Source.MANAGER,
                LevelValue.of(level));
    }
}
