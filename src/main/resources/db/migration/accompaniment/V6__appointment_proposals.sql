-- the referent proposes one or several times; the beneficiary picks one (it becomes a booked appointment,
-- under the same exclusion constraint as any booking) or declines with a reason. While a proposal is open
-- its times are kept for that beneficiary: nobody else is offered them.
create table accompaniment.appointment_proposal (
	id              uuid primary key,
	dossier_id      uuid          not null references accompaniment.dossier (id),
	counsellor_id   uuid          not null,
	beneficiary_id  uuid          not null,
	status          varchar(20)   not null,
	decline_reason  varchar(500),
	appointment_id  uuid,
	created_at      timestamptz   not null,
	decided_at      timestamptz,
	version         bigint        not null
);
create index appointment_proposal_dossier_idx on accompaniment.appointment_proposal (dossier_id, created_at);
create index appointment_proposal_open_idx on accompaniment.appointment_proposal (counsellor_id) where status = 'OPEN';

create table accompaniment.proposed_slot (
	id           uuid primary key,
	proposal_id  uuid          not null references accompaniment.appointment_proposal (id) on delete cascade,
	start_at     timestamptz   not null,
	end_at       timestamptz   not null,
	zone         varchar(40)   not null,
	mode         varchar(10)   not null,
	site_id      uuid,
	constraint proposed_slot_times_ck check (start_at < end_at),
	constraint proposed_slot_site_ck check (mode <> 'IN_PERSON' or site_id is not null)
);
create index proposed_slot_proposal_idx on accompaniment.proposed_slot (proposal_id, start_at);
