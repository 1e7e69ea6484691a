-- 0040: the registry's list walks the name-order index (ix_cadres_name_order, carrying the search and scope columns)
-- without visiting the table only where the table's pages are marked all-visible, which VACUUM does. By default
-- autovacuum visits a table after a fifth of its rows were inserted or changed: 220,000 at national size, so after an
-- import of 100,000 cadres the walk fetched every row of the new pages from the table (12 % of them in a broad search)
-- until then. Measured at 1,000,110 cadres, 100 users (bench/README.md, 5 December): search p95 194 ms with those
-- pages, 89 ms all-visible. A hundredth of inserts and a fiftieth of changes now start it.
ALTER TABLE cadres SET (autovacuum_vacuum_insert_scale_factor = 0.01, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);
