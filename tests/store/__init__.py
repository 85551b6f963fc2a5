"""The store's contract: every test here that takes `store` or `store_location` runs once against a SQLite file
and once against a PostgreSQL schema (skipped, with the reason, where no server is reachable)."""
