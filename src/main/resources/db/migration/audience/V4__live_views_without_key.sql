-- live page views come from no log line, so nothing can bring them twice: they no longer carry a de-duplication
-- key, and recording one maintains a single index (viewed_at, in time order) instead of also inserting a random key
-- into a second one. Imported rows keep their key, still unique.
alter table audience.page_view drop constraint page_view_pk;
alter table audience.page_view alter column dedup_key drop not null;
create unique index page_view_dedup_key_uq on audience.page_view (dedup_key) where dedup_key is not null;
alter table audience.page_view
	add constraint page_view_dedup_key_ck check (source = 'live' or dedup_key is not null);
