package org.scibureau.funding.account;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.funding.fund.domain.FundSource;
import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * Final accounts per fund and fiscal year: appropriated, committed, disbursed, returned, execution rate.
 */
@RestController
@RequestMapping(path = "/api/funding/final-accounts", produces = MediaType.APPLICATION_JSON_VALUE)
class FinalAccountController {

	private final FinalAccountService accounts;

	FinalAccountController(FinalAccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	Mono<Page<FinalAccount>> list(Caller caller, @RequestParam(required = false) @Nullable Integer fiscalYear,
			@RequestParam(required = false) @Nullable FundSource source,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return this.accounts.list(caller, fiscalYear, source, PageRequest.of(limit, cursor));
	}

	@PostMapping("/{fundId}/closure")
	Mono<FinalAccount> close(Caller caller, @PathVariable UUID fundId) {
		return this.accounts.close(caller, fundId);
	}

	/** Finance officers close accounts; they, administrators, auditors, plan and district officers read them. */
	@Component
	static class Rules implements AccessRules {

		@Override
		public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
			exchanges.pathMatchers(HttpMethod.POST, "/api/funding/final-accounts/*/closure")
				.hasRole(Roles.FINANCE_OFFICER)
				.pathMatchers(HttpMethod.GET, "/api/funding/final-accounts")
				.hasAnyRole(Roles.FINANCE_OFFICER, Roles.AUDITOR, Roles.BUREAU_ADMIN, Roles.PLAN_OFFICER,
						Roles.DISTRICT_OFFICER);
		}

	}

}
