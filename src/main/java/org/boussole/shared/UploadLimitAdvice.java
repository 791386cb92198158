package org.boussole.shared;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the multipart limits are only noticed by Spring MVC (another container, or no
 * {@link UploadLimitFilter} in the way), a form of one of the pages that take files also
 * sends the person back to its page with the message about too large files. Other
 * addresses keep the usual answer.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final List<UploadLimitFilter> filters;

	UploadLimitAdvice(List<UploadLimitFilter> filters) {
		this.filters = filters;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String handleTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		String path = UploadLimitFilter.path(request);
		if (filters.stream().noneMatch(filter -> filter.covers(path))) {
			throw ex;
		}
		return "redirect:" + path + "?" + UploadLimitFilter.TOO_LARGE;
	}

}
