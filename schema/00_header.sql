-- commerce_seed--1.1.sql: built by the Makefile from the files in schema/; edit those, not this one.

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION commerce_seed" to load this file. \quit
