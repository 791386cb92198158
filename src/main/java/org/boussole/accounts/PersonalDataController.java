package org.boussole.accounts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "My data": a person downloads everything Boussole keeps about them as a ZIP archive
 * built by every module ({@link PersonalDataContributor}) and streamed as it is written;
 * a beneficiary closes their account, which logs them out.
 */
@Controller
class PersonalDataController {

	static final String DATA_PATH = "/compte/mes-donnees";

	static final String CLOSE_PATH = "/compte/fermer";

	private static final Logger log = LoggerFactory.getLogger(PersonalDataController.class);

	private final List<PersonalDataContributor> contributors;

	private final ExportThrottle exportThrottle;

	private final AccountClosure closure;

	private final LoginThrottle loginThrottle;

	private final Clock clock;

	PersonalDataController(List<PersonalDataContributor> contributors, ExportThrottle exportThrottle,
			AccountClosure closure, LoginThrottle loginThrottle, Clock clock) {
		this.contributors = contributors;
		this.exportThrottle = exportThrottle;
		this.closure = closure;
		this.loginThrottle = loginThrottle;
		this.clock = clock;
	}

	@GetMapping(DATA_PATH)
	String showMyData(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("maySelfClose", closure.maySelfClose(user.id()));
		return "accounts/my-data";
	}

	@PostMapping(DATA_PATH)
	void downloadMyData(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (!exportThrottle.tryExport(user.id())) {
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("flashError", "accounts.data.throttled");
			RequestContextUtils.saveOutputFlashMap(DATA_PATH, request, response);
			response.sendRedirect(request.getContextPath() + DATA_PATH);
			return;
		}
		String fileName = "boussole-mes-donnees-" + LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))) + ".zip";
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, private");
		try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
			for (PersonalDataContributor contributor : contributors) {
				log.debug("Personal data export: {}", contributor.name());
				contributor.write(user.id(), zip);
			}
			try (InputStream readMe = new ClassPathResource("accounts/LISEZMOI.txt").getInputStream()) {
				PersonalDataZip.text(zip, "LISEZMOI.txt", new String(readMe.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
	}

	@GetMapping(CLOSE_PATH)
	String initClosingForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("maySelfClose", closure.maySelfClose(user.id()));
		model.addAttribute("closeAccountForm", new CloseAccountForm());
		return "accounts/close";
	}

	@PostMapping(CLOSE_PATH)
	String processClosingForm(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("closeAccountForm") CloseAccountForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		boolean maySelfClose = closure.maySelfClose(user.id());
		model.addAttribute("maySelfClose", maySelfClose);
		if (!maySelfClose) {
			return "accounts/close";
		}
		String password = form.getPassword();
		if (password == null || password.isEmpty()) {
			result.rejectValue("password", "accounts.validation.password.currentRequired");
		}
		if (!form.isConfirmed()) {
			result.rejectValue("confirmed", "accounts.close.confirmRequired");
		}
		if (result.hasErrors()) {
			return "accounts/close";
		}
		// guessing the password from an open session is throttled like a login
		LoginOrigin origin = loginThrottle.originOf(request, user.email());
		if (!loginThrottle.allows(user.email(), origin)) {
			result.rejectValue("password", "accounts.login.throttled");
			return "accounts/close";
		}
		AccountClosure.Result outcome = closure.close(user.id(), password);
		if (outcome == AccountClosure.Result.WRONG_PASSWORD) {
			loginThrottle.recordFailure(user.email(), origin);
			result.rejectValue("password", "accounts.validation.password.currentWrong");
			return "accounts/close";
		}
		if (outcome == AccountClosure.Result.STAFF) {
			return "accounts/close";
		}
		new SecurityContextLogoutHandler().logout(request, response, null);
		redirect.addFlashAttribute("flash", "accounts.close.done");
		return "redirect:/";
	}

}
