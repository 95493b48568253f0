package org.scibureau.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the gateway, under {@code scibureau.gateway}.
 * <p>
 * The routes in {@code application.yml} read each service's {@code uri} and {@code timeout} from here by
 * placeholder, so {@code SCIBUREAU_GATEWAY_SERVICES_PLAN_URI} and its siblings move a route without touching YAML.
 *
 * @param services where each service listens and how long the gateway waits for it
 * @param cors which browser origins may call the API
 * @param maxRequestSize the largest request body the gateway forwards; larger ones get 413 before they reach
 * a service (each service may set a lower limit of its own)
 * @param uploads the paths that take larger bodies (file uploads) and their limit
 * @param token how bearer tokens are checked beyond Spring's own checks
 * @param rateLimit how many requests each caller may send
 */
@ConfigurationProperties("scibureau.gateway")
@Validated
public record GatewayProperties(@Valid @NotNull Services services, @Valid @DefaultValue Cors cors,
		@NotNull @DefaultValue("10MB") DataSize maxRequestSize, @Valid @DefaultValue Uploads uploads,
		@Valid @DefaultValue Token token, @Valid @DefaultValue RateLimit rateLimit) {

	/**
	 * The five services behind the gateway.
	 *
	 * @param plan plan-service, serving {@code /api/plan/**}
	 * @param funding funding-service, serving {@code /api/funding/**}
	 * @param talent talent-service, serving {@code /api/talent/**}
	 * @param ip ip-service, serving {@code /api/ip/**}
	 * @param awards awards-service, serving {@code /api/awards/**}
	 */
	public record Services(@Valid @NotNull Service plan, @Valid @NotNull Service funding,
			@Valid @NotNull Service talent, @Valid @NotNull Service ip, @Valid @NotNull Service awards) {
	}

	/**
	 * One service behind the gateway.
	 *
	 * @param uri the service's base URI, for example {@code http://localhost:8081}; the request path is appended
	 * unchanged
	 * @param timeout how long the gateway waits for the service's response headers before it answers 503 (the
	 * route's Resilience4j time limiter)
	 */
	public record Service(@NotNull URI uri, @NotNull Duration timeout) {
	}

	/**
	 * Cross-origin access for browser dashboards.
	 *
	 * @param allowedOrigins the origins allowed to call the API from a browser, for example
	 * {@code https://dashboard.example.gov.cn}; empty (the default) refuses every cross-origin request
	 * @param maxAge how long a browser may cache a preflight answer
	 */
	public record Cors(@DefaultValue List<String> allowedOrigins, @DefaultValue("1h") Duration maxAge) {
	}

	/**
	 * How the gateway checks bearer tokens beyond Spring's issuer, audience and signature checks, as the services do
	 * ({@code scibureau.security.token.*} there); the algorithm is pinned by
	 * {@code spring.security.oauth2.resourceserver.jwt.jws-algorithms}.
	 *
	 * @param clockSkew how far a token's {@code exp} and {@code nbf} may be off the gateway's clock
	 * @param jwksConnectTimeout how long to wait for a connection to the issuer's key set
	 * @param jwksResponseTimeout how long to wait for the key set once connected (503 when it does not come)
	 */
	public record Token(@NotNull @DefaultValue("30s") Duration clockSkew,
			@NotNull @DefaultValue("2s") Duration jwksConnectTimeout,
			@NotNull @DefaultValue("5s") Duration jwksResponseTimeout) {
	}

	/**
	 * Request rate limits on {@code /api/**}: each client (each user of a browser client) has a token bucket of its
	 * class; calls without a token share a bucket per address.
	 *
	 * @param store where the buckets live: {@code MEMORY} for one gateway instance (the local platform),
	 * {@code REDIS} when several instances must share them
	 * @param classes the limit classes by name, e.g. {@code seeder}, {@code bench}; {@code ordinary} (20 a second,
	 * bursts of 40) and {@code anonymous} (10 a second, bursts of 20) are there unless configured otherwise
	 * @param clients the class of each client id that is not of the default class
	 * @param defaultClass the class of every other client
	 * @param anonymousClass the class of calls without a token, counted per address
	 * @param storeTimeout how long to wait for the {@code REDIS} store before letting a request through
	 */
	public record RateLimit(@NotNull @DefaultValue("MEMORY") Store store,
			@DefaultValue Map<String, @Valid Limit> classes,
			@DefaultValue Map<String, String> clients, @NotNull @DefaultValue("ordinary") String defaultClass,
			@NotNull @DefaultValue("anonymous") String anonymousClass,
			@NotNull @DefaultValue("500ms") Duration storeTimeout) {

		/** The shipped classes, which configuration may override: 20 a second with bursts of 40, 10 per address. */
		private static final Map<String, Limit> SHIPPED = Map.of("ordinary", new Limit(20, 40), "anonymous",
				new Limit(10, 20));

		public RateLimit {
			Map<String, Limit> merged = new HashMap<>(SHIPPED);
			merged.putAll(classes);
			classes = Map.copyOf(merged);
			clients = Map.copyOf(clients);
			Set<String> named = new TreeSet<>(clients.values());
			named.add(defaultClass);
			named.add(anonymousClass);
			named.removeAll(classes.keySet());
			if (!named.isEmpty()) {
				throw new IllegalArgumentException("scibureau.gateway.rate-limit names limit classes that "
						+ "scibureau.gateway.rate-limit.classes does not define: " + named);
			}
		}

		/** The limit of a client. */
		public Limit forClient(String clientId) {
			return this.classes.get(this.clients.getOrDefault(clientId, this.defaultClass));
		}

		/** The limit of calls without a token, per address. */
		public Limit forAnonymous() {
			return this.classes.get(this.anonymousClass);
		}

		/** Where the buckets live. */
		public enum Store {

			/** In the gateway's memory: right for one instance. */
			MEMORY,

			/** In Redis, shared by every gateway instance. */
			REDIS

		}

	}

	/**
	 * A limit class: a token bucket that holds {@code burst} requests and refills {@code perSecond} a second.
	 *
		 * @param perSecond the sustained rate
	 * @param burst how many requests may come at once after a quiet spell
	 */
	public record Limit(@Positive double perSecond, @Positive int burst) {
	}

	/**
	 * Upload routes, whose bodies may be larger than {@code maxRequestSize}.
	 *
	 * @param paths path patterns such as {@code /api/plan/projects/*}{@code /attachments}; none by default
	 * @param maxSize the largest body forwarded on them (a document of the services' maximum plus the multipart
	 * framing)
	 */
	public record Uploads(@DefaultValue List<String> paths, @NotNull @DefaultValue("21MB") DataSize maxSize) {
	}

}
