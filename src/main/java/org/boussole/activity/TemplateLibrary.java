package org.boussole.activity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.accounts.Role;
import org.boussole.network.NetworkManagement;
import org.boussole.network.StructureSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The library of activity templates. A counsellor sees the network's templates, those of
 * their structures and their own; they change only what they manage: network admins the
 * network's, structure admins their structure's, a counsellor their own (403 otherwise).
 * A template they cannot see is not found (404). Every change of a definition is a new
 * version; the old ones stay as they were.
 */
@Service
@Transactional
class TemplateLibrary {

	private final TemplateRepository templates;

	private final TemplateVersionRepository versions;

	private final DefinitionReader reader;

	private final NetworkManagement network;

	private final Clock clock;

	TemplateLibrary(TemplateRepository templates, TemplateVersionRepository versions, DefinitionReader reader,
			NetworkManagement network, Clock clock) {
		this.templates = templates;
		this.versions = versions;
		this.reader = reader;
		this.network = network;
		this.clock = clock;
	}

	/**
	 * @return the templates the person may use, archived ones last
	 */
	@Transactional(readOnly = true)
	List<ActivityTemplate> visible(CurrentUser user) {
		List<UUID> structures = new ArrayList<>(
				network.structuresOf(user.id()).stream().map(StructureSummary::id).toList());
		// an empty "in" list is not valid everywhere: an id that names nothing
		structures.add(new UUID(0, 0));
		return templates.findVisible(structures, user.id());
	}

	/**
	 * @return the templates the person may use, as lists show them
	 */
	@Transactional(readOnly = true)
	List<TemplateRow> rows(CurrentUser user) {
		return visible(user).stream()
			.map(t -> new TemplateRow(t.getId(), t.getTitle(), t.getScope().messageKey(), t.getCurrentVersion(),
					t.isArchived(), mayManage(user, t)))
			.toList();
	}

	/**
	 * @return the template if the person may see it; otherwise 404
	 */
	@Transactional(readOnly = true)
	ActivityTemplate viewable(CurrentUser user, UUID templateId) {
		ActivityTemplate template = templates.findById(templateId).orElseThrow(TemplateLibrary::notFound);
		if (!mayView(user, template)) {
			throw notFound();
		}
		return template;
	}

	@Transactional(readOnly = true)
	TemplateVersion currentVersion(ActivityTemplate template) {
		return versions.findByTemplateIdAndNumber(template.getId(), template.getCurrentVersion())
			.orElseThrow(TemplateLibrary::notFound);
	}

	@Transactional(readOnly = true)
	TemplateDefinition definition(TemplateVersion version) {
		return reader.stored(version.getDefinition());
	}

	boolean mayView(CurrentUser user, ActivityTemplate template) {
		UUID owner = template.getOwnerId();
		switch (template.getScope()) {
			case NETWORK:
				return true;
			case STRUCTURE:
				return owner != null && network.isMember(user.id(), owner);
			default:
				return user.id().equals(owner);
		}
	}

	boolean mayManage(CurrentUser user, ActivityTemplate template) {
		UUID owner = template.getOwnerId();
		switch (template.getScope()) {
			case NETWORK:
				return user.has(Role.NETWORK_ADMIN);
			case STRUCTURE:
				return owner != null && network.isStructureAdmin(user.id(), owner);
			default:
				return user.id().equals(owner);
		}
	}

	/**
	 * @return where the person may put a copy or an imported template
	 */
	@Transactional(readOnly = true)
	List<LibraryTarget> targets(CurrentUser user) {
		List<LibraryTarget> targets = new ArrayList<>();
		if (user.has(Role.COUNSELLOR)) {
			targets.add(new LibraryTarget(TemplateScope.COUNSELLOR, user.id(), user.displayName()));
		}
		network.structuresOf(user.id())
			.stream()
			.filter(structure -> network.isStructureAdmin(user.id(), structure.id()))
			.forEach(structure -> targets
				.add(new LibraryTarget(TemplateScope.STRUCTURE, structure.id(), structure.name())));
		if (user.has(Role.NETWORK_ADMIN)) {
			targets.add(new LibraryTarget(TemplateScope.NETWORK, null, ""));
		}
		return targets;
	}

	/**
	 * Copies the current version of a template the person may see, to adapt it.
	 * @return the id of the copy
	 */
	UUID copy(CurrentUser user, UUID templateId, @Nullable String targetValue) {
		ActivityTemplate original = viewable(user, templateId);
		LibraryTarget target = target(user, targetValue);
		String json = currentVersion(original).getDefinition();
		return create(target, null, original.getId(), reader.stored(json), json, user.id());
	}

	/**
	 * Stores a new version of a template the person manages.
	 * @throws DefinitionRefused when the definition is refused (nothing is stored)
	 */
	int edit(CurrentUser user, UUID templateId, String json) {
		ActivityTemplate template = viewable(user, templateId);
		requireManage(user, template);
		TemplateDefinition definition = reader.read(json);
		int number = template.nextVersion(definition.title(), clock.instant());
		versions
			.save(new TemplateVersion(template.getId(), number, reader.write(definition), user.id(), clock.instant()));
		return number;
	}

	/**
	 * Adds a template from an imported file.
	 * @throws DefinitionRefused when the file is refused (nothing is stored)
	 */
	UUID importTemplate(CurrentUser user, String json, @Nullable String targetValue) {
		LibraryTarget target = target(user, targetValue);
		TemplateDefinition definition = reader.read(json);
		return create(target, null, null, definition, reader.write(definition), user.id());
	}

	void archive(CurrentUser user, UUID templateId, boolean archived) {
		ActivityTemplate template = viewable(user, templateId);
		requireManage(user, template);
		template.archive(archived, clock.instant());
	}

	/** Adds a built-in template of the network unless one with that key exists. */
	boolean installBuiltIn(String key, String json) {
		if (templates.findByBuiltinKey(key).isPresent()) {
			return false;
		}
		TemplateDefinition definition = reader.read(json);
		create(new LibraryTarget(TemplateScope.NETWORK, null, ""), key, null, definition, reader.write(definition),
				null);
		return true;
	}

	private UUID create(LibraryTarget target, @Nullable String builtinKey, @Nullable UUID origin,
			TemplateDefinition definition, String json, @Nullable UUID author) {
		ActivityTemplate template = templates.save(new ActivityTemplate(target.scope(), target.ownerId(), builtinKey,
				origin, definition.title(), clock.instant()));
		versions.save(new TemplateVersion(template.getId(), 1, json, author, clock.instant()));
		return template.getId();
	}

	private LibraryTarget target(CurrentUser user, @Nullable String value) {
		return targets(user).stream()
			.filter(target -> target.matches(value))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

	private void requireManage(CurrentUser user, ActivityTemplate template) {
		if (!mayManage(user, template)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
