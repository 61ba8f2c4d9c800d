-- Failed sign-ins with a local password, per account ('account:<username>') and per client address
-- ('address:<ip>'), so that every node throttles alike (security.internal.SignInThrottle). A row is forgotten
-- once its last failure is older than the throttle's forget-after; a successful sign-in removes its account's row.
create table sign_in_failure (
    throttle_key    varchar(200) primary key,
    failures        int          not null,
    last_failure_at timestamp with time zone not null
);
create index sign_in_failure_last on sign_in_failure (last_failure_at);
