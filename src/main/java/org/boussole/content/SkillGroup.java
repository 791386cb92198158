package org.boussole.content;

import java.util.List;

/**
 * Skills shown under one heading: a macro-skill, or the savoir-être professionnels.
 *
 * @param label the macro-skill, empty for the savoir-être (the page names them)
 */
public record SkillGroup(String code, String label, boolean soft, List<Skill> skills) {

}
