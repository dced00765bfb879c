package org.lmskit.xapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lmskit.core.adaptive.AdaptiveEvent;
import org.lmskit.core.adaptive.Enrolment;
import org.lmskit.core.adaptive.LessonStatus;
import org.lmskit.core.certification.CertificationEvent;
import org.lmskit.core.competency.CompetencyEvent;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;

/**
 * The mapping from lmskit's events to xAPI 1.0.3 statements (docs/events.md):
 * <ul>
 *   <li>a lesson the adaptive rule completed (at enrolment or on re-adapting) → cmi5 <b>waived</b>, success and
 *       completion true, no score, the cmi5 reason extension, the moveOn and cmi5 categories, the enrolment's
 *       registration and a session id of its own;</li>
 *   <li>a lesson attempt reported completed, passed or failed → <b>completed</b> / <b>passed</b> / <b>failed</b>,
 *       with the score (scaled 0..1, raw 0..100) when there is one; a tutor's correction likewise, the tutor as
 *       instructor;</li>
 *   <li>a theme badge or a certificate → <b>achieved</b>, the certificate's level as a result extension;</li>
 *   <li>a positioning → <b>positioned</b> (lmskit's verb) on the competency, the level and source as extensions,
 *       the positioning user as instructor.</li>
 * </ul>
 * Other events make no statement. A statement's id is derived from the event's id and its rank, so the same event
 * always gives the same statements.
 */
public final class XapiStatements {
    public static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String ACHIEVED = "https://w3id.org/xapi/dod-isd/verbs/achieved";
    public static final String POSITIONED = "https://lmskit.org/xapi/verbs/positioned";
    public static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";
    public static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    public static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String LESSON_TYPE = "http://adlnet.gov/expapi/activities/lesson";
    public static final String COURSE_TYPE = "https://w3id.org/xapi/cmi5/activitytype/course";
    public static final String LEVEL = "https://lmskit.org/xapi/extensions/level";
    public static final String SOURCE = "https://lmskit.org/xapi/extensions/source";
    public static final String CERTIFICATION_LEVEL = "https://lmskit.org/xapi/extensions/certification-level";
    public static final String OBJECTIVE_TYPE = "http://adlnet.gov/expapi/activities/objective";
    public static final String BADGE_TYPE = "http://activitystrea.ms/schema/1.0/badge";
    public static final String CERTIFICATE_TYPE = "https://lmskit.org/xapi/activities/certificate";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final XapiSettings settings;

    public XapiStatements(XapiSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The registration of a learner's enrolment in a course: the same UUID every time. */
    public static UUID registration(CourseId course, UserId learner) {
        return UUID.nameUUIDFromBytes(("lmskit:registration:" + course.value().length() + ":" + course.value() + ":"
                + learner.value()).getBytes(StandardCharsets.UTF_8));
    }

    /** The statements of {@code event}, recorded as {@code eventId}; empty when it makes none. */
    public List<ObjectNode> of(LmsEvent event, String eventId) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(eventId, "eventId");
        Statements out = new Statements(eventId, event.occurredAt());
        if (event instanceof AdaptiveEvent.Enrolled enrolled) {
            for (Enrolment.Waiver waiver : enrolled.waived()) {
                out.add(waived(out, enrolled.learner(), enrolled.course(), waiver.lesson()));
            }
        } else if (event instanceof AdaptiveEvent.Readapted readapted) {
            for (LessonId lesson : readapted.added()) {
                out.add(waived(out, readapted.learner(), readapted.course(), lesson));
            }
        } else if (event instanceof AdaptiveEvent.LessonProgressed progressed) {
            lessonOutcome(out, progressed.learner(), progressed.lesson(), progressed.reported(), progressed.score(),
                    Optional.empty());
        } else if (event instanceof AdaptiveEvent.ProgressCorrected corrected) {
            lessonOutcome(out, corrected.learner(), corrected.lesson(), corrected.status(), Optional.empty(),
                    Optional.of(corrected.tutor()));
        } else if (event instanceof CertificationEvent.BadgeAwarded badge) {
            ObjectNode statement = out.statement(badge.learner(), ACHIEVED, "achieved");
            statement.set("object", activity(iri("paths", badge.pathId().value(), "themes", badge.theme().value()),
                    BADGE_TYPE, "Badge " + badge.theme().value()));
            statement.set("result", NODES.objectNode().put("success", true).put("completion", true));
            ObjectNode context = NODES.objectNode();
            instructor(context, badge.learner(), badge.by());
            context.set("contextActivities", NODES.objectNode().set("grouping",
                    NODES.arrayNode().add(activity(iri("paths", badge.pathId().value()), COURSE_TYPE, null))));
            statement.set("context", context);
            out.add(statement);
        } else if (event instanceof CertificationEvent.CertificateIssued issued) {
            ObjectNode statement = out.statement(issued.learner(), ACHIEVED, "achieved");
            statement.set("object", activity(iri("paths", issued.pathId().value(), "certificate"),
                    CERTIFICATE_TYPE, "Certificat " + issued.pathId().value()));
            ObjectNode result = NODES.objectNode().put("success", true).put("completion", true);
            result.set("extensions", NODES.objectNode().put(CERTIFICATION_LEVEL, issued.level().name()));
            statement.set("result", result);
            statement.set("context", NODES.objectNode().set("extensions", NODES.objectNode()
                    .put("https://lmskit.org/xapi/extensions/certificate", issued.certificate().value())));
            out.add(statement);
        } else if (event instanceof CompetencyEvent.Positioned positioned) {
            ObjectNode statement = out.statement(positioned.learner(), POSITIONED, "positioned");
            statement.set("object", activity(iri("competencies", positioned.competency().value()), OBJECTIVE_TYPE,
                    positioned.competency().value()));
            ObjectNode result = NODES.objectNode();
            result.set("extensions", NODES.objectNode().put(LEVEL,
                    positioned.level().code().orElse("not-applicable")));
            statement.set("result", result);
            ObjectNode context = NODES.objectNode();
            instructor(context, positioned.learner(), positioned.actor());
            context.set("extensions", NODES.objectNode().put(SOURCE, positioned.source().name()));
            statement.set("context", context);
            out.add(statement);
        }
        return out.list;
    }

    private ObjectNode waived(Statements out, UserId learner, CourseId course, LessonId lesson) {
        ObjectNode statement = out.statement(learner, WAIVED, "waived");
        statement.set("object", activity(iri("lessons", lesson.value()), LESSON_TYPE, lesson.value()));
        ObjectNode result = NODES.objectNode().put("success", true).put("completion", true);
        result.set("extensions", NODES.objectNode().put(REASON, settings.waiverReason().text()));
        statement.set("result", result);
        ObjectNode context = NODES.objectNode();
        context.put("registration", registration(course, learner).toString());
        ObjectNode activities = NODES.objectNode();
        activities.set("category", NODES.arrayNode().add(NODES.objectNode().put("id", MOVE_ON))
                .add(NODES.objectNode().put("id", CMI5)));
        activities.set("grouping", NODES.arrayNode().add(activity(iri("courses", course.value()), COURSE_TYPE,
                null)));
        context.set("contextActivities", activities);
        context.set("extensions", NODES.objectNode().put(SESSION_ID, out.derivedId("session").toString()));
        statement.set("context", context);
        return statement;
    }

    private void lessonOutcome(Statements out, UserId learner, LessonId lesson, LessonStatus status,
                               Optional<BigDecimal> score, Optional<UserId> tutor) {
        String verb;
        String display;
        ObjectNode result = NODES.objectNode();
        switch (status) {
            case COMPLETED -> {
                verb = COMPLETED;
                display = "completed";
                result.put("completion", true);
            }
            case PASSED -> {
                verb = PASSED;
                display = "passed";
                result.put("success", true).put("completion", true);
            }
            case FAILED -> {
                verb = FAILED;
                display = "failed";
                result.put("success", false);
            }
            default -> {
                return; // not started, in progress: no outcome to state
            }
        }
        score.ifPresent(percent -> result.set("score", NODES.objectNode()
                .put("scaled", percent.divide(HUNDRED, 4, RoundingMode.HALF_UP)).put("raw", percent)
                .put("min", 0).put("max", 100)));
        ObjectNode statement = out.statement(learner, verb, display);
        statement.set("object", activity(iri("lessons", lesson.value()), LESSON_TYPE, lesson.value()));
        statement.set("result", result);
        tutor.ifPresent(t -> {
            ObjectNode context = NODES.objectNode();
            instructor(context, learner, t);
            statement.set("context", context);
        });
        out.add(statement);
    }

    private void instructor(ObjectNode context, UserId learner, UserId by) {
        if (!by.equals(learner)) {
            context.set("instructor", agent(by));
        }
    }

    private ObjectNode agent(UserId user) {
        ObjectNode agent = NODES.objectNode().put("objectType", "Agent");
        agent.set("account", NODES.objectNode().put("homePage", settings.homePage().toString())
                .put("name", user.value()));
        return agent;
    }

    private ObjectNode activity(String id, String type, String name) {
        ObjectNode activity = NODES.objectNode().put("objectType", "Activity").put("id", id);
        ObjectNode definition = NODES.objectNode().put("type", type);
        if (name != null) {
            definition.set("name", NODES.objectNode().put(settings.language(), name));
        }
        activity.set("definition", definition);
        return activity;
    }

    private String iri(String... segments) {
        StringBuilder iri = new StringBuilder(settings.activityBase());
        for (String segment : segments) {
            iri.append('/').append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return iri.toString();
    }

    /** The statements of one event, each numbered for its derived id. */
    private final class Statements {
        private final String eventId;
        private final Instant at;
        private final List<ObjectNode> list = new ArrayList<>();

        Statements(String eventId, Instant at) {
            this.eventId = eventId;
            this.at = at;
        }

        UUID derivedId(String what) {
            return UUID.nameUUIDFromBytes(("lmskit:" + eventId + ":" + list.size() + ":" + what)
                    .getBytes(StandardCharsets.UTF_8));
        }

        ObjectNode statement(UserId learner, String verb, String display) {
            ObjectNode statement = NODES.objectNode();
            statement.put("id", derivedId("statement").toString());
            statement.set("actor", agent(learner));
            ObjectNode verbNode = NODES.objectNode().put("id", verb);
            verbNode.set("display", NODES.objectNode().put("en-US", display));
            statement.set("verb", verbNode);
            statement.put("timestamp", at.toString());
            return statement;
        }

        void add(ObjectNode statement) {
            list.add(statement);
        }
    }
}
