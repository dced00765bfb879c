package org.lmskit.core.certification;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Exports a certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C verifiable
 * credential, unsigned): the achievement describes two results, a {@code PerformanceLevel} with the
 * levels none / bronze / silver / gold and a {@code RawScore} from 0 to 20; the subject's results
 * carry the level achieved and the grade. The map serializes to the spec's JSON as it is.
 */
final class OpenBadges {
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private OpenBadges() {
    }

    static Map<String, Object> credential(Certificate certificate, CertificationSettings settings) {
        String base = settings.issuerUrl().replaceAll("/+$", "");
        String achievementId = base + "/achievements/" + certificate.pathId();
        String levelResultId = achievementId + "#level";
        String scoreResultId = achievementId + "#score";

        List<Map<String, Object>> levels = java.util.Arrays.stream(CertificationLevel.values())
                .map(level -> object("id", achievementId + "#level-" + lower(level), "type", List.of("RubricCriterionLevel"),
                        "name", lower(level)))
                .toList();
        Map<String, Object> achievement = object(
                "id", achievementId,
                "type", List.of("Achievement"),
                "name", "Certification " + certificate.pathId(),
                "description", "Final case study of path " + certificate.pathId() + ", graded out of 20",
                "criteria", object("narrative", "Gold from 18/20, silver from 15/20, bronze from 12/20."),
                "resultDescription", List.of(
                        object("id", levelResultId, "type", List.of("ResultDescription"), "name", "Certification level",
                                "resultType", "PerformanceLevel", "rubricCriterionLevel", levels),
                        object("id", scoreResultId, "type", List.of("ResultDescription"), "name", "Grade out of 20",
                                "resultType", "RawScore", "valueMin", "0", "valueMax", "20")));
        Map<String, Object> subject = object(
                "id", base + "/learners/" + certificate.learner(),
                "type", List.of("AchievementSubject"),
                "achievement", achievement,
                "result", List.of(
                        object("type", List.of("Result"), "resultDescription", levelResultId,
                                "achievedLevel", achievementId + "#level-" + lower(certificate.level())),
                        object("type", List.of("Result"), "resultDescription", scoreResultId,
                                "value", certificate.grade().value().toPlainString())));
        return object(
                "@context", List.of(VC_CONTEXT, OB_CONTEXT),
                "id", base + "/credentials/" + certificate.id(),
                "type", List.of("VerifiableCredential", "OpenBadgeCredential"),
                "issuer", object("id", base, "type", List.of("Profile"), "name", settings.issuerName()),
                "validFrom", DateTimeFormatter.ISO_INSTANT.format(certificate.regeneratedAt().orElse(certificate.issuedAt())),
                "name", "Certification " + lower(certificate.level()) + " — " + certificate.pathId(),
                "credentialSubject", subject);
    }

    private static String lower(CertificationLevel level) {
        return level.name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
