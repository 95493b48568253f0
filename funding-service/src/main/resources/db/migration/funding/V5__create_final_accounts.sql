-- When a fund last said it cannot commit more; cleared when its appropriation grows, so FundExhausted goes out once.
alter table fund add column exhausted_at timestamptz;

-- A fund's final account for its fiscal year, closed once its year is over: the figures at closing, for ever.
create table final_account (
    fund_id        uuid primary key references fund (id),
    fiscal_year    integer       not null,
    appropriation  numeric(16, 2) not null,
    committed      numeric(16, 2) not null,
    disbursed      numeric(16, 2) not null,
    returned       numeric(16, 2) not null,
    execution_rate numeric(5, 4) not null,
    closed_by      text          not null,
    closed_at      timestamptz   not null,
    constraint final_account_within_appropriation check (committed + disbursed <= appropriation)
);
