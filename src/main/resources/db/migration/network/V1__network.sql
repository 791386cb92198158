create schema if not exists network;

-- French postal codes and communes (La Poste, COG INSEE) and the localities of the canton of Geneva (swisstopo)
create table network.locality (
	id           bigint generated always as identity primary key,
	country      varchar(2)   not null,
	postal_code  varchar(5)   not null,
	name         varchar(120) not null,
	commune      varchar(120) not null,
	search_key   varchar(120) not null,
	population   integer      not null default 0,
	latitude     double precision not null,
	longitude    double precision not null,
	constraint locality_uk unique (country, postal_code, search_key)
);
create index locality_search_key_idx on network.locality (search_key varchar_pattern_ops);
create index locality_postal_code_idx on network.locality (postal_code);

create table network.structure (
	id             uuid primary key,
	name           varchar(120) not null,
	country        varchar(2)   not null,
	contact_email  varchar(254),
	active         boolean      not null,
	created_at     timestamptz  not null,
	version        bigint       not null default 0
);
create unique index structure_name_uk on network.structure (lower(name));

create table network.site (
	id             uuid primary key,
	structure_id   uuid          not null references network.structure (id),
	name           varchar(120)  not null,
	address_line   varchar(200)  not null,
	postal_code    varchar(5)    not null,
	commune        varchar(120)  not null,
	latitude       double precision not null,
	longitude      double precision not null,
	opening_hours  varchar(1000),
	phone          varchar(30),
	accessibility  varchar(1000),
	active         boolean       not null,
	version        bigint        not null default 0
);
create index site_structure_idx on network.site (structure_id);

create table network.staff_membership (
	id            uuid primary key,
	account_id    uuid        not null,
	structure_id  uuid        not null references network.structure (id),
	role          varchar(30) not null,
	since         date        not null,
	constraint staff_membership_uk unique (account_id, structure_id, role)
);
create index staff_membership_account_idx on network.staff_membership (account_id);
