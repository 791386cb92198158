package org.boussole.network;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** Reads the locality reference table (loaded by {@link LocalityLoader}). */
@Repository
class Localities {

	private static final String COLUMNS = "select id, country, postal_code, name, commune, population, latitude, "
			+ "longitude from network.locality ";

	private static final String ORDER = " order by population desc, postal_code, name";

	private static final RowMapper<Locality> MAPPER = (rs, row) -> new Locality(rs.getLong("id"),
			Country.valueOf(rs.getString("country")), rs.getString("postal_code"), rs.getString("name"),
			rs.getString("commune"), rs.getInt("population"),
			new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")));

	private final JdbcTemplate jdbc;

	Localities(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		Long count = jdbc.queryForObject("select count(*) from network.locality", Long.class);
		return count == null ? 0 : count;
	}

	/**
	 * @return the localities of that postal code, the most populous first
	 */
	List<Locality> byPostalCode(Country country, String postalCode) {
		return jdbc.query(COLUMNS + "where country = ? and postal_code = ?" + ORDER, MAPPER, country.name(),
				postalCode);
	}

	Optional<Locality> byPostalCodeAndName(Country country, String postalCode, String name) {
		return jdbc
			.query(COLUMNS + "where country = ? and postal_code = ? and search_key = ?" + ORDER, MAPPER, country.name(),
					postalCode, SearchKeys.normalise(name))
			.stream()
			.findFirst();
	}

	/**
	 * @return the localities whose key is exactly this one, the most populous first
	 */
	List<Locality> byKey(String key) {
		return jdbc.query(COLUMNS + "where search_key = ?" + ORDER, MAPPER, key);
	}

	/**
	 * @return at most {@code limit} localities whose key starts with this one, the most
	 * populous first
	 */
	List<Locality> byKeyPrefix(String key, int limit) {
		String pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.query(COLUMNS + "where search_key like ?" + ORDER + " limit ?", MAPPER, pattern, limit);
	}

}
