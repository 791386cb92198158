package org.boussole.system;

import java.io.IOException;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import jakarta.servlet.http.HttpServletResponse;

/**
 * When the database cannot be reached, a page that needs it answers at once with the
 * site's "service unavailable" page (503, with a {@code Retry-After}), never a stack
 * trace; pages that do not need it keep working, and Boussole recovers by itself when the
 * database is back (the pool makes new connections).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	/** The seconds after which a person or a load balancer may try again. */
	static final String RETRY_AFTER = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			JDBCConnectionException.class })
	void databaseUnavailable(Exception ex, HttpServletResponse response) throws IOException {
		log.warn("Database unavailable: {}", ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		// the error page (error/503) is rendered by the error controller, with the layout
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

}
