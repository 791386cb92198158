package org.boussole.accompaniment.appointment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.boussole.accompaniment.MeetingMode;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the modes of a rule as their names separated by commas. */
@Converter
class ModeSet implements AttributeConverter<Set<MeetingMode>, String> {

	@Override
	public String convertToDatabaseColumn(Set<MeetingMode> modes) {
		return modes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	@Override
	public Set<MeetingMode> convertToEntityAttribute(String column) {
		EnumSet<MeetingMode> modes = EnumSet.noneOf(MeetingMode.class);
		Arrays.stream(column.split(","))
			.filter(name -> !name.isBlank())
			.forEach(name -> modes.add(MeetingMode.valueOf(name)));
		return modes;
	}

}
