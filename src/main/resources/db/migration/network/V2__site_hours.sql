-- the weekly opening hours of a site (several ranges a day) and the days it is closed (holidays, works),
-- which bound the in-person appointments offered there
create table network.site_opening (
	id           uuid primary key,
	site_id      uuid      not null references network.site (id),
	day_of_week  smallint  not null check (day_of_week between 1 and 7),
	opens        time      not null,
	closes       time      not null,
	constraint site_opening_times_ck check (opens < closes)
);
create index site_opening_site_idx on network.site_opening (site_id, day_of_week, opens);

create table network.site_closure (
	id          uuid primary key,
	site_id     uuid          not null references network.site (id),
	first_day   date          not null,
	last_day    date          not null,
	reason      varchar(200)  not null,
	created_at  timestamptz   not null,
	constraint site_closure_days_ck check (first_day <= last_day)
);
create index site_closure_site_idx on network.site_closure (site_id, last_day);
