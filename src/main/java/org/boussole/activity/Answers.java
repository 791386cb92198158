package org.boussole.activity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of an activity, by question id: a text (short and long text, single choice,
 * date, scale), a list of texts (multiple choice, checklist, ranking in order, jobs,
 * skills), ratings by centre of interest, or rows of an action plan. Stored as JSON; the
 * pages read them through the accessors below.
 */
final class Answers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Object> values;

	Answers(Map<String, Object> values) {
		this.values = values;
	}

	static Answers empty() {
		return new Answers(new LinkedHashMap<>());
	}

	static Answers parse(String json) {
		return new Answers(JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		}));
	}

	String toJson() {
		return JSON.writeValueAsString(values);
	}

	void put(String questionId, Object value) {
		values.put(questionId, value);
	}

	boolean isEmpty(String questionId) {
		Object value = values.get(questionId);
		return value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof List<?> list && list.isEmpty())
				|| (value instanceof Map<?, ?> map && map.isEmpty());
	}

	public String text(String questionId) {
		return values.get(questionId) instanceof String text ? text : "";
	}

	@SuppressWarnings("unchecked")
	public List<String> values(String questionId) {
		if (values.get(questionId) instanceof List<?> list && (list.isEmpty() || list.get(0) instanceof String)) {
			return (List<String>) list;
		}
		return List.of();
	}

	public boolean contains(String questionId, String option) {
		return values(questionId).contains(option);
	}

	/**
	 * @return the item at that position of a picker, or an empty text
	 */
	public String item(String questionId, int index) {
		List<String> items = values(questionId);
		return index < items.size() ? items.get(index) : "";
	}

	/**
	 * @return the rank (from 1) given to an option of a ranking, or an empty text
	 */
	public String rank(String questionId, String option) {
		int index = values(questionId).indexOf(option);
		return index < 0 ? "" : String.valueOf(index + 1);
	}

	/**
	 * @return the rating of a centre of interest, or an empty text
	 */
	public String rating(String questionId, String code) {
		return values.get(questionId) instanceof Map<?, ?> map && map.get(code) instanceof String value ? value : "";
	}

	/**
	 * @return the ratings of the centres of interest, by code
	 */
	@SuppressWarnings("unchecked")
	public Map<String, String> ratings(String questionId) {
		return values.get(questionId) instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
	}

	/**
	 * @return the rows of an action plan, padded with empty rows up to {@code count}
	 */
	@SuppressWarnings("unchecked")
	public List<Map<String, String>> steps(String questionId, int count) {
		List<Map<String, String>> rows = new ArrayList<>();
		if (values.get(questionId) instanceof List<?> list) {
			for (Object row : list) {
				if (row instanceof Map<?, ?> map) {
					rows.add((Map<String, String>) map);
				}
			}
		}
		while (rows.size() < count) {
			rows.add(Map.of());
		}
		return rows;
	}

	/**
	 * @return the rows filled in of an action plan
	 */
	public List<Map<String, String>> steps(String questionId) {
		return steps(questionId, 0);
	}

	Map<String, Object> asMap() {
		return Collections.unmodifiableMap(values);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof Answers answers && values.equals(answers.values);
	}

	@Override
	public int hashCode() {
		return values.hashCode();
	}

}
