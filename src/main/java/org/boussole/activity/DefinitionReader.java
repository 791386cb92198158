package org.boussole.activity;

import java.util.List;

import org.boussole.shared.ControlCharacters;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes template definitions as JSON, and checks them: anything that cannot be
 * read, or that the {@link DefinitionValidator} refuses, throws {@link DefinitionRefused}
 * with French messages to show.
 */
@Component
class DefinitionReader {

	/** The largest definition accepted, as typed or imported: 1 MB. */
	static final int MAX_BYTES = 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper
		.builder(JsonFactory.builder()
			.streamReadConstraints(
					StreamReadConstraints.builder().maxNestingDepth(10).maxStringLength(MAX_BYTES).build())
			.build())
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		// a question without "required" is optional
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		// "\u0000" is valid JSON but no text of Boussole may hold it
		.addModule(new SimpleModule().addDeserializer(String.class, new TextWithoutControls()))
		.enable(SerializationFeature.INDENT_OUTPUT)
		.build();

	private final DefinitionValidator validator = new DefinitionValidator();

	/**
	 * @return the definition, checked
	 * @throws DefinitionRefused when the text is too long, not JSON of a template, or
	 * refused by the validator
	 */
	TemplateDefinition read(String json) {
		if (json.length() > MAX_BYTES) {
			throw new DefinitionRefused(List.of(new DefinitionProblem("activity.definition.tooLarge")));
		}
		TemplateDefinition definition;
		try {
			definition = JSON.readValue(json, TemplateDefinition.class);
		}
		catch (JacksonException ex) {
			throw new DefinitionRefused(List.of(new DefinitionProblem("activity.definition.notJson")));
		}
		if (definition == null) {
			throw new DefinitionRefused(List.of(new DefinitionProblem("activity.definition.notJson")));
		}
		List<DefinitionProblem> problems = validator.validate(definition);
		if (!problems.isEmpty()) {
			throw new DefinitionRefused(problems);
		}
		return definition;
	}

	/**
	 * @return the definition as indented JSON, as stored and exported
	 */
	String write(TemplateDefinition definition) {
		return JSON.writeValueAsString(definition);
	}

	/**
	 * @return a stored definition, already checked when it was stored
	 */
	TemplateDefinition stored(String json) {
		return JSON.readValue(json, TemplateDefinition.class);
	}

	/**
	 * Texts of a definition (typed or imported) without control characters, such as the
	 * NUL that a {@code \u0000} escape gives and that PostgreSQL refuses.
	 */
	private static final class TextWithoutControls extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			return ControlCharacters.strip(super.deserialize(parser, context));
		}

	}

}
