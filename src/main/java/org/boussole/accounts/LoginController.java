package org.boussole.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The login form; the POST is handled by Spring Security ({@link SecurityConfiguration}).
 */
@Controller
class LoginController {

	@GetMapping("/connexion")
	String showLoginForm(HttpServletRequest request, HttpSession session, Model model) {
		model.addAttribute("loginFailed", request.getParameterMap().containsKey("erreur"));
		Object typed = session.getAttribute(LoginHandlers.TYPED_EMAIL);
		if (!request.getParameterMap().containsKey("bloque")) {
			// kept while throttled, for the form that asks for an unlock link
			session.removeAttribute(LoginHandlers.TYPED_EMAIL);
		}
		model.addAttribute("email", typed == null ? "" : typed);
		Object wait = session.getAttribute(LoginHandlers.WAIT_SECONDS);
		session.removeAttribute(LoginHandlers.WAIT_SECONDS);
		model.addAttribute("waitSeconds", wait instanceof Long seconds ? seconds : 0L);
		return "accounts/login";
	}

}
