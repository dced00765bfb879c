package org.lmskit.xapi;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the statements point.
 *
 * @param homePage the LMS's home page: a learner is the agent {@code account{homePage, name: user id}}
 * @param activityBase the IRI prefix of lessons, courses, competencies and paths, e.g.
 *                     {@code https://lms.example.com/xapi}; no trailing slash
 * @param language the language tag of activity names and verb displays besides {@code en-US}, e.g. {@code fr-FR}
 * @param waiverReason the cmi5 reason a waived lesson carries (docs/events.md says why "Tested Out" is the default)
 */
public record XapiSettings(URI homePage, String activityBase, String language, WaiverReason waiverReason) {
    public XapiSettings {
        Objects.requireNonNull(homePage, "homePage");
        Objects.requireNonNull(activityBase, "activityBase");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(waiverReason, "waiverReason");
        if (!homePage.isAbsolute() || !"https".equals(homePage.getScheme()) && !"http".equals(homePage.getScheme())) {
            throw new IllegalArgumentException("homePage must be an absolute http(s) URL, was " + homePage);
        }
        URI base = URI.create(activityBase);
        if (!base.isAbsolute() || activityBase.endsWith("/") || base.getRawQuery() != null
                || base.getRawFragment() != null) {
            throw new IllegalArgumentException("activityBase must be an absolute IRI without a trailing slash, query "
                    + "or fragment, was " + activityBase);
        }
        if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            throw new IllegalArgumentException("language must be a language tag like fr-FR, was " + language);
        }
    }

    /** The statements of an LMS at {@code homePage}, activities under {@code homePage/xapi}, names in French. */
    public static XapiSettings of(URI homePage) {
        String base = homePage.toString().replaceAll("/+$", "") + "/xapi";
        return new XapiSettings(homePage, base, "fr-FR", WaiverReason.TESTED_OUT);
    }
}
