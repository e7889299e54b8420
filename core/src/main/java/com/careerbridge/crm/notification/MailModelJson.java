package com.careerbridge.crm.notification;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Models as they are kept in the outbox. A mapper of our own rather than the application's: stored rows must read back
 * the same way whatever the web layer's JSON settings become.
 */
@Component
class MailModelJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    String write(MailModel model) {
        return mapper.writeValueAsString(model);
    }

    MailModel read(MailTemplate template, String json) {
        return mapper.readValue(json, template.modelType());
    }
}
