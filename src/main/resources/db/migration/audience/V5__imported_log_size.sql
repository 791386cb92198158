-- the size in bytes of each log imported: a file given again is then recognised by its fingerprint alone, read once
-- without being parsed, when a log of the same size was imported; empty for the logs imported before
alter table audience.imported_log add column bytes bigint;
