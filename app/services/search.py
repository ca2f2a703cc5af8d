"""Finding a family anywhere in the worker's teams (an administrator: everywhere)."""
from __future__ import annotations

from app.access import visible_team_ids
from app.audit import log_access, log_family_reads
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.queries.family_search import DEFAULT_LIMIT, FamilySearchResult, SearchKind, parse_search, search_families
from app.validation import searchable
from models.enums import AuditEvent

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
        team_ids = visible_team_ids(user)
        with self.ctx.uow() as uow:
            result = search_families(uow.session, query, team_ids=team_ids, limit=max(1, min(limit, MAX_LIMIT)))
            code = DetailCode.SEARCH_MORE if result.more else DetailCode.SEARCH
            log_access(uow.session, self.ctx, AuditEvent.SEARCH, "family",
                       detail=detail(code, kind=query.kind.value, hits=len(result.rows)))
            log_family_reads(uow.session, self.ctx, [hit.family_id for hit in result.rows],
                             detail(DetailCode.SEARCH_HIT))
            uow.commit()
            return result
