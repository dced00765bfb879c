package org.lmskit.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.adaptive.AdaptiveEvent;
import org.lmskit.core.adaptive.Enrolment;
import org.lmskit.core.adaptive.EnrolmentType;
import org.lmskit.core.certification.Grade;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.competency.CompetencyEvent;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Source;
import org.lmskit.core.id.CardId;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.recruitment.RecruitmentEvent;
import org.lmskit.core.seats.SeatEvent;

class EventCodecTest {
    private static final EventCodec CODEC = org.lmskit.core.StandardEventCodec.standard();
    private static final Instant AT = Instant.parse("2026-11-24T10:15:30.123456Z");

    static Stream<String> types() {
        return CODEC.types().stream();
    }

    @Test
    void knows_every_event_of_every_family_by_family_and_name() {
        assertThat(CODEC.types()).contains("CompetencyEvent.Positioned", "AdaptiveEvent.Enrolled",
                "SeatEvent.SlotAssigned", "CertificationEvent.CertificateIssued", "RecruitmentEvent.CardOpened");
        int permitted = Stream.of(CompetencyEvent.class, AdaptiveEvent.class, SeatEvent.class,
                        org.lmskit.core.certification.CertificationEvent.class, RecruitmentEvent.class)
                .mapToInt(f -> f.getPermittedSubclasses().length).sum();
        assertThat(CODEC.types()).hasSize(permitted);
    }

    /** Every event, with every component filled (both sides of each optional, list and boolean), comes back equal. */
    @ParameterizedTest
    @MethodSource("types")
    void every_event_type_reads_back_equal_to_what_was_written(String type) throws Exception {
        for (int variant = 0; variant < 2; variant++) {
            LmsEvent event = sample(type, variant);
            EventCodec.Encoded encoded = CODEC.encode(event);

            assertThat(encoded.type()).isEqualTo(type);
            assertThat(encoded.aggregateType()).isNotBlank();
            assertThat(encoded.aggregateId()).isNotBlank();
            assertThat(CODEC.decode(type, encoded.payload())).as(encoded.payload()).isEqualTo(event);
        }
    }

    @Test
    void a_positioning_is_written_field_by_field_and_belongs_to_its_learner() {
        EventCodec.Encoded encoded = CODEC.encode(new CompetencyEvent.Positioned(AT, UserId.of("robert-redford"),
                CompetencyCode.of("C1"), LevelValue.of("2"), Source.MANAGER, UserId.of("mgr")));

        assertThat(encoded.payload()).isEqualTo("{\"occurredAt\":\"2026-11-24T10:15:30.123456Z\","
                + "\"learner\":\"robert-redford\",\"competency\":\"C1\",\"level\":\"2\",\"source\":\"MANAGER\","
                + "\"actor\":\"mgr\"}");
        assertThat(encoded.aggregateType()).isEqualTo("learner");
        assertThat(encoded.aggregateId()).isEqualTo("robert-redford");
    }

    @Test
    void the_aggregate_is_the_first_of_card_session_learner_path_certificate_user_day() {
        assertThat(CODEC.encode(new RecruitmentEvent.CardUpdated(AT, CardId.of("card-1"), UserId.of("rec"),
                org.lmskit.core.recruitment.CardStatus.values()[0], org.lmskit.core.recruitment.CardStatus.values()[0],
                Optional.empty()))).extracting(EventCodec.Encoded::aggregateType, EventCodec.Encoded::aggregateId)
                .containsExactly("card", "card-1");
        assertThat(CODEC.encode(new SeatEvent.DailyRotationCompleted(AT, LocalDate.of(2026, 11, 24), 3, 1)))
                .extracting(EventCodec.Encoded::aggregateType, EventCodec.Encoded::aggregateId)
                .containsExactly("day", "2026-11-24");
        assertThat(CODEC.encode(new org.lmskit.core.certification.CertificationEvent.GradingTableReset(AT,
                PathId.of("p"), UserId.of("admin")))).extracting(EventCodec.Encoded::aggregateType)
                .isEqualTo("path");
        assertThat(CODEC.encode(new CompetencyEvent.Refused(AT, null, "rule", "why")))
                .extracting(EventCodec.Encoded::aggregateType, EventCodec.Encoded::aggregateId)
                .containsExactly("type", "CompetencyEvent.Refused");
    }

    @Test
    void an_enrolment_keeps_its_waivers_and_their_reasons() {
        AdaptiveEvent.Enrolled enrolled = new AdaptiveEvent.Enrolled(AT, CourseId.of("cours-1"),
                UserId.of("robert-redford"), EnrolmentType.values()[0],
                List.of(new Enrolment.Waiver(LessonId.of("l1"), "competencies acquired")));
        String payload = CODEC.encode(enrolled).payload();

        assertThat(payload).contains("\"waived\":[{\"lesson\":\"l1\",\"reason\":\"competencies acquired\"}]");
        assertThat(CODEC.decode("AdaptiveEvent.Enrolled", payload)).isEqualTo(enrolled);
    }

    @Test
    void what_does_not_make_an_event_is_refused_naming_the_field() {
        String good = CODEC.encode(new CompetencyEvent.ReviewUnlocked(AT,
                org.lmskit.core.id.ReviewId.of("r1"), UserId.of("l"), UserId.of("d"))).payload();

        assertThatThrownBy(() -> CODEC.decode("CompetencyEvent.Nope", good)).hasMessageContaining("unknown event");
        assertThatThrownBy(() -> CODEC.decode("CompetencyEvent.ReviewUnlocked", "[]"))
                .hasMessageContaining("not a JSON object");
        assertThatThrownBy(() -> CODEC.decode("CompetencyEvent.ReviewUnlocked", good.replace("\"review\":\"r1\",", "")))
                .hasMessageContaining("'review' is missing");
        assertThatThrownBy(() -> CODEC.decode("CompetencyEvent.ReviewUnlocked", good.replace("\"r1\"", "12")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("review");
        assertThatThrownBy(() -> CODEC.decode("CompetencyEvent.ReviewUnlocked", good.replace("\"l\"", "\"\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("learner");
        assertThatThrownBy(() -> CODEC.decode("CompetencyEvent.ReviewUnlocked",
                good.replace("2026-11-24T10:15:30.123456Z", "yesterday"))).hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> CODEC.decode("CompetencyEvent.ReviewUnlocked", "{\"occurredAt\":null}"))
                .isInstanceOf(IllegalArgumentException.class);
        String slot = CODEC.encode(new SeatEvent.DailyRotationCompleted(AT, LocalDate.of(2026, 11, 24), 3, 1))
                .payload();
        assertThatThrownBy(() -> CODEC.decode("SeatEvent.DailyRotationCompleted", slot.replace(":3,", ":3.5,")))
                .hasMessageContaining("sessionsExamined");
        assertThatThrownBy(() -> CODEC.decode("SeatEvent.DailyRotationCompleted",
                slot.replace(":3,", ":99999999999,"))).hasMessageContaining("whole number");
    }

    @Test
    void only_the_library_s_own_events_are_encoded() {
        LmsEvent foreign = () -> AT;
        assertThatThrownBy(() -> CODEC.encode(foreign)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LmsEvent sample(String type, int variant) throws Exception {
        Class<?> kind = Stream.of(CompetencyEvent.class, AdaptiveEvent.class, SeatEvent.class,
                        org.lmskit.core.certification.CertificationEvent.class, RecruitmentEvent.class)
                .flatMap(f -> Arrays.stream(f.getPermittedSubclasses()))
                .filter(c -> (c.getEnclosingClass().getSimpleName() + "." + c.getSimpleName()).equals(type))
                .findFirst().orElseThrow();
        return (LmsEvent) build(kind, variant);
    }

    private static Object build(Class<?> kind, int variant) throws Exception {
        RecordComponent[] components = kind.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), variant, i);
        }
        Constructor<?> constructor = kind.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }

    private static Object value(Type type, int variant, int index) throws Exception {
        if (type instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (generic.getRawType() == Optional.class) {
                return variant == 0 ? Optional.of(value(element, variant, index)) : Optional.empty();
            }
            return variant == 0 ? List.of(value(element, variant, index), value(element, variant, index + 1))
                    : List.of();
        }
        Class<?> kind = (Class<?>) type;
        if (kind == String.class) {
            return "text \"" + index + "\" é\n";
        }
        if (kind == int.class) {
            return variant == 0 ? index + 1 : Integer.MAX_VALUE;
        }
        if (kind == long.class) {
            return variant == 0 ? index + 1L : Long.MAX_VALUE;
        }
        if (kind == boolean.class) {
            return variant == 0;
        }
        if (kind == Instant.class) {
            return AT.plusSeconds(index);
        }
        if (kind == LocalDate.class) {
            return LocalDate.of(2026, 11, 24).plusDays(index);
        }
        if (kind == BigDecimal.class) {
            return new BigDecimal("11.50");
        }
        if (kind == Grade.class) {
            return Grade.of(new BigDecimal(variant == 0 ? "11.5" : "20"));
        }
        if (kind == GradingTable.class) {
            return GradingTable.of(new BigDecimal("19"), new BigDecimal("16.5"), new BigDecimal("13"));
        }
        if (kind == LevelValue.class) {
            return variant == 0 ? LevelValue.of("3") : LevelValue.notApplicable();
        }
        if (kind.isEnum()) {
            Object[] constants = kind.getEnumConstants();
            return constants[(index + variant) % constants.length];
        }
        if (kind.isRecord()) {
            RecordComponent[] components = kind.getRecordComponents();
            if (components.length == 1 && components[0].getType() == String.class) {
                return kind.getDeclaredConstructor(String.class).newInstance("id-" + index + "-" + variant);
            }
            return build(kind, variant);
        }
        throw new IllegalStateException("no sample for " + kind);
    }
}
