package org.scibureau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PageTests {

	private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

	@Test
	void pointsToTheNextPageWhenThereIsAnExtraRow() {
		List<UUID> rows = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

		Page<UUID> page = Page.of(rows, 2, (id) -> Cursor.after(CREATED, id));

		assertThat(page.items()).containsExactly(rows.get(0), rows.get(1));
		assertThat(Cursor.decode(page.nextCursor())).isEqualTo(Cursor.after(CREATED, rows.get(1)));
	}

	@Test
	void endsWhenThereIsNoExtraRow() {
		List<UUID> rows = List.of(UUID.randomUUID(), UUID.randomUUID());

		assertThat(Page.of(rows, 2, (id) -> Cursor.after(CREATED, id)).nextCursor()).isNull();
		assertThat(Page.of(List.<UUID>of(), 2, (id) -> Cursor.after(CREATED, id)).items()).isEmpty();
	}

	@Test
	void mapsItemsAndKeepsTheCursor() {
		List<UUID> rows = List.of(UUID.randomUUID(), UUID.randomUUID());
		Page<UUID> page = Page.of(rows, 1, (id) -> Cursor.after(CREATED, id));

		Page<String> mapped = page.map(UUID::toString);

		assertThat(mapped.items()).containsExactly(rows.get(0).toString());
		assertThat(mapped.nextCursor()).isEqualTo(page.nextCursor());
	}

}
