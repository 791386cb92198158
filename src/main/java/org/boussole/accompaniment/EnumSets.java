package org.boussole.accompaniment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a small set of choices as their names separated by commas, in the order of the
 * enum.
 */
abstract class EnumSets<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

	private final Class<E> type;

	EnumSets(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(Set<E> values) {
		return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<E> convertToEntityAttribute(String column) {
		EnumSet<E> values = EnumSet.noneOf(type);
		Arrays.stream(column.split(","))
			.filter(name -> !name.isBlank())
			.forEach(name -> values.add(Enum.valueOf(type, name)));
		return values;
	}

	@Converter
	static class Wishes extends EnumSets<Wish> {

		public Wishes() {
			super(Wish.class);
		}

	}

	@Converter
	static class MeetingModes extends EnumSets<MeetingMode> {

		public MeetingModes() {
			super(MeetingMode.class);
		}

	}

}
