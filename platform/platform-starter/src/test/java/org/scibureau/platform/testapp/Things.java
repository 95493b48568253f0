package org.scibureau.platform.testapp;

import java.util.UUID;

import io.r2dbc.spi.Readable;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import reactor.core.publisher.Mono;

import org.scibureau.platform.id.UuidV7;

/**
 * The things of the test application.
 */
@Repository
class Things {

	private final DatabaseClient database;

	Things(DatabaseClient database) {
		this.database = database;
	}

	Mono<Thing> create(String owner, ThingForm form) {
		Thing thing = new Thing(UuidV7.next(), owner, form.name(), form.size(), 0);
		return this.database.sql("insert into thing (id, owner, name, size) values (:id, :owner, :name, :size)")
			.bind("id", thing.id())
			.bind("owner", thing.owner())
			.bind("name", thing.name())
			.bind("size", thing.size())
			.then()
			.thenReturn(thing);
	}

	Mono<Thing> find(UUID id) {
		return this.database.sql("select id, owner, name, size, version from thing where id = :id")
			.bind("id", id)
			.map(Things::read)
			.one();
	}

	Mono<Thing> rename(Thing thing, ThingForm form) {
		return this.database.sql("""
				update thing set name = :name, size = :size, version = version + 1
				where id = :id and version = :version
				returning id, owner, name, size, version
				""")
			.bind("name", form.name())
			.bind("size", form.size())
			.bind("id", thing.id())
			.bind("version", thing.version())
			.map(Things::read)
			.one();
	}

	private static Thing read(Readable row) {
		Integer size = row.get("size", Integer.class);
		Long version = row.get("version", Long.class);
		return new Thing(row.get("id", UUID.class), row.get("owner", String.class), row.get("name", String.class),
				(size != null) ? size : 0, (version != null) ? version : 0);
	}

}
