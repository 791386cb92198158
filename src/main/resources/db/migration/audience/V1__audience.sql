create schema if not exists audience;

-- one row per page view, from imported access logs now and from live measurement later; never an IP address:
-- the visitor is a keyed hash (HMAC) of what identifies a browser (in logs, the IP address and the User-Agent)
create table audience.page_view (
	visitor    bytea        not null,
	viewed_at  timestamptz  not null,
	path       varchar(500) not null,
	search     boolean      not null,
	device     varchar(7)   not null,
	source     varchar(4)   not null,
	-- identifies the origin of the row (the hash of a log line without its IP address) so that an import repeated,
	-- or overlapping an earlier one, adds nothing
	dedup_key  bytea        not null,
	constraint page_view_device_ck check (device in ('desktop', 'mobile', 'tablet')),
	constraint page_view_source_ck check (source in ('log', 'live')),
	-- also the row's identity: no surrogate key, one index less to maintain on import
	constraint page_view_pk primary key (dedup_key)
);
-- the report reads the page views of a time range, visitor by visitor and in time order
create index page_view_viewed_at_idx on audience.page_view (viewed_at);

-- when each visitor was first seen, in all the data: tells the new visitors of a period whatever the import order
create table audience.visitor (
	visitor     bytea       primary key,
	first_seen  timestamptz not null
);
create index visitor_first_seen_idx on audience.visitor (first_seen);

-- the access logs already imported, by the SHA-256 of their bytes
create table audience.imported_log (
	fingerprint  char(64)      primary key,
	file_name    varchar(500)  not null,
	imported_at  timestamptz   not null,
	lines        bigint        not null,
	page_views   bigint        not null,
	added        bigint        not null,
	unreadable   bigint        not null
);
