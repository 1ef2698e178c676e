-- A refresh token is good for one refresh: its id is recorded when redeemed, so a copied or replayed one is refused.
-- Rows are kept until the token would have expired anyway, then deleted.
create table redeemed_refresh_tokens (
    token_id     uuid primary key,
    username     varchar(64) not null,
    redeemed_at  timestamptz not null default now(),
    expires_at   timestamptz not null
);
create index redeemed_refresh_tokens_expiry_idx on redeemed_refresh_tokens (expires_at);
