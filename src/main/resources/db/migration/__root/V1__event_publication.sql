-- the registry of domain events handed to listeners of other modules, so that a failed listener is retried
create table event_publication (
	id                     uuid        not null primary key,
	listener_id            text        not null,
	event_type             text        not null,
	serialized_event       text        not null,
	publication_date       timestamptz not null,
	completion_date        timestamptz,
	status                 varchar(20),
	completion_attempts    integer     not null default 0,
	last_resubmission_date timestamptz
);
create index event_publication_open_idx on event_publication (completion_date) where completion_date is null;

create table event_publication_archive (
	id                     uuid        not null primary key,
	listener_id            text        not null,
	event_type             text        not null,
	serialized_event       text        not null,
	publication_date       timestamptz not null,
	completion_date        timestamptz,
	status                 varchar(20),
	completion_attempts    integer     not null default 0,
	last_resubmission_date timestamptz
);
