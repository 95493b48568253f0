package org.scibureau.platform.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scibureau.platform.events.funding.FundingEvents;
import org.scibureau.platform.events.plan.PlanEvents;
import org.scibureau.platform.events.talent.TalentEvents;

/**
 * Every event type of the public contract, looked up by record class or by CloudEvents type.
 */
public final class EventCatalog {

	private static final List<EventType<?>> ALL = Stream.of(PlanEvents.ALL, TalentEvents.ALL, FundingEvents.ALL)
		.flatMap(List::stream)
		.toList();

	private static final Map<String, EventType<?>> BY_TYPE = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));

	private static final Map<Class<?>, EventType<?>> BY_CLASS = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

	private EventCatalog() {
	}

	/** All published event types. */
	public static List<EventType<?>> all() {
		return ALL;
	}

	/** The type with the given CloudEvents {@code type}, if the contract has it. */
	public static Optional<EventType<?>> byType(String type) {
		return Optional.ofNullable(BY_TYPE.get(type));
	}

	/** The type of an event record. */
	@SuppressWarnings("unchecked")
	public static <E extends PublishedEvent> EventType<E> of(Class<E> javaType) {
		EventType<?> type = BY_CLASS.get(javaType);
		if (type == null) {
			throw new IllegalArgumentException(javaType.getName() + " is not a published event type");
		}
		return (EventType<E>) type;
	}

	/** The type of an event. */
	@SuppressWarnings("unchecked")
	public static <E extends PublishedEvent> EventType<E> of(E event) {
		return of((Class<E>) event.getClass());
	}

}
