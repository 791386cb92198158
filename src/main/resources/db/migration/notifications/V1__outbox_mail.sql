create schema if not exists notifications;

-- every e-mail Boussole sends goes through this table first: a background job sends it, retries it, and keeps it as
-- the administrators' log until it is purged
create table notifications.outbox_mail (
	id              uuid primary key,
	recipient       varchar(254)  not null,
	subject         varchar(300)  not null,
	text_body       text          not null,
	html_body       text,
	language        varchar(10)   not null,
	status          varchar(10)   not null,
	attempts        integer       not null default 0,
	next_attempt_at timestamptz   not null,
	last_error      varchar(1000),
	created_at      timestamptz   not null,
	sent_at         timestamptz,
	constraint outbox_mail_status_ck check (status in ('PENDING', 'SENT', 'FAILED'))
);
create index outbox_mail_due_idx on notifications.outbox_mail (next_attempt_at) where status = 'PENDING';
create index outbox_mail_created_idx on notifications.outbox_mail (created_at desc);
