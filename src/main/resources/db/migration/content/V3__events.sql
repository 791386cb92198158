-- workshops and information sessions, at a site or online, and the people registered for them
create table content.event (
	id           uuid primary key,
	title        varchar(200)  not null,
	kind         varchar(30)   not null,
	description  text          not null,
	structure_id uuid          not null,
	site_id      uuid,
	online_link  varchar(500),
	starts_at    timestamptz   not null,
	ends_at      timestamptz   not null,
	capacity     integer       not null,
	status       varchar(20)   not null,
	publish_at   timestamptz,
	published_at timestamptz,
	sequence     integer       not null default 0,
	version      bigint        not null default 0,
	created_at   timestamptz   not null,
	updated_at   timestamptz   not null,
	constraint event_kind_ck check (kind in ('WORKSHOP', 'INFORMATION_SESSION')),
	constraint event_status_ck check (status in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'CANCELLED')),
	constraint event_place_ck check ((site_id is null) <> (online_link is null)),
	constraint event_link_ck check (online_link is null or online_link like 'https://%'),
	constraint event_times_ck check (ends_at > starts_at),
	constraint event_capacity_ck check (capacity > 0)
);
create index event_upcoming_idx on content.event (starts_at) where status = 'PUBLISHED';
create index event_structure_idx on content.event (structure_id, starts_at);
create index event_scheduled_idx on content.event (publish_at) where status = 'SCHEDULED';

create table content.event_registration (
	id            uuid primary key,
	event_id      uuid          not null references content.event (id),
	person_id     uuid          not null,
	active        boolean       not null,
	registered_at timestamptz   not null,
	cancelled_at  timestamptz,
	constraint event_registration_once_uk unique (event_id, person_id)
);
create index event_registration_person_idx on content.event_registration (person_id) where active;
