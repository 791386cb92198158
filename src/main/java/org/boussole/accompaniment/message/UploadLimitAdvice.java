package org.boussole.accompaniment.message;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the multipart limits are only noticed by Spring MVC (another container, or no
 * {@link UploadLimitFilter} in the way), a message form over the limits also sends the
 * person back to the conversation with the message about too large files. Other addresses
 * keep the usual answer.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String handleTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		String path = UploadLimitFilter.path(request);
		if (!UploadLimitFilter.MESSAGE_PAGES.matcher(path).matches()) {
			throw ex;
		}
		return "redirect:" + path + "?" + UploadLimitFilter.TOO_LARGE;
	}

}
