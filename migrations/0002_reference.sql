-- orderd schema, version 2: reference data for the audit (customers,
-- products, SKU map, inventory, price lists, blacklist), stock
-- reservations, and the order columns the audit fills.
--
-- An ERP may write these tables directly or load them with
-- `orderctl import KIND FILE.csv` (docs/reference-data.md). Columns that
-- orderd owns (inventory.reserved, stock_reservations) are written by
-- the audit; an ERP leaves them alone.

CREATE TABLE customers (
    ref           text PRIMARY KEY,
    name          text,
    phone         text,
    -- Mainland mobile numbers as 11 digits (+86 / 0086 / 86, spaces and
    -- dashes stripped); other numbers digits only with a leading + kept.
    -- Computed by the writer (orderctl import), compared with the
    -- normalized phone of an order.
    phone_norm    text,
    email         text,
    credit_limit  numeric(18, 2),              -- NULL: no limit
    open_balance  numeric(18, 2) NOT NULL DEFAULT 0,
    balance_as_of timestamptz NOT NULL DEFAULT now(), -- when open_balance was loaded
    price_tier    text,
    blocked       boolean NOT NULL DEFAULT false,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX customers_phone_norm ON customers (phone_norm);
CREATE INDEX customers_email ON customers (lower(email));

CREATE TABLE products (
    sku        text PRIMARY KEY,
    title      text,
    unit       text,
    active     boolean NOT NULL DEFAULT true,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- A channel's own SKU code -> our SKU; one channel unit is `multiplier`
-- units of sku (bundles). No foreign key to products: the two may be
-- loaded in any order, and the sku_known rule reports unknown SKUs.
CREATE TABLE sku_map (
    channel     text NOT NULL,
    channel_sku text NOT NULL,
    sku         text NOT NULL,
    multiplier  integer NOT NULL DEFAULT 1 CHECK (multiplier >= 1),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (channel, channel_sku)
);

-- on_hand comes from the ERP; reserved is orderd's (the sum of the
-- active stock_reservations of the row). on_hand may fall below reserved
-- when a stock count finds less: available is then negative.
CREATE TABLE inventory (
    sku        text NOT NULL,
    warehouse  text NOT NULL,
    on_hand    bigint NOT NULL CHECK (on_hand >= 0),
    reserved   bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sku, warehouse)
);

-- The price of sku for customers of a tier, from valid_from (NULL: since
-- always) until valid_to (NULL: open, exclusive otherwise).
CREATE TABLE price_lists (
    id         bigserial PRIMARY KEY,
    tier       text NOT NULL,
    sku        text NOT NULL,
    unit_price numeric(18, 2) NOT NULL CHECK (unit_price >= 0),
    valid_from timestamptz,
    valid_to   timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_to > valid_from),
    UNIQUE NULLS NOT DISTINCT (tier, sku, valid_from)
);

-- value_norm is what the audit compares: a phone normalized as
-- customers.phone_norm, an e-mail address lower-cased (ASCII), a name or
-- an address substring as given.
CREATE TABLE blacklist (
    id         bigserial PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('phone', 'email', 'name', 'address_substring')),
    value      text NOT NULL,
    value_norm text NOT NULL,
    reason     text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, value_norm)
);

-- Stock held for approved orders; released_at is set when the order is
-- cancelled, refunded or its reservation otherwise ends.
CREATE TABLE stock_reservations (
    id          bigserial PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    sku         text NOT NULL,
    warehouse   text NOT NULL,
    qty         bigint NOT NULL CHECK (qty > 0),
    created_at  timestamptz NOT NULL DEFAULT now(),
    released_at timestamptz
);
CREATE INDEX stock_reservations_order ON stock_reservations (order_id);
CREATE INDEX stock_reservations_active ON stock_reservations (sku, warehouse)
    WHERE released_at IS NULL;

ALTER TABLE orders
    ADD COLUMN recheck_at timestamptz,       -- a wait rule re-audits the order then
    ADD COLUMN customer_ref_matched text;    -- customers.ref the audit matched
CREATE INDEX orders_recheck_at ON orders (recheck_at) WHERE recheck_at IS NOT NULL;
