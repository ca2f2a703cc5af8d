"""Application core: configuration, database, services and queries. No Qt here."""
