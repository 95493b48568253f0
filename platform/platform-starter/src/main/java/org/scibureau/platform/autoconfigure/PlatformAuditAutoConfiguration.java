package org.scibureau.platform.autoconfigure;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.scibureau.platform.audit.AuditAccessRules;
import org.scibureau.platform.audit.AuditRecordController;
import org.scibureau.platform.audit.AuditRecords;
import org.scibureau.platform.audit.AuditWebFilter;
import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.web.ProblemWebExceptionHandler;

/**
 * The audit record of every state-changing request, and the audit trail's HTTP API of a service that names its path
 * in {@code scibureau.audit.path}, e.g. {@code /api/plan/audit-records}.
 */
@AutoConfiguration(after = { PlatformWebAutoConfiguration.class, PlatformDataAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnBean(AuditRecords.class)
public final class PlatformAuditAutoConfiguration {

	@Bean
	AuditWebFilter auditWebFilter(AuditRecords records, ProblemWebExceptionHandler failures, Clock clock) {
		return new AuditWebFilter(records, failures, clock);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("scibureau.audit.path")
	static class Reading {

		@Bean
		AuditRecordController auditRecordController(AuditRecords records) {
			return new AuditRecordController(records);
		}

		@Bean
		AccessRules auditAccessRules(@Value("${scibureau.audit.path}") String path) {
			return new AuditAccessRules(path);
		}

	}

}
