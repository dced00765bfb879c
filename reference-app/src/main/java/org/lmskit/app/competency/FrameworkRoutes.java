package org.lmskit.app.competency;

import io.javalin.config.RoutesConfig;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.CompetencyFrameworks;
import org.lmskit.core.competency.CompetencyFrameworks.ImportReport;
import org.lmskit.core.id.FrameworkId;
import org.lmskit.imscase.CaseJson;

/**
 * Competency frameworks as IMS CASE 1.1 packages: an administrator posts a {@code CFPackage} (JSON) and the
 * catalogue takes it in, in one transaction; anyone signed in reads a framework back as a package.
 */
public final class FrameworkRoutes {
    public static final String FRAMEWORKS = "/api/competency/frameworks";

    private final CompetencyFrameworks frameworks;
    private final RequestBodies bodies;
    private final String caseBase;

    public FrameworkRoutes(Lms lms, RequestBodies bodies) {
        this.frameworks = lms.competencies().frameworks();
        this.bodies = bodies;
        this.caseBase = lms.certification().certificates().issuerId() + "/ims/case/v1p1";
    }

    public void register(RoutesConfig routes) {
        routes.post(FRAMEWORKS, ctx -> {
            ImportReport report = frameworks.importPackage(Identities.actor(ctx), CaseJson.read(bodies.jsonText(ctx)));
            if (report.created()) {
                ctx.status(201).header("Location", FRAMEWORKS + "/" + report.framework().value());
            }
            ctx.json(new ImportJson(report.framework().value(), report.version(), report.created(), report.scales(),
                    report.competencies(), report.profiles()));
        });
        routes.get(FRAMEWORKS + "/{frameworkId}", ctx -> ctx.contentType("application/json").result(CaseJson.write(
                frameworks.export(FrameworkId.of(ctx.pathParam("frameworkId"))), caseBase)));
    }

    /** What an import did, as the POST answers it. */
    record ImportJson(String framework, long version, boolean created, CompetencyFrameworks.Counts scales,
                      CompetencyFrameworks.Counts competencies, CompetencyFrameworks.Counts profiles) {
    }
}
