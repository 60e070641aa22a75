package id.kinerja.shared.internal;

import java.util.Optional;

import id.kinerja.shared.Actor;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.jdbc.repository.config.EnableJdbcAuditing;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

/**
 * Spring Data JDBC settings shared by every module: who and when for the audit columns,
 * and unquoted identifiers (quoted ones break H2 with {@code DATABASE_TO_LOWER}).
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcAuditing(auditorAwareRef = "actorAuditorAware")
class JdbcConfiguration {

	@Bean
	AuditorAware<String> actorAuditorAware() {
		return () -> Optional.of(Actor.currentName());
	}

	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}
