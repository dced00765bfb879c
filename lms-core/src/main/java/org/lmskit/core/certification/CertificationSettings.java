package org.lmskit.core.certification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import org.lmskit.core.error.InvalidInputException;

/**
 * The certification capability's configuration: who issues the Open Badges credentials, how
 * program quizzes adapt and which selection policy they use, how learning quizzes are scheduled.
 *
 * @param issuerUrl an absolute URL identifying the issuing organisation; credential and achievement ids are built under it
 * @param workshopProgress what each step of a workshop is worth (seed 003's table by default)
 */
public record CertificationSettings(String issuerUrl, String issuerName, ProgramQuizConfig quiz,
                                    QuestionSelectionPolicy quizPolicy, LearningQuizConfig learningQuiz,
                                    WorkshopProgressTable workshopProgress) {
    public CertificationSettings {
        try {
            if (issuerUrl == null || !new URI(issuerUrl).isAbsolute()) {
                throw InvalidInputException.of("issuerUrl", "must be an absolute URL");
            }
        } catch (URISyntaxException e) {
            throw InvalidInputException.of("issuerUrl", "must be an absolute URL");
        }
        if (issuerName == null || issuerName.isBlank()) {
            throw InvalidInputException.of("issuerName", "is required");
        }
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(quizPolicy, "quizPolicy");
        Objects.requireNonNull(learningQuiz, "learningQuiz");
        Objects.requireNonNull(workshopProgress, "workshopProgress");
    }

    /** Seed 003's quiz rules and ladder, and a placeholder issuer a host replaces with {@link #withIssuer}. */
    public static CertificationSettings ofDefaults() {
        return new CertificationSettings("https://lmskit.example/issuer", "lmskit", ProgramQuizConfig.ofDefaults(),
                new LevelLadder(), LearningQuizConfig.ofDefaults(), WorkshopProgressTable.seed());
    }

    /** The organisation named as issuer on certificates and Open Badges. */
    public CertificationSettings withIssuer(String url, String name) {
        return new CertificationSettings(url, name, quiz, quizPolicy, learningQuiz, workshopProgress);
    }

    /** Program quizzes run with {@code config} and choose questions with {@code policy}. */
    public CertificationSettings withQuiz(ProgramQuizConfig config, QuestionSelectionPolicy policy) {
        return new CertificationSettings(issuerUrl, issuerName, config, policy, learningQuiz, workshopProgress);
    }

    /** Learning quizzes follow {@code config}. */
    public CertificationSettings withLearningQuiz(LearningQuizConfig config) {
        return new CertificationSettings(issuerUrl, issuerName, quiz, quizPolicy, config, workshopProgress);
    }

    /** Workshop steps are worth what {@code table} says (seed 003, "Le pourcentage est proportionné comme suit"). */
    public CertificationSettings withWorkshopProgress(WorkshopProgressTable table) {
        return new CertificationSettings(issuerUrl, issuerName, quiz, quizPolicy, learningQuiz, table);
    }

    /** The policy an attempt recorded, to replay it. */
    QuestionSelectionPolicy policyNamed(String name) {
        if (quizPolicy.name().equals(name)) {
            return quizPolicy;
        }
        return switch (name) {
            case LevelLadder.NAME -> new LevelLadder();
            case Staircase.NAME -> new Staircase();
            default -> throw new IllegalStateException("unknown quiz policy '" + name + "'");
        };
    }
}
