-- 0003-list-indexes.sql: the orders the window's lists open in
--
-- The cadre list opens sorted by name. With this index the 100,000 keys come from one scan of
-- the index (with rowid breaking ties) instead of a sort of the table: the list of a large
-- school shows in a few milliseconds.
CREATE INDEX cadre_name ON cadre (name);
