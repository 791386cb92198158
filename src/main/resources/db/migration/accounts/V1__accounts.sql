create schema if not exists accounts;

create table accounts.user_account (
	id             uuid primary key,
	email          varchar(254) not null,
	display_name   varchar(120) not null,
	password_hash  varchar(255),
	status         varchar(30)  not null,
	locale         varchar(10)  not null default 'fr',
	totp_secret    varchar(64),
	totp_enabled   boolean      not null default false,
	created_at     timestamptz  not null,
	version        bigint       not null default 0,
	constraint user_account_email_uk unique (email),
	constraint user_account_email_lower check (email = lower(email))
);

create table accounts.user_role (
	user_id uuid        not null references accounts.user_account (id) on delete cascade,
	role    varchar(30) not null,
	primary key (user_id, role)
);

-- single-use links sent by e-mail (address confirmation, password reset, staff invitation); only a hash is kept
create table accounts.account_token (
	id          uuid primary key,
	user_id     uuid        not null references accounts.user_account (id) on delete cascade,
	purpose     varchar(30) not null,
	token_hash  char(64)    not null,
	created_at  timestamptz not null,
	expires_at  timestamptz not null,
	used_at     timestamptz,
	constraint account_token_hash_uk unique (token_hash)
);
create index account_token_user_idx on accounts.account_token (user_id, purpose);
