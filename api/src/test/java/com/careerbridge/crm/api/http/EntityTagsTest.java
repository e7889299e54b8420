package com.careerbridge.crm.api.http;

import com.careerbridge.crm.api.error.ConditionalRequests;
import com.careerbridge.crm.api.error.PreconditionFailedException;
import com.careerbridge.crm.api.error.PreconditionRequiredException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityTagsTest {

    private static MockHttpServletRequest withIfMatch(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("PATCH", "/api/v1/things/7");
        if (value != null) {
            request.addHeader("If-Match", value);
        }
        return request;
    }

    @Test
    void theTagIsIdAndVersion() {
        assertThat(EntityTags.of(7, 3)).isEqualTo("\"7-3\"");
    }

    @Test
    void ifMatchYieldsTheVersionOfThisAggregate() {
        MockHttpServletRequest request = withIfMatch("\"8-1\", \"7-3\"");
        assertThat(EntityTags.expectedVersion(request, 7)).isEqualTo(3L);
        assertThat(ConditionalRequests.ifMatchWasChecked(request)).isTrue();
        assertThat(EntityTags.expectedVersion(withIfMatch("*"), 7)).isNull();
    }

    @Test
    void missingForeignOrWeakTagsAreRefused() {
        assertThatThrownBy(() -> EntityTags.expectedVersion(withIfMatch(null), 7))
                .isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> EntityTags.expectedVersion(withIfMatch("\"8-3\""), 7))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> EntityTags.expectedVersion(withIfMatch("W/\"7-3\""), 7))
                .isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> EntityTags.expectedVersion(withIfMatch("garbage"), 7))
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(ConditionalRequests.ifMatchWasChecked(withIfMatch(null))).isFalse();
    }
}
