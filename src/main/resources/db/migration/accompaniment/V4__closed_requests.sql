-- a request whose person closed their account before it was assigned is closed without a referent
alter table accompaniment.dossier drop constraint dossier_referent_ck;
alter table accompaniment.dossier add constraint dossier_referent_ck check (status <> 'OPEN' or referent_id is not null);
