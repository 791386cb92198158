package org.boussole.content;

import java.util.List;

/**
 * A person's skills grouped for display, and the fiches that use them most.
 *
 * @param groups the known skills chosen, by macro-skill (the savoir-être last)
 * @param jobs best first
 */
public record SkillResult(List<SkillGroup> groups, List<SkillMatch> jobs) {

}
