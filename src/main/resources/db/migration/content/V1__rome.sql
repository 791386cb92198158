create schema if not exists content;

-- The ROME tree: 14 grands domaines, 110 domaines professionnels (never deleted, so retired fiches keep their place)
create table content.grand_domain (
	code   varchar(3)  primary key,
	label  text        not null
);

create table content.domain (
	code               varchar(5) primary key,
	label              text       not null,
	grand_domain_code  varchar(3) not null
);
create index domain_grand_domain_idx on content.domain (grand_domain_code);

-- themes, centres of interest and activity sectors (kind THEME, INTEREST, SECTOR)
create table content.topic (
	kind         varchar(10) not null,
	code         varchar(10) not null,
	label        text        not null,
	definition   text        not null,
	parent_code  varchar(10) not null,
	primary key (kind, code)
);

-- one row per fiche ever imported; a fiche absent from a newer release is kept with its retirement date
create table content.job (
	code               varchar(5)  primary key,
	label              text        not null,
	parent_code        varchar(5)  not null,
	ogr                varchar(12) not null,
	domain_code        varchar(5)  not null,
	riasec_major       varchar(1)  not null,
	riasec_minor       varchar(1)  not null,
	transition_eco     text        not null,
	transition_digital boolean,
	transition_demo    boolean,
	regulated          boolean,
	executive          boolean,
	definition         text        not null,
	access             text        not null,
	fingerprint        varchar(64) not null,
	release            text        not null,
	updated_at         timestamptz not null default now(),
	retired_at         timestamptz
);
create index job_domain_idx on content.job (domain_code);
create index job_parent_idx on content.job (parent_code);

-- job titles (appellations): the main one and its synonyms
create table content.job_title (
	job_code     varchar(5)  not null,
	position     integer     not null,
	ogr          varchar(12) not null,
	label        text        not null,
	short_label  text        not null,
	main         boolean     not null,
	rarely_used  boolean     not null,
	primary key (job_code, position)
);

-- skills (savoir_faire, savoir_etre), knowledge (savoir) and work contexts (contexte_travail), labels included
create table content.job_item (
	job_code     varchar(5)  not null,
	position     integer     not null,
	kind         varchar(20) not null,
	ogr          varchar(12) not null,
	group_code   text        not null,
	group_label  text        not null,
	label        text        not null,
	core         varchar(20) not null,
	primary key (job_code, position)
);

-- links of a fiche: mobilities (MOBILITY → another fiche), interests, themes and sectors (→ a topic)
create table content.job_link (
	job_code     varchar(5)  not null,
	kind         varchar(10) not null,
	position     integer     not null,
	target_code  varchar(10) not null,
	second_code  varchar(10) not null,
	principal    boolean     not null,
	primary key (job_code, kind, position)
);
create index job_link_target_idx on content.job_link (kind, target_code);

-- every import, with what it added, changed and retired
create table content.rome_import (
	id           bigint generated always as identity primary key,
	release      text        not null,
	imported_at  timestamptz not null,
	fiches       integer     not null,
	added        integer     not null,
	changed      integer     not null,
	retired      integer     not null,
	millis       bigint      not null
);
