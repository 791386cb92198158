-- the last time step whose two-factor code was accepted, so that a code cannot be replayed within its step
alter table accounts.user_account add column totp_last_step bigint;
