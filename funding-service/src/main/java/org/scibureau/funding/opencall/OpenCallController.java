package org.scibureau.funding.opencall;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

import org.scibureau.platform.security.AccessRules;
import org.scibureau.platform.security.Caller;
import org.scibureau.platform.security.Roles;
import org.scibureau.platform.web.Cursor;
import org.scibureau.platform.web.Page;
import org.scibureau.platform.web.PageRequest;

/**
 * The calls open for submissions, for finance officers planning commitments; newest first.
 */
@RestController
class OpenCallController {

	private final OpenCalls openCalls;

	OpenCallController(OpenCalls openCalls) {
		this.openCalls = openCalls;
	}

	@GetMapping(path = "/api/funding/open-calls", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<Page<OpenCall>> list(Caller caller, @RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String cursor) {
		PageRequest page = PageRequest.of(limit, cursor);
		return this.openCalls.findOpen(caller.visibleJurisdictions(), page)
			.collectList()
			.map((rows) -> Page.of(rows, page.limit(), (call) -> Cursor.after(call.opensAt(), call.callId())));
	}

	/** Finance and plan officers, district officers, administrators and auditors read open calls. */
	@Component
	static class Rules implements AccessRules {

		@Override
		public void configure(ServerHttpSecurity.AuthorizeExchangeSpec exchanges) {
			exchanges.pathMatchers(HttpMethod.GET, "/api/funding/open-calls")
				.hasAnyRole(Roles.FINANCE_OFFICER, Roles.PLAN_OFFICER, Roles.DISTRICT_OFFICER, Roles.BUREAU_ADMIN,
						Roles.AUDITOR);
		}

	}

}
