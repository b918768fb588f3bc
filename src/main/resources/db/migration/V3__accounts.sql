-- People who sign in. No IP address or user agent is ever stored.
create table account (
    id                 uuid         not null primary key,
    email              varchar(320) not null unique,
    display_name       varchar(120) not null,
    password_hash      varchar(200) not null,
    role               varchar(32)  not null,
    totp_secret        varchar(64),
    totp_confirmed     boolean      not null,
    created_at         timestamp with time zone not null,
    version            bigint       not null
);

-- One-time recovery codes for a lost authenticator, kept only as hashes.
create table account_recovery_code (
    account_id uuid         not null references account (id) on delete cascade,
    code_hash  varchar(200) not null,
    primary key (account_id, code_hash)
);
