-- orderd schema, version 6: indexes that give the audit's per-batch
-- reads (lib/sink.c, refdata_fetch) the same cost however many orders
-- are stored (issue 11).
--
-- The credit rule sums, per customer of the batch, the totals of its
-- approved orders since balance_as_of that are not cancelled or refunded.
-- The index holds exactly those rows, ordered by approval time, with the
-- total: an index-only range scan of the customer's recent approvals,
-- without a visit of the table rows (once vacuum has marked the pages
-- visible).
CREATE INDEX orders_credit_sum ON orders (customer_ref_matched, approved_at) INCLUDE (total)
    WHERE audit_outcome = 'approved' AND status NOT IN ('cancelled', 'refunded');
DROP INDEX orders_credit;

-- The duplicate rule compares an order with the orders of the same phone,
-- or of the same customer, that have the same SKU multiset within its
-- window. The audit now asks for those pairs only, so the rows read are
-- the candidates rather than every order of the batch's phones and
-- customers in the window. md5() keeps the key short whatever the number
-- of lines (a B-tree entry is limited to about 2.7 kB).
CREATE INDEX orders_dup_phone_skus ON orders (phone_norm, md5(sku_multiset), placed_at)
    WHERE phone_norm IS NOT NULL AND sku_multiset IS NOT NULL;
CREATE INDEX orders_dup_customer_skus
    ON orders (customer_ref_matched, md5(sku_multiset), placed_at)
    WHERE customer_ref_matched IS NOT NULL AND sku_multiset IS NOT NULL;
DROP INDEX orders_dup_phone;
DROP INDEX orders_dup_customer;
