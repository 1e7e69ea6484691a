-- 0036: the two halves of a sheet scanned in two uploads (issue 15). A multi-page sheet whose pages reach the counting
-- committee member in two uploads was read as a sheet missing a page in the first and a page seen twice in the
-- second. Now the later upload's pages complete the earlier, still undecided, part: the later row holds the whole
-- sheet (its boxes include the earlier part's) and the earlier row records which row it joined, so it counts for
-- nothing by itself. Each row also records the sheet page of each of its upload pages, to show each box on its image.
-- A row links to a row of the same paper sheet, never to a person (ADR 0013, ADR 0023).

ALTER TABLE scan_sheets ADD COLUMN sheet_pages integer[] NOT NULL DEFAULT '{}';
ALTER TABLE scan_sheets ADD COLUMN joined_into uuid;
ALTER TABLE scan_sheets ALTER COLUMN sheet_pages DROP DEFAULT;
ALTER TABLE scan_sheets ADD CONSTRAINT fk_scan_sheets_scan_sheets_joined_into FOREIGN KEY (joined_into) REFERENCES scan_sheets (id) ON DELETE SET NULL;
CREATE INDEX ix_scan_sheets_joined_into ON scan_sheets (joined_into);

-- Rows read before: a page with a code has boxes on its page (every page of a layout has a line), so a row's sheet
-- pages are its boxes' pages when they are as many as its upload pages; otherwise (an unread page) none is known.
UPDATE scan_sheets s SET sheet_pages = b.pages
FROM (
    SELECT id, ARRAY(SELECT DISTINCT (box ->> 'page')::integer FROM jsonb_array_elements(boxes) AS box ORDER BY 1) AS pages
    FROM scan_sheets
) AS b
WHERE b.id = s.id AND cardinality(b.pages) = cardinality(s.pages);
