-- commerce_seed--1.1.sql: built by the Makefile from the files in schema/; edit those, not this one.

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION commerce_seed" to load this file. \quit

-- CREATE EXTENSION runs this script with the target schema first on
-- search_path, and whoever can create objects there (in PostgreSQL 15 the
-- database owner owns public) could plant an operator or function that is a
-- better match than the built-in one, say * on (integer, numeric); the views,
-- materialized views and constraints below would bind it, and it would then
-- run with the rights of every role that refreshes, verifies or reads them.
-- Every object this script creates or refers to of its own is written
-- @extschema@.name, so the path needs nothing but pg_catalog: with it, every
-- operator, function and type name binds to the built-in one.  SET LOCAL,
-- not SET: CREATE EXTENSION restores the caller's search_path when the
-- script ends only if the script did not SET it for the session.
-- (sql/security.sql plants look-alikes for everything the script binds.)
SET LOCAL search_path = pg_catalog, pg_temp;
