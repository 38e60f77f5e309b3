-- orderd schema, version 23: unit prices finer than a cent.
--
-- Packaging is priced by the piece at 0.125, 0.0385 or 1.2345 (bags,
-- labels, caps bought by the ten thousand); the line's amount is qty x
-- price rounded to the cent. The program keeps a unit price as od_price
-- (ten-thousandths, lib/money.h) and writes it with two to four decimals
-- ("59.00", "0.125", "0.0385"); amounts stay cents.
--
-- order_lines.unit_price and price_lists.unit_price become plain numeric
-- with a CHECK that the scale is at most 4, rather than numeric(18,4):
-- numeric keeps the text as written, so a stored "59.00" still reads back
-- "59.00" (and "0.125" as "0.125"), the JSON the store builds from it
-- (l.unit_price::text) is what the program prints, and an order whose
-- prices are whole cents reads back byte for byte as before. numeric(18,4)
-- would print "59.0000" and every reader would have to format it again.
-- The magnitude stays within what numeric(18,2) held.
--
-- price_lists widens too: a tier price of 0.0385 a label is as common as
-- an order line's, and the audit's price_list rule compares the two
-- exactly (lib/audit_rules_goods.c, in ten-thousandths).
--
-- Removing a numeric typmod rewrites no table; the CHECKs read each table
-- once. No function carries the column's type: the stage tables of
-- version 22 (orderd_stage_open) and the JSON stages of versions 5 to 21
-- already read unit_price as plain numeric, so a binary of version 22 or
-- older keeps working and no function is redefined here (the SECURITY
-- DEFINER, search_path and orderd_setup_roles() grants stay as they are).
-- What those functions inserted into numeric(18,2) was rounded to the
-- cent; now the column keeps up to four decimals and refuses a fifth
-- rather than rounding it.

ALTER TABLE order_lines
    ALTER COLUMN unit_price TYPE numeric,
    ADD CONSTRAINT order_lines_unit_price_scale
        CHECK (scale(unit_price) <= 4 AND abs(unit_price) < 10000000000000000);

ALTER TABLE price_lists
    ALTER COLUMN unit_price TYPE numeric,
    ADD CONSTRAINT price_lists_unit_price_scale
        CHECK (scale(unit_price) <= 4 AND unit_price < 10000000000000000);
