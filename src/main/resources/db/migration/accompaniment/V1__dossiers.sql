create schema if not exists accompaniment;

-- a person's request to be accompanied, then their dossier, followed by one referent counsellor
create table accompaniment.dossier (
	id              uuid primary key,
	beneficiary_id  uuid          not null,
	structure_id    uuid          not null,
	site_id         uuid          not null,
	status          varchar(10)   not null,
	outcome         varchar(30),
	referent_id     uuid,
	situation       varchar(20)   not null,
	wishes          varchar(200)  not null,
	meeting_modes   varchar(100)  not null,
	availability    varchar(500),
	postal_code     varchar(5)    not null,
	commune         varchar(120),
	message         varchar(2000),
	origin          varchar(300),
	consent_at      timestamptz   not null,
	requested_at    timestamptz   not null,
	updated_at      timestamptz   not null,
	version         bigint        not null default 0,
	constraint dossier_status_ck check (status in ('REQUESTED', 'OPEN', 'CLOSED')),
	constraint dossier_referent_ck check (status = 'REQUESTED' or referent_id is not null)
);
create index dossier_beneficiary_idx on accompaniment.dossier (beneficiary_id);
create index dossier_structure_status_idx on accompaniment.dossier (structure_id, status);
create index dossier_referent_status_idx on accompaniment.dossier (referent_id, status);

-- the timeline: every change of a dossier, dated and attributed (actor_id is null for Boussole itself)
create table accompaniment.dossier_event (
	id           uuid primary key,
	dossier_id   uuid          not null references accompaniment.dossier (id),
	type         varchar(20)   not null,
	at           timestamptz   not null,
	actor_id     uuid,
	referent_id  uuid,
	outcome      varchar(30),
	note         varchar(2000)
);
create index dossier_event_dossier_idx on accompaniment.dossier_event (dossier_id, at);

-- how a structure assigns its new dossiers
create table accompaniment.assignment_setting (
	structure_id  uuid primary key,
	automatic     boolean      not null,
	updated_at    timestamptz  not null,
	updated_by    uuid         not null
);

-- every access of a staff member to a dossier: who, when, what
create table accompaniment.access_log (
	id           uuid primary key,
	dossier_id   uuid         not null references accompaniment.dossier (id),
	structure_id uuid         not null,
	actor_id     uuid         not null,
	at           timestamptz  not null,
	action       varchar(20)  not null
);
create index access_log_dossier_idx on accompaniment.access_log (dossier_id, at desc);
