package org.boussole.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableAdviceTests {

	@Test // #21
	void aConnectionLostAtAnyStepIsADatabaseThatCannotBeReached() {
		// no connection to be had from the pool
		assertThat(DatabaseUnavailableAdvice.isLostConnection(new CannotCreateTransactionException("no connection",
				new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms"))))
			.isTrue();
		// the rollback after a failed query, on a connection the server closed
		assertThat(DatabaseUnavailableAdvice.isLostConnection(
				new JpaSystemException(new RuntimeException(new SQLException("Connection is closed", "08003")))))
			.isTrue();
		assertThat(DatabaseUnavailableAdvice
			.isLostConnection(new TransactionSystemException("commit", new SocketException("Broken pipe")))).isTrue();
	}

	@Test // #21
	void otherDatabaseErrorsAreNotTakenForAnOutage() {
		assertThat(DatabaseUnavailableAdvice.isLostConnection(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(DatabaseUnavailableAdvice.isLostConnection(new JpaSystemException(new RuntimeException("other"))))
			.isFalse();
	}

}
