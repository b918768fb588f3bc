-- Password-reset links: only a hash of each link's secret is kept; a link expires and works once.
create table account_reset (
    token_hash varchar(64) not null primary key,
    account_id uuid        not null references account (id) on delete cascade,
    expires_at timestamp with time zone not null,
    used       boolean     not null
);
