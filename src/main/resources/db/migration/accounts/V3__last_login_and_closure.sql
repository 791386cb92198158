-- when the person last logged in (shown in their data export), and when they closed their account themselves
alter table accounts.user_account add column last_login_at timestamptz;
alter table accounts.user_account add column closed_at timestamptz;
