-- live measurement: where the visit came from (a category, never the referring address) and, for internal
-- searches, how many results the search gave (the query itself is never stored); both empty for imported logs
alter table audience.page_view
	add column referrer        varchar(8),
	add column search_results  integer,
	add constraint page_view_referrer_ck
		check (referrer in ('direct', 'search', 'social', 'site', 'campaign', 'internal'));

-- the figures of each day and source, kept for good: the raw page views of a day are purged after the retention
-- period, once the day is rolled up here (raw_purged then tells the report to read the day from here)
create table audience.daily_figures (
	day           date        not null,
	source        varchar(4)  not null,
	visitors      bigint      not null,
	new_visitors  bigint      not null,
	visits        bigint      not null,
	page_views    bigint      not null,
	searches      bigint      not null,
	desktop       bigint      not null,
	mobile        bigint      not null,
	tablet        bigint      not null,
	raw_purged    boolean     not null default false,
	computed_at   timestamptz not null,
	constraint daily_figures_pk primary key (day, source),
	constraint daily_figures_source_ck check (source in ('log', 'live'))
);

-- the accompaniment funnel, counted per day and step: no visitor, no person
create table audience.funnel_count (
	day    date        not null,
	step   varchar(20) not null,
	count  bigint      not null,
	constraint funnel_count_pk primary key (day, step)
);
