-- appointments between a beneficiary and their referent: the counsellors' weekly availability, its
-- exceptions, and the appointments themselves. No counsellor is ever booked twice at the same time:
-- an exclusion constraint on the time range of the booked appointments (btree_gist for the uuid part)
create extension if not exists btree_gist with schema public;

create table accompaniment.availability_rule (
	id            uuid primary key,
	counsellor_id uuid         not null,
	day_of_week   smallint     not null check (day_of_week between 1 and 7),
	start_time    time         not null,
	end_time      time         not null,
	site_id       uuid,
	modes         varchar(40)  not null,
	slot_minutes  integer      not null check (slot_minutes between 15 and 240),
	zone          varchar(40)  not null,
	created_at    timestamptz  not null,
	constraint availability_rule_times_ck check (start_time < end_time)
);
create index availability_rule_counsellor_idx on accompaniment.availability_rule (counsellor_id);

create table accompaniment.availability_exception (
	id            uuid primary key,
	counsellor_id uuid          not null,
	first_day     date          not null,
	last_day      date          not null,
	reason        varchar(200)  not null,
	created_at    timestamptz   not null,
	constraint availability_exception_days_ck check (first_day <= last_day)
);
create index availability_exception_counsellor_idx on accompaniment.availability_exception (counsellor_id, last_day);

create table accompaniment.appointment (
	id                   uuid primary key,
	dossier_id           uuid           not null references accompaniment.dossier (id),
	counsellor_id        uuid           not null,
	beneficiary_id       uuid           not null,
	start_at             timestamptz    not null,
	end_at               timestamptz    not null,
	zone                 varchar(40)    not null,
	mode                 varchar(10)    not null,
	site_id              uuid,
	video_link           varchar(300),
	phone_caller         varchar(20),
	phone_number         varchar(30),
	status               varchar(20)    not null,
	cancellation_reason  varchar(500),
	sequence             integer        not null,
	reminded_at          timestamptz,
	summary              varchar(4000),
	next_steps           varchar(2000),
	private_note         varchar(4000),
	travel_avoided_km    numeric(7, 1),
	created_at           timestamptz    not null,
	updated_at           timestamptz    not null,
	version              bigint         not null,
	constraint appointment_times_ck check (start_at < end_at),
	constraint appointment_no_double_booking exclude using gist (
		counsellor_id with =, tstzrange(start_at, end_at) with &&) where (status = 'BOOKED')
);
create index appointment_dossier_idx on accompaniment.appointment (dossier_id, start_at);
create index appointment_counsellor_idx on accompaniment.appointment (counsellor_id, start_at);
create index appointment_reminder_idx on accompaniment.appointment (start_at) where status = 'BOOKED' and reminded_at is null;

-- a counsellor's private calendar feed: an unguessable token in the address; a new token revokes the old one
create table accompaniment.calendar_feed (
	counsellor_id  uuid primary key,
	token          varchar(64)  not null,
	created_at     timestamptz  not null,
	constraint calendar_feed_token_uk unique (token)
);
