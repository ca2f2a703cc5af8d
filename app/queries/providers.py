"""Read side of providers (aanbieders), their products and the segments."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.codelists import PRODUCT_CATEGORIES, UNITS
from models import Product, Provider, Segment


@dataclass(frozen=True)
class SegmentRow:
    id: int
    code: str
    name: str
    needs_referral: bool
    active: bool = True
    position: int = 0
    version: int = 1


@dataclass(frozen=True)
class ProductDTO:
    id: int
    provider_id: int
    name: str
    category_code: str
    category_label: str         # official iJw (JZ020) name
    regional_code: str | None
    segment_id: int | None
    segment_code: str | None
    unit_code: str | None
    unit_label: str | None      # official iJw name
    active: bool
    version: int
    max_weeks: int | None = None       # the norm for help with the product (app/queries/extensions.py)
    max_extensions: int | None = None


@dataclass(frozen=True)
class ProviderDTO:
    id: int
    name: str
    agb_code: str | None
    active: bool
    version: int
    products: tuple[ProductDTO, ...]  # by name

    @property
    def active_products(self) -> tuple[ProductDTO, ...]:
        return tuple(p for p in self.products if p.active)


def segment_rows(session: Session, *, include_inactive: bool = False) -> list[SegmentRow]:
    q = select(Segment.id, Segment.code, Segment.name, Segment.needs_referral, Segment.active, Segment.position,
               Segment.version)
    if not include_inactive:
        q = q.where(Segment.active.is_(True))
    return [SegmentRow(*r) for r in session.execute(q.order_by(Segment.position, Segment.code))]


def segment_row(session: Session, segment_id: int) -> SegmentRow:
    return next(r for r in segment_rows(session, include_inactive=True) if r.id == segment_id)


def product_dto(p: Product, segment_codes: dict[int, str]) -> ProductDTO:
    return ProductDTO(
        id=p.id, provider_id=p.provider_id, name=p.name, category_code=p.category_code,
        category_label=PRODUCT_CATEGORIES.get(p.category_code, p.category_code), regional_code=p.regional_code,
        segment_id=p.segment_id, segment_code=segment_codes.get(p.segment_id) if p.segment_id else None,
        unit_code=p.unit_code, unit_label=UNITS.get(p.unit_code) if p.unit_code else None, active=p.active,
        version=p.version, max_weeks=p.max_weeks, max_extensions=p.max_extensions,
    )


def provider_dtos(session: Session, *, provider_ids: list[int] | None = None,
                  include_inactive: bool = True) -> list[ProviderDTO]:
    """Providers by name with their products (inactive products included, flagged)."""
    q = select(Provider)
    if provider_ids is not None:
        q = q.where(Provider.id.in_(provider_ids))
    if not include_inactive:
        q = q.where(Provider.active.is_(True))
    providers = list(session.scalars(q.order_by(Provider.name, Provider.id)))
    if not providers:
        return []
    codes = dict(session.execute(select(Segment.id, Segment.code)).all())
    products: dict[int, list[ProductDTO]] = defaultdict(list)
    for p in session.scalars(select(Product).where(Product.provider_id.in_([v.id for v in providers]))
                             .order_by(Product.name, Product.id)):
        products[p.provider_id].append(product_dto(p, codes))
    return [ProviderDTO(v.id, v.name, v.agb_code, v.active, v.version, tuple(products[v.id])) for v in providers]


def provider_dto(session: Session, provider_id: int) -> ProviderDTO:
    return provider_dtos(session, provider_ids=[provider_id])[0]
