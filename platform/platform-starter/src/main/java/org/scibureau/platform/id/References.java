package org.scibureau.platform.id;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.r2dbc.core.DatabaseClient;

import reactor.core.publisher.Mono;

/**
 * Human references officials use, e.g. {@code PLN-2026-000001}: a prefix, the year in Asia/Shanghai, and a
 * number from a database sequence (unique under any concurrency).
 */
public final class References {

	/** The zone of the bureau's calendar. */
	public static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

	private final DatabaseClient database;

	public References(DatabaseClient database) {
		this.database = database;
	}

	/** The next reference from {@code sequence}, e.g. {@code next("PLN", "plan_reference_seq", now)}. */
	public Mono<String> next(String prefix, String sequence, Instant now) {
		int year = now.atZone(BUREAU_ZONE).getYear();
		return this.database.sql("select nextval('" + sequence + "') as n")
			.map((row) -> row.get("n", Long.class))
			.one()
			.map((number) -> "%s-%d-%06d".formatted(prefix, year, number));
	}

}
