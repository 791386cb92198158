package org.boussole.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.net.SocketException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
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

	@Test // #21
	void aFailureThatNamesNoLostConnectionIsAnOutageWhenTheDatabaseCannotBeReached() throws Exception {
		// the rollback after a lost query, on the connection the pool had already closed
		var rollback = new JpaSystemException(new RuntimeException(new SQLException("Connection is closed")));
		DataSource gone = mock(DataSource.class);
		when(gone.getConnection()).thenThrow(new SQLTransientConnectionException("timed out after 3000ms"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		new DatabaseUnavailableAdvice(provider(gone)).databaseUnavailable(rollback, response);
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("30");

		DataSource fine = mock(DataSource.class);
		Connection connection = mock(Connection.class);
		when(fine.getConnection()).thenReturn(connection);
		when(connection.isValid(1)).thenReturn(true);
		assertThatThrownBy(() -> new DatabaseUnavailableAdvice(provider(fine)).databaseUnavailable(rollback,
				new MockHttpServletResponse()))
			.isSameAs(rollback);
	}

	private static ObjectProvider<DataSource> provider(DataSource source) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("dataSource", source);
		return beans.getBeanProvider(DataSource.class);
	}

}
