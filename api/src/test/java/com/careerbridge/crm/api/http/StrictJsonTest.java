package com.careerbridge.crm.api.http;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import com.careerbridge.crm.api.error.ValueOutOfRangeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.MismatchedInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request-body reading rules of {@link StrictJson}, on the mapper as Spring MVC gets it. */
class StrictJsonTest {

    record Body(Boolean done, Long guideId, Integer rating, String note, DayOfWeek day, LocalDate dueDate,
                Instant at, LocalTime time, List<Item> items) {
    }

    record Item(LocalDate dueDate) {
    }

    private static final JsonMapper STRICT = StrictJson.strict(JsonMapper.builder()
            .addModule(new StrictTextModule()).build());

    @Test
    void valuesOfTheDeclaredTypeAreRead() {
        Body body = STRICT.readValue("""
                {"done":true,"guideId":2,"rating":5,"note":"fine","day":"THURSDAY","dueDate":"2026-12-01",
                 "at":"2026-12-01T09:00:00Z","time":"09:30","items":[{"dueDate":"9999-12-31"}]}""", Body.class);
        assertThat(body.done()).isTrue();
        assertThat(body.guideId()).isEqualTo(2L);
        assertThat(body.day()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(body.dueDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(body.at()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(body.time()).isEqualTo(LocalTime.of(9, 30));
        assertThat(body.items().getFirst().dueDate()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"done\":\"true\"}", "{\"done\":1}", "{\"done\":0}", "{\"guideId\":\"2\"}",
            "{\"rating\":\"5\"}", "{\"guideId\":true}", "{\"note\":true}", "{\"note\":12}", "{\"note\":1.5}",
            "{\"day\":3}", "{\"day\":\"3\"}", "{\"dueDate\":20261201}", "{\"at\":1764579600}",
            "{\"dueDate\":\"2026-12-01T10:00:00\"}", "{\"dueDate\":\"2026-12-01T10:00:00Z\"}",
            "{\"dueDate\":\"2026-02-30\"}", "{\"at\":\"2026-12-01\"}",
            "{\"time\":\"2026-12-01T10:00:00\"}", "{\"time\":\"25:61\"}", "{\"time\":900}"})
    void aValueOfTheWrongTypeOrFormIsRefusedAtItsField(String json) {
        assertThatThrownBy(() -> STRICT.readValue(json, Body.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((JacksonException) e).getPath()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"dueDate\":\"+999999999-12-31\"}", "{\"dueDate\":\"-4800-01-01\"}",
            "{\"dueDate\":\"1899-12-31\"}", "{\"at\":\"+1000000-01-01T00:00:00Z\"}", "{\"at\":\"1899-12-31T23:59:59Z\"}",
            "{\"at\":\"+10000-01-01T00:00:00Z\"}", "{\"items\":[{\"dueDate\":\"+10000-01-01\"}]}"})
    void aDateOutsideTheAcceptedRangeIsRefusedWithItsPath(String json) {
        assertThatThrownBy(() -> STRICT.readValue(json, Body.class))
                .isInstanceOf(JacksonException.class)
                .hasRootCauseInstanceOf(ValueOutOfRangeException.class)
                .satisfies(e -> assertThat(((JacksonException) e).getPath()).isNotEmpty());
    }

    @Test
    void theRangeIncludesItsEnds() {
        assertThat(TemporalInput.date("1900-01-01")).isEqualTo(TemporalInput.EARLIEST_DATE);
        assertThat(TemporalInput.instant("9999-12-31T23:59:59.999Z")).isBefore(TemporalInput.END_INSTANT);
        assertThat(TemporalInput.instant("2026-12-01T18:00:00+09:00")).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    void aPropertyGivenTwiceIsRefused() {
        assertThatThrownBy(() -> STRICT.readValue("{\"done\":true,\"done\":false}", Body.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("Duplicate");
    }

    @Test
    void theApplicationsOwnMapperIsLeftAlone() {
        JsonMapper shared = JsonMapper.builder().build();
        StrictJson.strict(shared);
        assertThat(shared.readValue("{\"done\":\"true\"}", Body.class).done()).isTrue();
    }
}
