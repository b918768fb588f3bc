-- The OPDS feed reads the library one page at a time, latest change first (then by id):
-- this index gives each page, and the latest change, without sorting the whole table.
create index resource_latest_first on resource (updated_at desc, id desc);
