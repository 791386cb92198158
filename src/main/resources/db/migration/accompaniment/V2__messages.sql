-- the conversation of a dossier between the beneficiary and their referent: plain text, read receipts,
-- and the token of the form each message came from (a form sent twice stores one message)
create table accompaniment.message (
	id                  uuid primary key,
	dossier_id          uuid           not null references accompaniment.dossier (id),
	author_id           uuid           not null,
	from_beneficiary    boolean        not null,
	body                varchar(5000)  not null,
	sent_at             timestamptz    not null,
	read_at             timestamptz,
	form_token          uuid           not null,
	recipient_notified  boolean        not null,
	constraint message_form_token_uk unique (form_token)
);
create index message_dossier_idx on accompaniment.message (dossier_id, sent_at);
create index message_unread_idx on accompaniment.message (dossier_id, from_beneficiary) where read_at is null;

-- files attached to messages: kept under <data-dir>/attachments/<stored_name>, a random name;
-- the name the person gave is only shown and offered on download
create table accompaniment.attachment (
	id             uuid primary key,
	message_id     uuid          not null references accompaniment.message (id),
	dossier_id     uuid          not null references accompaniment.dossier (id),
	original_name  varchar(200)  not null,
	content_type   varchar(100)  not null,
	size_bytes     bigint        not null,
	stored_name    varchar(36)   not null,
	constraint attachment_stored_name_uk unique (stored_name)
);
create index attachment_dossier_idx on accompaniment.attachment (dossier_id);
