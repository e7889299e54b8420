package com.careerbridge.crm.roleguide;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Guide content as a JSON document in a {@code jsonb} column. */
@Converter
class GuideContentConverter implements AttributeConverter<GuideContent, String> {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public String convertToDatabaseColumn(GuideContent content) {
        return content == null ? null : JSON.writeValueAsString(content);
    }

    @Override
    public GuideContent convertToEntityAttribute(String json) {
        return json == null ? null : JSON.readValue(json, GuideContent.class);
    }
}
