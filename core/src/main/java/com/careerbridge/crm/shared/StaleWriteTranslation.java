package com.careerbridge.crm.shared;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two people who save the same record at the same moment can both pass {@link Versions#require} (both read the old
 * version) — the loser is then caught only by Hibernate's versioned UPDATE, at flush or commit, as a Spring
 * {@link OptimisticLockingFailureException}. Around every transactional service of the application, outside the
 * transaction so the commit is included, that becomes the same {@link ConflictException#stale()} a late save gets, so
 * callers handle one exception and users read one message.
 */
@Configuration(proxyBeanMethods = false)
class StaleWriteTranslation {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor staleWriteAdvisor() {
        ClassFilter ours = type -> type.getName().startsWith("com.careerbridge.crm.");
        ComposablePointcut services = new ComposablePointcut(new AnnotationMatchingPointcut(Service.class, true))
                .intersection(new AnnotationMatchingPointcut(Transactional.class, true).getClassFilter())
                .intersection(ours);
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(services, (MethodInterceptor) invocation -> {
            try {
                return invocation.proceed();
            } catch (OptimisticLockingFailureException | jakarta.persistence.OptimisticLockException e) {
                throw ConflictException.stale();
            }
        });
        // Outermost, so the transaction (and its commit) runs inside.
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
