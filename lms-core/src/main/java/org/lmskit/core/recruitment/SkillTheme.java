package org.lmskit.core.recruitment;

/** The skill themes of seed 004's pool filter. The seed announces 28 themes and names 27: these are the 27 it names. */
public enum SkillTheme {
    BUSINESS_FUNCTIONAL_DOMAIN("Métier - Domaine fonctionnel"),
    BUSINESS_SECTOR("Métier - Secteur d'activités"),
    DEV_LANGUAGE("Dev – Langage"),
    DEV_FRAMEWORK("Dev – Framework"),
    DEV_TESTS("Dev – Tests"),
    SOFTWARE_ERP("Logiciel – ERP"),
    SOFTWARE_CRM("Logiciel – CRM"),
    SOFTWARE_CMS("Logiciel – CMS / E-commerce"),
    SOFTWARE_MULTIMEDIA("Logiciel – infographie multimédia"),
    SOFTWARE_OFFICE("Logiciel - Bureautique/messagerie"),
    SOFTWARE_ITSM("Logiciel – Management du SI / ITSM"),
    SOFTWARE_HELPDESK("Logiciel – Helpdesk"),
    TECH_OS("Tech - système d'exploitation"),
    TECH_VIRTUALISATION("Tech – virtualisation"),
    TECH_DATABASE("Tech - base de données"),
    TECH_SERVERS("Tech – serveur HTTP / Serveur d'application"),
    TECH_NETWORK("Tech – réseau"),
    TECH_CLOUD_PAAS("Tech – Cloud PaaS"),
    OPS_MONITORING("Exploitation – Supervision"),
    OPS_SCHEDULER("Exploitation – ordonnanceur"),
    OPS_BACKUP("Exploitation – Sauvegarde"),
    SUPPORT_DEVICES("Support – Terminaux / périphériques"),
    DATA_ANALYSIS("Data – Analyse de données"),
    DATA_ETL("Data - ETL"),
    DATA_BIG_DATA("Data – plateforme big data"),
    TECHNICAL_COMPUTING("Informatique technique (industrielle, embarquée)"),
    METHODOLOGIES("Méthodologies");

    private final String label;

    SkillTheme(String label) {
        this.label = label;
    }

    /** The seed's wording, for screens. */
    public String label() {
        return label;
    }
}
