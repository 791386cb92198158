-- Each account counts the times its sessions were ended (password changed or reset, staff
-- membership lost): a session opened before the last end carries an older number and is
-- ended at its next request, on every node.
alter table accounts.user_account add column session_generation integer not null default 0;
