package org.boussole.content;

/**
 * A ROME skill: a savoir-faire under its macro-skill, or a savoir-être professionnel.
 *
 * @param ogr the ROME code of the skill
 * @param soft whether it is a savoir-être rather than a savoir-faire
 * @param groupCode the code of its macro-skill (its own code for a macro-skill or a
 * savoir-être)
 * @param groupLabel the label of its macro-skill
 */
public record Skill(String ogr, String label, boolean soft, String groupCode, String groupLabel) {

}
