-- 0006: the cadre list's order index also carries what the list filters on (the folded name for the search and the
-- organisation for the scope) and the id, so a page is found by an index-only walk in name order: a search whose
-- matches cluster under a few given names ("hung") no longer fetches tens of thousands of table rows to discard them.
-- The code joins the key so the order (given name, full name, code) is read off the index without a final sort.

DROP INDEX ix_cadres_given_name_full_name;

CREATE INDEX ix_cadres_name_order ON cadres (given_name, full_name, code) INCLUDE (search_name, organisation_id, id);
