-- commerce_seed--1.0--1.1.sql: update an installed 1.0 to 1.1.
--
-- After this script the extension's objects are exactly those of a fresh 1.1
-- install (sql/upgrade.sql compares the two), and seeded data is kept.

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION commerce_seed UPDATE TO '1.1'" to load this file. \quit

