/**
 * Appointments between a beneficiary and their referent, in person, by video or by phone:
 * the counsellors' weekly availability, booking without double booking, reminders and the
 * counsellor's agenda.
 */
@NullMarked
package org.boussole.accompaniment.appointment;

import org.jspecify.annotations.NullMarked;
