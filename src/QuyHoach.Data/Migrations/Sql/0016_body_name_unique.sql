-- 0016: one body of a given name per organisation.
--
-- "Tạo tập thể" submitted twice (a double click, a retry) would otherwise create two bodies of the same name, and a
-- convening list could then be built from either. The handler answers the repeat with the body already created.
-- Bodies that already share a name keep working: the later ones are renamed with a suffix the staff can see and fix.

UPDATE bodies b SET name = left(b.name, 280) || ' (trùng tên ' || d.rn || ')'
FROM (SELECT id, row_number() OVER (PARTITION BY organisation_id, name ORDER BY id) AS rn FROM bodies) d
WHERE d.id = b.id AND d.rn > 1;

CREATE UNIQUE INDEX ix_bodies_name_organisation_id ON bodies (name, organisation_id);
