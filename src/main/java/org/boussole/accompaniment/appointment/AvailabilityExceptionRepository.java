package org.boussole.accompaniment.appointment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AvailabilityExceptionRepository extends JpaRepository<AvailabilityException, UUID> {

	List<AvailabilityException> findByCounsellorIdAndLastDayGreaterThanEqualOrderByFirstDay(UUID counsellorId,
			LocalDate from);

}
