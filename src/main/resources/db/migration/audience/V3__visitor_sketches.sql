-- the distinct visitors of each day and source, as a HyperLogLog sketch of their keys (Apache DataSketches, HLL_4,
-- lgK 14): sketches of several days merge into the distinct visitors of a period whose raw page views are purged,
-- a visitor who came on several days counting once; empty for days rolled up before sketches were kept
alter table audience.daily_figures add column visitor_sketch bytea;
