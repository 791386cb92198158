-- what the staff write in a dossier: private notes (the team only) and shared summaries (also the beneficiary);
-- never edited once written
create table accompaniment.note (
	id          uuid primary key,
	dossier_id  uuid            not null references accompaniment.dossier (id),
	author_id   uuid            not null,
	shared      boolean         not null,
	body        varchar(10000)  not null,
	written_at  timestamptz     not null
);
create index note_dossier_idx on accompaniment.note (dossier_id, written_at desc);

-- lower case without accents, so that the caseload finds "Hélène" when "helene" is typed
create or replace function accompaniment.fold(text) returns text
	language sql immutable strict
	as $$ select translate(lower($1), 'àáâãäåāçćčèéêëēėęìíîïīñńòóôõöøōùúûüūýÿžźż', 'aaaaaaaccceeeeeeeiiiiinnooooooouuuuuyyzzz') $$;

-- the access log of a structure, newest first, for its admins
create index access_log_structure_idx on accompaniment.access_log (structure_id, at desc);
-- the caseload: needs-action rules read the referent's own consultations
create index access_log_actor_idx on accompaniment.access_log (dossier_id, actor_id, action);
