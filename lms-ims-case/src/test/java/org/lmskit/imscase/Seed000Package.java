package org.lmskit.imscase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lmskit.core.competency.framework.CasePackage;
import org.lmskit.core.competency.framework.CasePackage.Association;
import org.lmskit.core.competency.framework.CasePackage.Criterion;
import org.lmskit.core.competency.framework.CasePackage.Document;
import org.lmskit.core.competency.framework.CasePackage.Item;
import org.lmskit.core.competency.framework.CasePackage.Level;
import org.lmskit.core.competency.framework.CasePackage.Rubric;

/**
 * Seed 000's job "Conseiller Carrière Retraite" as a CASE package: its three profiles, eleven competencies, and a
 * rubric holding the seed's legend (1 non acquis ... 5 expert du sujet). {@code docs/case/conseiller-carriere-retraite.json}
 * is this package written by {@link CaseJson#write}.
 */
final class Seed000Package {
    static final String DOC = "5eed0000-0000-4000-8000-000000000000";
    static final String RUBRIC = "5eed0000-0000-4000-8000-0000000000a0";
    static final String BASE = "https://lmskit.example/ims/case/v1p1";
    static final Instant CHANGED = Instant.parse("2026-12-06T09:00:00Z");

    private Seed000Package() {
    }

    static String id(int n) {
        return String.format("5eed0000-0000-4000-8000-%012d", n);
    }

    static CasePackage build() {
        String[][][] profiles = {
            {{"ccr-profile-1", "Traiter et analyser les données"},
                {"TEST-ANE_002-CGCR-01", "Fiabiliser une carrière"},
                {"TEST-ANE_002-CGCR-02", "Produire une estimation fiable au client"},
                {"TEST-ANE_002-CGCR-03", "Réaliser une levée de doute"},
                {"TEST-ANE_002-CGCR-04", "Assurer le pilotage et le reporting de son activité"}},
            {{"ccr-profile-2", "Maîtriser la réglementation de son activité"},
                {"TEST-REG_003-CGCR-01", "Appliquer la réglementation des régimes de retraite"},
                {"TEST-REG_003-CGCR-02", "Vérifier les droits acquis"},
                {"TEST-REG_003-CGCR-03", "Sécuriser les données personnelles"},
                {"TEST-REG_003-CGCR-04", "Suivre les évolutions réglementaires"}},
            {{"ccr-profile-3", "Gérer la Relation Client"},
                {"TEST-COM_006-CGCR-01", "Ecouter et utiliser les faits énoncés par le client"},
                {"TEST-COM_006-CGCR-02", "Aisance de l'expression, élocution, vocabulaire. Amabilité et empathie"},
                {"TEST-COM_006-CGCR-03", "Envoyer les documents en ligne, envoyer au client et recevoir l'information"}}};
        String[][] legend = {{"non acquis"}, {"quelques notions"}, {"niveau minimum requis"}, {"très bonne maîtrise"},
            {"expert du sujet"}};
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < legend.length; i++) {
            levels.add(new Level(i + 1, Optional.of(BigDecimal.valueOf(i + 1)), "Niveau " + (i + 1), legend[i][0]));
        }
        List<Item> items = new ArrayList<>();
        List<Association> associations = new ArrayList<>();
        List<Criterion> criteria = new ArrayList<>();
        int n = 0;
        for (int p = 0; p < profiles.length; p++) {
            String profile = id(100 * (p + 1));
            items.add(new Item(profile, profiles[p][0][1], profiles[p][0][0], ""));
            associations.add(new Association(id(1000 + 100 * (p + 1)), CasePackage.IS_CHILD_OF, profile, DOC,
                    Optional.of(p + 1)));
            for (int c = 1; c < profiles[p].length; c++) {
                String competency = id(100 * (p + 1) + c);
                items.add(new Item(competency, profiles[p][c][1], profiles[p][c][0], ""));
                associations.add(new Association(id(1000 + 100 * (p + 1) + c), CasePackage.IS_CHILD_OF, competency,
                        profile, Optional.of(c)));
                criteria.add(new Criterion(id(2000 + (++n)), Optional.of(competency), levels));
            }
        }
        return new CasePackage(new Document(DOC, "Conseiller Carrière Retraite", "lmskit (seed 000)",
                "Les compétences de l'emploi Conseiller Carrière Retraite, en trois profils, et la légende des niveaux"
                        + " 1 à 5.", Optional.of(CHANGED)), items, associations,
                List.of(new Rubric(RUBRIC, "Niveaux 1 à 5", "", criteria)));
    }
}
