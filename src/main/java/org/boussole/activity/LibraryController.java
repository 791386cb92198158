package org.boussole.activity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.boussole.accounts.CurrentUser;
import org.boussole.content.RomeReferences;
import org.boussole.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The library of activity templates for the staff: list, preview, copy to adapt, edit
 * one's own (a new version each time), export and import as JSON files. Counsellors and
 * structure admins find it under {@code /conseil/activites}, network admins under
 * {@code /admin/activites}.
 */
@Controller
@RequestMapping({ LibraryController.STAFF_PATH, LibraryController.ADMIN_PATH })
class LibraryController {

	static final String STAFF_PATH = "/conseil/activites";

	static final String ADMIN_PATH = "/admin/activites";

	private final TemplateLibrary library;

	private final DefinitionReader reader;

	private final RomeReferences rome;

	LibraryController(TemplateLibrary library, DefinitionReader reader, RomeReferences rome) {
		this.library = library;
		this.reader = reader;
		this.rome = rome;
	}

	@ModelAttribute("base")
	String base(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + ADMIN_PATH) ? ADMIN_PATH : STAFF_PATH;
	}

	@GetMapping
	String showLibrary(@AuthenticationPrincipal CurrentUser user, Model model) {
		return library(user, List.of(), model);
	}

	@GetMapping("/{id}")
	String showTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
		ActivityTemplate template = library.viewable(user, Ids.require(id));
		return template(user, template, null, List.of(), model);
	}

	@PostMapping("/{id}/copie")
	String processCopy(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) @Nullable String target, @ModelAttribute("base") String base,
			RedirectAttributes redirect) {
		UUID copy = library.copy(user, Ids.require(id), target);
		redirect.addFlashAttribute("flash", "activity.library.copied");
		return "redirect:" + base + "/" + copy;
	}

	@PostMapping("/{id}/modifier")
	String processEdit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(required = false) @Nullable String definition, @ModelAttribute("base") String base,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		UUID templateId = Ids.require(id);
		try {
			library.edit(user, templateId, definition == null ? "" : definition);
		}
		catch (DefinitionRefused refused) {
			response.setStatus(422);
			return template(user, library.viewable(user, templateId), definition, refused.problems(), model);
		}
		redirect.addFlashAttribute("flash", "activity.library.edited");
		return "redirect:" + base + "/" + templateId;
	}

	@PostMapping("/{id}/archiver")
	String processArchive(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
			@RequestParam(defaultValue = "true") boolean archived, @ModelAttribute("base") String base,
			RedirectAttributes redirect) {
		UUID templateId = Ids.require(id);
		library.archive(user, templateId, archived);
		redirect.addFlashAttribute("flash", archived ? "activity.library.archived" : "activity.library.restored");
		return "redirect:" + base + "/" + templateId;
	}

	@GetMapping("/{id}/export")
	ResponseEntity<byte[]> exportTemplate(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
		ActivityTemplate template = library.viewable(user, Ids.require(id));
		byte[] json = library.currentVersion(template).getDefinition().getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(template.getTitle())).build().toString())
			.body(json);
	}

	@PostMapping("/import")
	String processImport(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String target, @ModelAttribute("base") String base,
			HttpServletResponse response, Model model, RedirectAttributes redirect) throws IOException {
		List<DefinitionProblem> problems;
		if (file == null || file.isEmpty()) {
			problems = List.of(new DefinitionProblem("activity.library.import.noFile"));
		}
		else if (file.getSize() > DefinitionReader.MAX_BYTES) {
			problems = List.of(new DefinitionProblem("activity.definition.tooLarge"));
		}
		else {
			String json = utf8(file.getBytes());
			if (json == null) {
				problems = List.of(new DefinitionProblem("activity.library.import.notText"));
			}
			else {
				try {
					UUID imported = library.importTemplate(user, json, target);
					redirect.addFlashAttribute("flash", "activity.library.imported");
					return "redirect:" + base + "/" + imported;
				}
				catch (DefinitionRefused refused) {
					problems = refused.problems();
				}
			}
		}
		response.setStatus(422);
		return library(user, problems, model);
	}

	private String library(CurrentUser user, List<DefinitionProblem> importProblems, Model model) {
		model.addAttribute("templates", library.rows(user));
		model.addAttribute("targets", library.targets(user));
		model.addAttribute("importProblems", importProblems);
		return "activity/library";
	}

	private String template(CurrentUser user, ActivityTemplate template, @Nullable String typed,
			List<DefinitionProblem> problems, Model model) {
		TemplateVersion version = library.currentVersion(template);
		model.addAttribute("template",
				new TemplateRow(template.getId(), template.getTitle(), template.getScope().messageKey(),
						template.getCurrentVersion(), template.isArchived(), library.mayManage(user, template)));
		model.addAttribute("definition", library.definition(version));
		model.addAttribute("json", typed != null ? typed : version.getDefinition());
		model.addAttribute("problems", problems);
		model.addAttribute("targets", library.targets(user));
		model.addAttribute("answers", Answers.empty());
		model.addAttribute("errors", Map.of());
		model.addAttribute("interests", rome.interests());
		model.addAttribute("stepStatuses", AnswerReader.STEP_STATUSES);
		return "activity/template";
	}

	private static @Nullable String utf8(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString()
				.replace("\uFEFF", "");
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	static String fileName(String title) {
		String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return (ascii.isEmpty() ? "activite" : ascii) + ".json";
	}

}
