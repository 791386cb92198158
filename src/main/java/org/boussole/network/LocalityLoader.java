package org.boussole.network;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the locality table from the files shipped under {@code geo/} when it is empty,
 * before the demo data (whose sites need coordinates). A command run against an
 * installation that already has its localities leaves them alone.
 */
@Component
@Order(LocalityLoader.ORDER)
class LocalityLoader implements ApplicationRunner {

	static final int ORDER = 100;

	private static final Logger log = LoggerFactory.getLogger(LocalityLoader.class);

	private static final String INSERT = "insert into network.locality "
			+ "(country, postal_code, name, commune, search_key, population, latitude, longitude) "
			+ "values (?, ?, ?, ?, ?, ?, ?, ?)";

	private final Localities localities;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	LocalityLoader(Localities localities, JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.localities = localities;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		loadIfEmpty();
	}

	/**
	 * @return the number of rows loaded, 0 when the table already had its localities
	 */
	int loadIfEmpty() {
		if (localities.count() > 0) {
			return 0;
		}
		long start = System.nanoTime();
		List<LocalityFiles.Row> rows = LocalityFiles.readShipped();
		Integer loaded = transactions.execute(status -> {
			// another node may have loaded them meanwhile
			jdbc.execute("lock table network.locality in exclusive mode");
			if (localities.count() > 0) {
				return 0;
			}
			jdbc.batchUpdate(INSERT, rows, 2000, (ps, row) -> {
				ps.setString(1, row.country().name());
				ps.setString(2, row.postalCode());
				ps.setString(3, row.name());
				ps.setString(4, row.commune());
				ps.setString(5, row.key());
				ps.setInt(6, row.population());
				ps.setDouble(7, row.latitude());
				ps.setDouble(8, row.longitude());
			});
			return rows.size();
		});
		log.info("Loaded {} localities in {} ms", loaded, (System.nanoTime() - start) / 1_000_000);
		return loaded == null ? 0 : loaded;
	}

}
