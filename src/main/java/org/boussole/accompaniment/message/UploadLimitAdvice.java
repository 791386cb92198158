package org.boussole.accompaniment.message;

import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A message sent with files over the limits never reaches its handler (the container
 * refuses the request body): the person is sent back to the conversation, where the file
 * field says that a file may not exceed 10 MB. Other addresses keep the usual answer.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private static final Pattern MESSAGE_PAGES = Pattern
		.compile("/mon-accompagnement/messages|/conseil/dossiers/[0-9a-fA-F-]{36}/messages");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String handleTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!MESSAGE_PAGES.matcher(path).matches()) {
			throw ex;
		}
		RequestContextUtils.getOutputFlashMap(request).put("uploadTooLarge", true);
		return "redirect:" + path;
	}

}
