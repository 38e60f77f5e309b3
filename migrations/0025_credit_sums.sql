-- orderd schema, version 25: the credit rule's sums kept per customer
-- (issue 11: the same per-batch database cost whatever the table size).
--
-- The credit rule (docs/audit.md, credit_limit) needs, for each customer
-- of a batch, the totals of its approved orders since finance loaded
-- open_balance (approved_at > customers.balance_as_of) that are not
-- cancelled or refunded. Versions 6 to 24 summed them for every batch
-- from the index orders_credit_sum: one range of the index per customer,
-- as long as the customer's approved orders since balance_as_of. A shop
-- that loads balances rarely sums every order of the customer again and
-- again: at 1,000,000 stored orders the audit's reads took 62 ms a batch
-- against 35 at 100,000, and the sums of 470 customers with about 87
-- such orders each took about 0.2 ms a customer (100 ms a batch) where
-- 4 orders each took 0.01 ms.
--
-- customer_credit keeps that sum per customer ref, maintained by
-- statement triggers with transition tables:
--
--   * after an INSERT, UPDATE or DELETE of orders, each customer of the
--     old and new rows gets the totals of its new rows that count minus
--     those of its old rows that counted (an order counts when it
--     names an existing customer in customer_ref_matched, is approved,
--     was approved after the customer's balance_as_of and is neither
--     cancelled nor refunded), in one INSERT … ON CONFLICT; TRUNCATE
--     orders empties it;
--   * after an INSERT of customers, or an UPDATE that changes ref or
--     balance_as_of (orderctl import of open_balance), the customers'
--     sums are computed again from orders; a DELETE or TRUNCATE of
--     customers drops theirs.
--
-- Before it writes, the orders trigger locks the customers it changes
-- FOR SHARE, so that an UPDATE of a customer's balance_as_of waits for
-- the transaction that adds to its sum, or that transaction waits for it
-- and then reads the new balance_as_of (READ COMMITTED: each statement
-- of the function reads what is committed when it starts). The sink
-- already holds those rows FOR UPDATE (two batches cannot spend one
-- credit line), so for it the lock costs no wait.
--
-- The readers (lib/sink_refdata.c, the audit's customers) read the sum
-- from customer_credit by primary key. A binary of version 24 still sums
-- orders itself and gets the same figure.

CREATE TABLE customer_credit (
    ref            text PRIMARY KEY,
    approved_since numeric NOT NULL DEFAULT 0
);

-- The credit the orders of a statement add to or take from their
-- customers.
CREATE FUNCTION orderd_credit_orders()
RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    v_refs text[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM customer_credit;
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        v_refs := ARRAY(SELECT DISTINCT n.customer_ref_matched FROM new_rows n
                         WHERE n.audit_outcome = 'approved'
                           AND n.customer_ref_matched IS NOT NULL);
    ELSIF TG_OP = 'DELETE' THEN
        v_refs := ARRAY(SELECT DISTINCT o.customer_ref_matched FROM old_rows o
                         WHERE o.audit_outcome = 'approved'
                           AND o.customer_ref_matched IS NOT NULL);
    ELSE
        v_refs := ARRAY(SELECT n.customer_ref_matched FROM new_rows n
                         WHERE n.audit_outcome = 'approved'
                           AND n.customer_ref_matched IS NOT NULL
                        UNION
                        SELECT o.customer_ref_matched FROM old_rows o
                         WHERE o.audit_outcome = 'approved'
                           AND o.customer_ref_matched IS NOT NULL);
    END IF;
    IF cardinality(v_refs) = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM customers c WHERE c.ref = ANY (v_refs) ORDER BY c.ref FOR SHARE OF c;

    IF TG_OP = 'INSERT' THEN
        INSERT INTO customer_credit AS k (ref, approved_since)
        SELECT c.ref, sum(n.total)
          FROM new_rows n JOIN customers c ON c.ref = n.customer_ref_matched
         WHERE n.audit_outcome = 'approved' AND n.approved_at > c.balance_as_of
           AND n.status NOT IN ('cancelled', 'refunded')
         GROUP BY c.ref
         ORDER BY c.ref
        ON CONFLICT (ref) DO UPDATE SET approved_since = k.approved_since + excluded.approved_since;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO customer_credit AS k (ref, approved_since)
        SELECT c.ref, -sum(o.total)
          FROM old_rows o JOIN customers c ON c.ref = o.customer_ref_matched
         WHERE o.audit_outcome = 'approved' AND o.approved_at > c.balance_as_of
           AND o.status NOT IN ('cancelled', 'refunded')
         GROUP BY c.ref
         ORDER BY c.ref
        ON CONFLICT (ref) DO UPDATE SET approved_since = k.approved_since + excluded.approved_since;
    ELSE
        INSERT INTO customer_credit AS k (ref, approved_since)
        SELECT c.ref, sum(d.amount)
          FROM (SELECT n.customer_ref_matched AS ref, n.total AS amount, n.approved_at, n.status
                  FROM new_rows n WHERE n.audit_outcome = 'approved'
                UNION ALL
                SELECT o.customer_ref_matched, -o.total, o.approved_at, o.status
                  FROM old_rows o WHERE o.audit_outcome = 'approved') d
          JOIN customers c ON c.ref = d.ref
         WHERE d.approved_at > c.balance_as_of AND d.status NOT IN ('cancelled', 'refunded')
         GROUP BY c.ref
        HAVING sum(d.amount) <> 0
         ORDER BY c.ref
        ON CONFLICT (ref) DO UPDATE SET approved_since = k.approved_since + excluded.approved_since;
    END IF;
    RETURN NULL;
END
$fn$;

-- A customer's sum computed again from orders: a new customer, a new
-- balance_as_of or ref; a deleted customer's sum dropped.
CREATE FUNCTION orderd_credit_customers()
RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
    v_refs text[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        DELETE FROM customer_credit;
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        DELETE FROM customer_credit k WHERE k.ref IN (SELECT o.ref FROM old_rows o);
        RETURN NULL;
    ELSIF TG_OP = 'UPDATE' THEN
        -- A ref that is gone: its sum is dropped.
        DELETE FROM customer_credit k
         WHERE k.ref IN (SELECT o.ref FROM old_rows o EXCEPT SELECT n.ref FROM new_rows n);
    END IF;
    IF TG_OP = 'INSERT' THEN
        v_refs := ARRAY(SELECT n.ref FROM new_rows n);
    ELSE
        v_refs := ARRAY(SELECT n.ref FROM new_rows n
                        EXCEPT SELECT o.ref FROM old_rows o
                         WHERE (o.ref, o.balance_as_of)
                               IN (SELECT x.ref, x.balance_as_of FROM new_rows x));
    END IF;
    IF cardinality(v_refs) = 0 THEN
        RETURN NULL;
    END IF;
    INSERT INTO customer_credit AS k (ref, approved_since)
    SELECT c.ref,
           coalesce((SELECT sum(o.total) FROM orders o
                      WHERE o.customer_ref_matched = c.ref AND o.audit_outcome = 'approved'
                        AND o.approved_at > c.balance_as_of
                        AND o.status NOT IN ('cancelled', 'refunded')), 0)
      FROM customers c
     WHERE c.ref = ANY (v_refs)
     ORDER BY c.ref
    ON CONFLICT (ref) DO UPDATE SET approved_since = excluded.approved_since;
    RETURN NULL;
END
$fn$;

INSERT INTO customer_credit (ref, approved_since)
SELECT c.ref,
       coalesce((SELECT sum(o.total) FROM orders o
                  WHERE o.customer_ref_matched = c.ref AND o.audit_outcome = 'approved'
                    AND o.approved_at > c.balance_as_of
                    AND o.status NOT IN ('cancelled', 'refunded')), 0)
  FROM customers c;

CREATE TRIGGER orders_credit_insert AFTER INSERT ON orders REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_credit_orders();
CREATE TRIGGER orders_credit_update AFTER UPDATE ON orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_credit_orders();
CREATE TRIGGER orders_credit_delete AFTER DELETE ON orders REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_credit_orders();
CREATE TRIGGER orders_credit_truncate AFTER TRUNCATE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_credit_orders();
CREATE TRIGGER customers_credit_insert AFTER INSERT ON customers
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_credit_customers();
CREATE TRIGGER customers_credit_update AFTER UPDATE ON customers
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_credit_customers();
CREATE TRIGGER customers_credit_delete AFTER DELETE ON customers
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_credit_customers();
CREATE TRIGGER customers_credit_truncate AFTER TRUNCATE ON customers
    FOR EACH STATEMENT EXECUTE FUNCTION orderd_credit_customers();

-- The trigger functions run as their owner with the schema's search_path,
-- as version 24's do: whoever writes orders or customers needs no
-- privilege on customer_credit.
DO $$
DECLARE
    f text;
BEGIN
    FOREACH f IN ARRAY ARRAY['orderd_credit_orders()', 'orderd_credit_customers()'] LOOP
        EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp',
                       f, current_schema());
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END
$$;

-- Who reads customers reads customer_credit: the daemon's audit,
-- orderctl's re-audit (console) and the read-only role, with the roles
-- of version 13 on (and an administrator's later orderd_setup_roles()).
ALTER FUNCTION orderd_setup_roles() RENAME TO orderd_setup_roles_0022;

CREATE FUNCTION orderd_setup_roles()
RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    PERFORM orderd_setup_roles_0022();
    PERFORM orderd_credit_0025_grants();
END
$fn$;

CREATE FUNCTION orderd_credit_0025_grants()
RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
    GRANT SELECT ON customer_credit TO orderd_ingest, orderd_console, orderd_readonly;
END
$fn$;

REVOKE ALL ON FUNCTION orderd_setup_roles() FROM PUBLIC;
REVOKE ALL ON FUNCTION orderd_setup_roles_0022() FROM PUBLIC;
REVOKE ALL ON FUNCTION orderd_credit_0025_grants() FROM PUBLIC;

SELECT orderd_credit_0025_grants()
  FROM pg_proc
 WHERE oid = 'orderd_stage(text, jsonb)'::regprocedure AND prosecdef;
