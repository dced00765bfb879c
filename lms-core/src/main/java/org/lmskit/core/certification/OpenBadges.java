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

    /**
     * The credential id of one document of a certificate: the issuer's URL, {@code /credentials/}, the certificate
     * id, {@code /v} and the certificate's version, so a regenerated certificate's new credential has a new id and
     * the old one can be told apart even when both were made in the same instant.
     */
    static String credentialId(CertificationSettings settings, Certificate certificate) {
        return base(settings) + "/credentials/" + certificate.id() + "/v" + certificate.version();
    }

    /** The certificate id and document version in a credential id of this issuer; empty for any other id. */
    static java.util.Optional<Map.Entry<String, Long>> document(CertificationSettings settings, String credentialId) {
        String prefix = base(settings) + "/credentials/";
        if (credentialId == null || !credentialId.startsWith(prefix)) {
            return java.util.Optional.empty();
        }
        String rest = credentialId.substring(prefix.length());
        int cut = rest.lastIndexOf("/v");
        if (cut < 1 || cut + 2 >= rest.length() || rest.length() - cut > 20
                || !rest.substring(cut + 2).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Map.entry(rest.substring(0, cut), Long.parseLong(rest.substring(cut + 2))));
    }

    static String issuerId(CertificationSettings settings) {
        return base(settings);
    }

    private static String base(CertificationSettings settings) {
        return settings.issuerUrl().replaceAll("/+$", "");
    }

    /**
     * The credential; the criteria narrative states the path's own grading table ({@code table}), so a path
     * whose cut-offs differ from the seed's says so.
     */
    static Map<String, Object> credential(Certificate certificate, CertificationSettings settings, GradingTable table) {
        String base = base(settings);
        String achievementId = base + "/achievements/" + certificate.pathId();
        String levelResultId = achievementId + "#level";
        String scoreResultId = achievementId + "#score";

        // each level states its range from the path's own table, as the narrative does
        List<Map<String, Object>> levels = java.util.Arrays.stream(CertificationLevel.values())
                .map(level -> object("id", achievementId + "#level-" + lower(level), "type", List.of("RubricCriterionLevel"),
                        "name", lower(level), "description", range(level, table)))
                .toList();
        Map<String, Object> achievement = object(
                "id", achievementId,
                "type", List.of("Achievement"),
                "name", "Certification " + certificate.pathId(),
                "description", "Final case study of path " + certificate.pathId() + ", graded out of 20",
                "criteria", object("narrative", "Gold from " + table.gold().toPlainString() + "/20, silver from "
                        + table.silver().toPlainString() + "/20, bronze from " + table.bronze().toPlainString()
                        + "/20."),
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
                "id", credentialId(settings, certificate),
                "type", List.of("VerifiableCredential", "OpenBadgeCredential"),
                "issuer", object("id", base, "type", List.of("Profile"), "name", settings.issuerName()),
                // whole seconds: a VC-JWT's nbf is a NumericDate in seconds and must equal validFrom
                "validFrom", DateTimeFormatter.ISO_INSTANT.format(certificate.regeneratedAt().orElse(certificate.issuedAt())
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)),
                "name", "Certification " + lower(certificate.level()) + " — " + certificate.pathId(),
                "credentialSubject", subject);
    }

    private static String range(CertificationLevel level, GradingTable table) {
        switch (level) {
            case GOLD:
                return "from " + table.gold().toPlainString() + "/20";
            case SILVER:
                return "from " + table.silver().toPlainString() + "/20 to below " + table.gold().toPlainString() + "/20";
            case BRONZE:
                return "from " + table.bronze().toPlainString() + "/20 to below " + table.silver().toPlainString()
                        + "/20";
            default:
                return "below " + table.bronze().toPlainString() + "/20";
        }
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
