package org.lmskit.core.certification;

/**
 * The steps of a workshop, in the order a learner takes them (seed 003, "Le pourcentage est proportionné
 * comme suit"). What each step is worth is the {@link WorkshopProgressTable}'s business.
 */
public enum WorkshopStep {
    INTRODUCTION_VIDEO_WATCHED("vidéo d'introduction visionnée"),
    INTRODUCTION_QUESTION_ANSWERED("question d'introduction répondue"),
    MAIN_VIDEO_WATCHED("vidéo principale visionnée"),
    MAIN_QUESTIONS_ANSWERED("questions principales répondues"),
    CORRECTIONS_DONE("corrections réalisées"),
    CONCLUSION_VIDEO_WATCHED("vidéo de conclusion visionnée");

    private final String label;

    WorkshopStep(String label) {
        this.label = label;
    }

    /** The seed's wording. */
    public String label() {
        return label;
    }
}
