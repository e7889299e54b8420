package com.careerbridge.crm.api.docs;

import java.util.HashSet;
import java.util.Set;

import com.careerbridge.testsupport.api.ApiIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables of api/docs name handlers as {@code Controller#method}; a renamed or removed handler must not leave an
 * entry behind that silently stops applying (its operation would lose its pinned id or its service statuses).
 */
@ApiIntegrationTest
class HandlerKeysIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyPinnedNameAndServiceStatusNamesAnExistingHandler() {
        Set<String> handlers = new HashSet<>();
        mappings.getHandlerMethods().values().forEach(handler -> handlers.add(DeclaredAnswers.key(handler)));
        assertThat(handlers).containsAll(OperationNames.PINNED.keySet());
        assertThat(handlers).containsAll(DeclaredAnswers.FROM_SERVICES.keySet());
    }
}
