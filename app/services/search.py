"""Finding a family anywhere in the worker's teams (an administrator: everywhere)."""
from __future__ import annotations

from app.audit import log_access, log_family_reads
from app.context import ServiceContext
from app.queries.family_search import DEFAULT_LIMIT, FamilySearchResult, SearchKind, parse_search, search_families
from app.validation import searchable
from models.enums import AuditEvent, Role

MAX_LIMIT = 1000  # a search shows a screenful; no caller needs more, and SQL LIMIT has a range


class SearchService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def find_families(self, text: str, limit: int = DEFAULT_LIMIT) -> FamilySearchResult:
        """Families by BSN, date of birth or name (see :mod:`app.queries.family_search`), at most ``limit``.

        Logged as a search with the kind and the number of hits, never the text: it may be a BSN or
        a name; and as a read of each family shown (its members, case and director are on screen). Text that is no valid search (empty, a BSN failing the 11-check, no real date) is
        answered without touching the database.
        """
        user = self.ctx.require_user()
        query = parse_search(searchable(text), self.ctx.clock.today())
        if query.kind not in (SearchKind.BSN, SearchKind.DATE_OF_BIRTH, SearchKind.NAME):
            return FamilySearchResult(query.kind)
        team_ids = None if user.role is Role.ADMIN else user.team_ids
        with self.ctx.uow() as uow:
            result = search_families(uow.session, query, team_ids=team_ids, limit=max(1, min(limit, MAX_LIMIT)))
            more = "+" if result.more else ""
            log_access(uow.session, self.ctx, AuditEvent.SEARCH, "family",
                       detail=f"{query.kind.value} search, {len(result.rows)}{more} hit(s)")
            log_family_reads(uow.session, self.ctx, [hit.family_id for hit in result.rows], "search hit")
            uow.commit()
            return result
