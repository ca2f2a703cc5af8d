"""Use cases: the only API of the UI. Each mutation validates, writes in one unit of work and logs access."""
