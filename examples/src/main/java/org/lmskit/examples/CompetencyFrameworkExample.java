package org.lmskit.examples;

import java.io.PrintStream;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.Catalogue;
import org.lmskit.core.competency.CompetencyFrameworks;
import org.lmskit.core.competency.Scale;
import org.lmskit.core.competency.ScaleLevel;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.ProfileId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.imscase.CaseJson;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * Imports a competency framework another system exported as an IMS CASE 1.1 package, rated on seed 000's other
 * scale (Débutant / Opérationnel / Expérimenté), then exports it back: the export imports as the same catalogue.
 */
public final class CompetencyFrameworkExample {
    /** What another system would send: a profile of two competencies and a rubric of three levels. */
    static final String PACKAGE = """
            {"CFDocument": {"identifier": "7e1a0000-0000-4000-8000-000000000000", "title": "Relation client",
                            "creator": "RH Groupe"},
             "CFItems": [
               {"identifier": "7e1a0000-0000-4000-8000-000000000001", "fullStatement": "Gérer la Relation Client",
                "humanCodingScheme": "COM"},
               {"identifier": "7e1a0000-0000-4000-8000-000000000002", "humanCodingScheme": "COM-01",
                "fullStatement": "Ecouter et utiliser les faits énoncés par le client"},
               {"identifier": "7e1a0000-0000-4000-8000-000000000003", "humanCodingScheme": "COM-02",
                "fullStatement": "Aisance de l'expression, élocution, vocabulaire"}],
             "CFAssociations": [
               {"identifier": "7e1a0000-0000-4000-8000-000000000011", "associationType": "isChildOf",
                "originNodeURI": {"identifier": "7e1a0000-0000-4000-8000-000000000001"},
                "destinationNodeURI": {"identifier": "7e1a0000-0000-4000-8000-000000000000"}},
               {"identifier": "7e1a0000-0000-4000-8000-000000000012", "associationType": "isChildOf", "sequenceNumber": 2,
                "originNodeURI": {"identifier": "7e1a0000-0000-4000-8000-000000000003"},
                "destinationNodeURI": {"identifier": "7e1a0000-0000-4000-8000-000000000001"}},
               {"identifier": "7e1a0000-0000-4000-8000-000000000013", "associationType": "isChildOf", "sequenceNumber": 1,
                "originNodeURI": {"identifier": "7e1a0000-0000-4000-8000-000000000002"},
                "destinationNodeURI": {"identifier": "7e1a0000-0000-4000-8000-000000000001"}}],
             "CFRubrics": [{"identifier": "7e1a0000-0000-4000-8000-000000000020", "title": "Maîtrise",
               "CFRubricCriteria": [
                 {"identifier": "7e1a0000-0000-4000-8000-000000000021",
                  "CFItemURI": {"identifier": "7e1a0000-0000-4000-8000-000000000002"},
                  "CFRubricCriterionLevels": [{"position": 1, "score": 1, "quality": "Débutant"},
                    {"position": 2, "score": 2, "quality": "Opérationnel"},
                    {"position": 3, "score": 3, "quality": "Expérimenté"}]},
                 {"identifier": "7e1a0000-0000-4000-8000-000000000022",
                  "CFItemURI": {"identifier": "7e1a0000-0000-4000-8000-000000000003"},
                  "CFRubricCriterionLevels": [{"position": 1, "score": 1, "quality": "Débutant"},
                    {"position": 2, "score": 2, "quality": "Opérationnel"},
                    {"position": 3, "score": 3, "quality": "Expérimenté"}]}]}]}
            """;

    private CompetencyFrameworkExample() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Actor admin = Actor.of("admin", Role.ADMINISTRATOR);
        Lms lms = Lms.builder().storage(InMemoryStorage.create()).build();
        CompetencyFrameworks frameworks = lms.competencies().frameworks();

        CompetencyFrameworks.ImportReport report = frameworks.importPackage(admin, CaseJson.read(PACKAGE));
        out.println("imported " + report.framework() + ": " + report.competencies().created() + " competencies, "
                + report.profiles().created() + " profile, " + report.scales().created() + " scale");
        Catalogue.Profile profile = lms.competencies().catalogue().profile(ProfileId.of("COM"));
        out.println(profile.name() + ":");
        for (CompetencyCode code : profile.competencies()) {
            Catalogue.Competency competency = lms.competencies().catalogue().competency(code);
            Scale scale = lms.competencies().catalogue().scale(competency.scale());
            out.println("  " + code + " " + competency.title() + " ["
                    + String.join(" / ", scale.levels().stream().map(ScaleLevel::label).toList()) + "]");
        }

        String exported = CaseJson.write(frameworks.export(report.framework()), "https://lms.example/ims/case/v1p1");
        CasePackage back = CaseJson.read(exported);
        out.println("exported " + back.items().size() + " items, " + back.associations().size() + " associations, "
                + back.rubrics().size() + " rubric");
        CompetencyFrameworks.ImportReport again = frameworks.importPackage(admin, back);
        out.println("re-imported: " + again.competencies().unchanged() + " competencies unchanged, "
                + (again.competencies().created() + again.competencies().updated()) + " written");
    }
}
