package com.careerbridge.crm.app.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * For {@link ApiErrorDispatchIT}: on two paths, and only with a {@code fail} query parameter, fails the request before
 * any security chain, as a broken filter or the container itself would ({@code fail=throw} throws, {@code fail=503}
 * calls {@code sendError(503)}). Every other request passes untouched.
 */
class PlantedFailures {

    @Bean
    FilterRegistrationBean<Filter> plantedFailure() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            String fail = request.getParameter("fail");
            if (fail == null || request.getDispatcherType() != DispatcherType.REQUEST) {
                chain.doFilter(request, response);
            } else if (fail.equals("throw")) {
                throw new IllegalStateException("planted failure");
            } else {
                ((HttpServletResponse) response).sendError(Integer.parseInt(fail));
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/api/v1/me/guides", "/candidates");
        return registration;
    }
}
