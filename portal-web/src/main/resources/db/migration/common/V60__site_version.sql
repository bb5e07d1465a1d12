-- Counts changes to what the public sees, so every instance knows when to drop the answers it keeps in memory.
create table site_version (
    id      int    not null primary key,
    version bigint not null
);
insert into site_version (id, version) values (1, 0);
