-- a proposal keeps its times for the beneficiary until hold_until only (boussole.appointments.proposal-hold
-- after it was made); then it expires (status EXPIRED) and its times are free again. A proposal is also closed
-- (status SUPERSEDED) when the beneficiary books another time directly.
alter table accompaniment.appointment_proposal add column hold_until timestamptz;
-- the proposals still open when the hold appears keep their times for the default 48 hours from now,
-- so that nobody loses a time without notice; the others only need a value
update accompaniment.appointment_proposal
	set hold_until = case when status = 'OPEN' then greatest(now(), created_at) + interval '48 hours'
	                      else created_at + interval '48 hours' end;
alter table accompaniment.appointment_proposal alter column hold_until set not null;
-- the expiry job looks for the open proposals whose hold is over
create index appointment_proposal_hold_idx on accompaniment.appointment_proposal (hold_until) where status = 'OPEN';
