package org.boussole.system;

import java.net.SocketException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import javax.sql.DataSource;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * When the database cannot be reached, a page that needs it answers at once with the
 * site's "service unavailable" page (503, with a {@code Retry-After}), never a stack
 * trace; pages that do not need it keep working, and Boussole recovers by itself when the
 * database is back (the pool makes new connections). The connection may be lost at any
 * step (getting one, a query, the rollback that follows), so the whole chain of causes is
 * read; any other error goes on to the usual error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

	/** The seconds after which a person or a load balancer may try again. */
	static final String RETRY_AFTER = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableAdvice.class);

	private final ObjectProvider<DataSource> dataSource;

	DatabaseUnavailableAdvice(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource;
	}

	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	void databaseUnavailable(Exception ex, HttpServletResponse response) throws Exception {
		// a failure that names no lost connection may still come from one (the rollback
		// that follows a lost query fails on a closed connection): then the database
		// itself is asked
		if (!isLostConnection(ex) && isReachable()) {
			throw ex;
		}
		log.warn("Database unavailable: {}", ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		// the error page (error/503) is rendered by the error controller, with the layout
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	private boolean isReachable() {
		DataSource source = dataSource.getIfAvailable();
		if (source == null) {
			return true;
		}
		try (Connection connection = source.getConnection()) {
			return connection.isValid(1);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * @return whether the failure comes from a database that cannot be reached: no
	 * connection to be had, or one lost on the way (SQL state class 08)
	 */
	static boolean isLostConnection(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SocketException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

}
