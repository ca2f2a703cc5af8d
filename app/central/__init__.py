"""The central PostgreSQL database: database roles, signing in as the login role, connection profiles."""
