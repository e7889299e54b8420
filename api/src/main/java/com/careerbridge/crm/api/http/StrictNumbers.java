package com.careerbridge.crm.api.http;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Numbers in request bodies mean what they say: {@code 1.5} for an id is refused instead of being cut to {@code 1}
 * (which named a different guide), and {@code ""} for a number, flag, date or enum is a wrong type rather than "no
 * value" (a date parser trims first, so even a lone NUL became "no due date").
 */
@Component
class StrictNumbers implements JsonMapperBuilderCustomizer {

    @Override
    public void customize(JsonMapper.Builder builder) {
        builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.DateTime, LogicalType.Enum}) {
            builder.withCoercionConfig(type, config -> config.setCoercion(CoercionInputShape.EmptyString,
                    CoercionAction.Fail));
        }
        // A date is written as text ("2026-12-01"); 12 would otherwise be read as the 12th day after 1 January 1970.
        builder.withCoercionConfig(LogicalType.DateTime, config -> config.setCoercion(CoercionInputShape.Integer,
                CoercionAction.Fail));
    }
}
