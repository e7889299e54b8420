package com.careerbridge.crm.timeline;

import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Converter
class DetailsConverter implements AttributeConverter<Map<String, Object>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(Map<String, Object> details) {
        return JSON.writeValueAsString(details == null ? Map.of() : details);
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String json) {
        return json == null ? Map.of() : JSON.readValue(json, MAP);
    }
}
