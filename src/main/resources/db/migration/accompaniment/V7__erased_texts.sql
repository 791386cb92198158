-- the text of a message or note erased when its person closed their account: an empty text and a flag, shown in the
-- reader's language at display time (no sentence of one language stored in the data)
alter table accompaniment.message add column erased boolean not null default false;
alter table accompaniment.note add column erased boolean not null default false;
update accompaniment.message set body = '', erased = true where body = '[message effacé : compte fermé]';
update accompaniment.note set body = '', erased = true where body = '[note effacée : compte fermé]';
