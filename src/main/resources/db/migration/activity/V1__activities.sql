create schema if not exists activity;

-- the library: a template belongs to the network, a structure or one counsellor
create table activity.template (
	id                  uuid         primary key,
	scope               varchar(20)  not null,
	owner_id            uuid,
	builtin_key         varchar(100) unique,
	origin_template_id  uuid         references activity.template (id),
	title               text         not null,
	current_version     integer      not null,
	archived            boolean      not null,
	created_at          timestamptz  not null,
	updated_at          timestamptz  not null,
	version             bigint       not null,
	constraint template_scope_ck check (scope in ('NETWORK', 'STRUCTURE', 'COUNSELLOR')),
	constraint template_owner_ck check ((scope = 'NETWORK') = (owner_id is null))
);
create index template_owner_idx on activity.template (scope, owner_id);

-- every version of a template, never changed once written: assigned activities point at one
create table activity.template_version (
	id           uuid         primary key,
	template_id  uuid         not null references activity.template (id),
	number       integer      not null,
	definition   text         not null,
	created_by   uuid,
	created_at   timestamptz  not null,
	constraint template_version_number_uq unique (template_id, number)
);

-- an activity given to a dossier, its answers (JSON) and its review
create table activity.activity (
	id                   uuid         primary key,
	dossier_id           uuid         not null,
	beneficiary_id       uuid         not null,
	template_version_id  uuid         not null references activity.template_version (id),
	title                text         not null,
	instructions         text,
	due_date             date,
	appointment_id       uuid,
	status               varchar(20)  not null,
	answers              text         not null,
	review_comment       text,
	assigned_by          uuid         not null,
	assigned_at          timestamptz  not null,
	saved_at             timestamptz,
	submitted_at         timestamptz,
	reviewed_by          uuid,
	reviewed_at          timestamptz,
	version              bigint       not null,
	constraint activity_status_ck check (status in ('TO_DO', 'SUBMITTED', 'MORE_ASKED', 'ACCEPTED'))
);
create index activity_dossier_idx on activity.activity (dossier_id);
create index activity_beneficiary_idx on activity.activity (beneficiary_id);
