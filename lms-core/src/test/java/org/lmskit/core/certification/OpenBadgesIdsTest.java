package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reading a credential id back into its certificate and document version (what verification does with an id it is
 * handed): only this issuer's ids, of the exact shape {@code <issuer>/credentials/<certificate>/v<digits>}.
 */
class OpenBadgesIdsTest {
    private static final CertificationSettings SETTINGS = CertificationSettings.ofDefaults()
            .withIssuer("https://lms.example.org/issuer//", "LEDR");
    private static final String PREFIX = "https://lms.example.org/issuer/credentials/";

    private static Optional<Map.Entry<String, Long>> read(String id) {
        return OpenBadges.document(SETTINGS, id);
    }

    @Test
    void the_issuer_s_id_has_no_trailing_slash() {
        assertThat(OpenBadges.issuerId(SETTINGS)).isEqualTo("https://lms.example.org/issuer");
    }

    @Test
    void an_id_of_this_issuer_gives_its_certificate_and_version() {
        assertThat(read(PREFIX + "cert-1/v3")).contains(Map.entry("cert-1", 3L));
        assertThat(read(PREFIX + "c/v0")).contains(Map.entry("c", 0L));
        assertThat(read(PREFIX + "a/v2/v12")).contains(Map.entry("a/v2", 12L));
        assertThat(read(PREFIX + "c/v" + "9".repeat(18))).contains(Map.entry("c", 999_999_999_999_999_999L));
    }

    @Test
    void anything_else_is_not_this_issuer_s_credential() {
        assertThat(read(null)).isEmpty();
        assertThat(read("https://other.example.org/credentials/cert-1/v3")).isEmpty();
        assertThat(read(PREFIX + "/v3")).as("no certificate before the version").isEmpty();
        assertThat(read(PREFIX + "cert-1/v")).as("no version").isEmpty();
        assertThat(read(PREFIX + "cert-1")).as("no version part").isEmpty();
        assertThat(read(PREFIX + "cert-1/v3x")).as("not digits").isEmpty();
        assertThat(read(PREFIX + "cert-1/v-3")).as("a sign").isEmpty();
        assertThat(read(PREFIX + "cert-1/v:")).as("just past the digits").isEmpty();
        assertThat(read(PREFIX + "cert-1/v/")).as("just before the digits").isEmpty();
        assertThat(read(PREFIX + "c/v" + "9".repeat(19))).as("more digits than a version holds").isEmpty();
    }
}
