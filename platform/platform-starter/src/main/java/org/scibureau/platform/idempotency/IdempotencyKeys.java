package org.scibureau.platform.idempotency;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.r2dbc.postgresql.codec.Json;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store of idempotency keys, per caller.
 */
final class IdempotencyKeys {

	private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
	};

	private final DatabaseClient database;

	private final JsonMapper json;

	private final IdempotencyProperties properties;

	IdempotencyKeys(DatabaseClient database, JsonMapper json, IdempotencyProperties properties) {
		this.database = database;
		this.json = json;
		this.properties = properties;
	}

	/** Claims the key for a new request; true unless a live request or response already holds it. */
	Mono<Boolean> claim(String caller, String key, String requestHash) {
		return this.database.sql("""
				insert into platform.idempotency_key (caller, idempotency_key, request_hash, state)
				values (:caller, :key, :hash, 'IN_PROGRESS')
				on conflict (caller, idempotency_key) do update
				    set request_hash = excluded.request_hash, state = 'IN_PROGRESS', created_at = now(),
				        response_status = null, response_headers = null, response_body = null, completed_at = null
				    where idempotency_key.created_at < :expired
				""")
			.bind("caller", caller)
			.bind("key", key)
			.bind("hash", requestHash)
			.bind("expired", Instant.now().minus(this.properties.retention()))
			.fetch()
			.rowsUpdated()
			.map((count) -> count > 0);
	}

	Mono<Stored> find(String caller, String key) {
		return this.database
			.sql("""
					select request_hash, state, response_status, response_headers, response_body
					from platform.idempotency_key where caller = :caller and idempotency_key = :key
					""")
			.bind("caller", caller)
			.bind("key", key)
			.map((row) -> {
				Json headers = row.get("response_headers", Json.class);
				return new Stored(row.get("request_hash", String.class), "COMPLETED".equals(row.get("state", String.class)),
						Optional.ofNullable(row.get("response_status", Integer.class)).orElse(0),
						(headers != null) ? this.json.readValue(headers.asArray(), HEADERS) : Map.of(),
						Optional.ofNullable(row.get("response_body", byte[].class)).orElse(new byte[0]));
			})
			.one();
	}

	Mono<Void> complete(String caller, String key, int status, Map<String, String> headers, byte[] body) {
		return this.database.sql("""
				update platform.idempotency_key
				set state = 'COMPLETED', response_status = :status, response_headers = :headers, response_body = :body,
				    completed_at = now()
				where caller = :caller and idempotency_key = :key
				""")
			.bind("status", status)
			.bind("headers", Json.of(this.json.writeValueAsBytes(headers)))
			.bind("body", body)
			.bind("caller", caller)
			.bind("key", key)
			.then();
	}

	Mono<Void> release(String caller, String key) {
		return this.database.sql("delete from platform.idempotency_key where caller = :caller and idempotency_key = :key")
			.bind("caller", caller)
			.bind("key", key)
			.then();
	}

	record Stored(String requestHash, boolean completed, int status, Map<String, String> headers, byte[] body) {
	}

}
