package com.careerbridge.crm.api.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careerbridge.crm.shared.InvalidValueException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Query parameters and path variables follow the rule of text in bodies ({@link StrictTextModule#acceptable}): a NUL
 * or another control character is refused with reason {@code invalid} at the parameter, before any handler sees it.
 * PostgreSQL cannot store or compare NUL (a search for {@code %00} failed with a 500), and the others only ever turn up
 * as garbage or as attempts to confuse logs. Runs after handler mapping, when the path variables are known by name.
 */
class ParameterTextInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<String> rejected = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            boolean clean = StrictTextModule.acceptable(parameter.getKey());
            for (String value : parameter.getValue()) {
                clean &= value == null || StrictTextModule.acceptable(value);
            }
            if (!clean) {
                rejected.add(printable(parameter.getKey()));
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && !StrictTextModule.acceptable(text)) {
                    rejected.add(String.valueOf(name));
                }
            });
        }
        if (!rejected.isEmpty()) {
            throw new InvalidValueException(rejected.stream()
                    .map(field -> new InvalidValueException.FieldViolation(field, "invalid")).toList());
        }
        return true;
    }

    /** A parameter's name as it may be echoed in the problem: control characters shown as U+FFFD. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c >= 0xD800 && c <= 0xDFFF
                ? 0xFFFD : c));
        return out.toString();
    }
}
