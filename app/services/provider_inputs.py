"""Input values for providers and products and their field rules (shared with the CSV import)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.codelists import PRODUCT_CATEGORIES, UNITS, is_agb_code
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.providers import ProductDTO, ProviderDTO, SegmentRow
from app.validation import FieldErrors
from models import Product, Provider, Segment

NAME_MAX = 160
REGIONAL_CODE_MAX = 5
SEGMENT_CODE_MAX = 10
SEGMENT_NAME_MAX = 120
POSITION_MAX = 999


@dataclass(frozen=True)
class ProviderInput:
    name: str
    agb_code: str | None = None

    @classmethod
    def from_dto(cls, p: ProviderDTO) -> ProviderInput:
        return cls(p.name, p.agb_code)


@dataclass(frozen=True)
class ProductInput:
    name: str
    category_code: str           # iJw JZ020
    segment_id: int | None
    regional_code: str | None = None
    unit_code: str | None = None  # iJw unit
    max_weeks: int | None = None       # the norm: at most this many weeks of help from its start
    max_extensions: int | None = None  # and at most this many extensions

    @classmethod
    def from_dto(cls, p: ProductDTO) -> ProductInput:
        return cls(p.name, p.category_code, p.segment_id, p.regional_code, p.unit_code, p.max_weeks,
                   p.max_extensions)


@dataclass(frozen=True)
class SegmentInput:
    code: str
    name: str
    needs_referral: bool
    position: int = 0

    @classmethod
    def from_row(cls, s: SegmentRow) -> SegmentInput:
        return cls(s.code, s.name, s.needs_referral, s.position)


# -- field rules, shared with the CSV import and the involvements ------------------------------------

def agb_field(errors: FieldErrors, field: str, value: str | None) -> str | None:
    """An optional AGB code: spaces removed, 8 digits."""
    agb = "".join((value or "").split())
    if agb and not is_agb_code(agb):
        errors.add(field, QT_TRANSLATE_NOOP("Errors", "An AGB code is 8 digits."))
    return agb or None


def code_field(value: str | None) -> str | None:
    """A two-digit iJw code as typed or exported by a spreadsheet ("4" for "04")."""
    code = (value or "").strip()
    return code.zfill(2) if code.isdigit() and len(code) < 2 else (code or None)


def validate_provider(errors: FieldErrors, data: ProviderInput) -> ProviderInput:
    return ProviderInput(errors.required("name", data.name, NAME_MAX), agb_field(errors, "agb_code", data.agb_code))


def validate_product(errors: FieldErrors, data: ProductInput, segment_ids: set[int]) -> ProductInput:
    """Checked product values; ``segment_ids`` are the segments that may be chosen."""
    name = errors.required("name", data.name, NAME_MAX)
    category = code_field(data.category_code)
    if category not in PRODUCT_CATEGORIES:
        errors.add("category_code", QT_TRANSLATE_NOOP("Errors", "Choose a product category from the iJw list."))
    regional = errors.optional("regional_code", data.regional_code, REGIONAL_CODE_MAX)
    if data.segment_id not in segment_ids:
        errors.add("segment_id", QT_TRANSLATE_NOOP("Errors", "Choose a segment."))
    unit = code_field(data.unit_code)
    if unit is not None and unit not in UNITS:
        errors.add("unit_code", QT_TRANSLATE_NOOP("Errors", "Choose a unit from the iJw list."))
    max_weeks = int(data.max_weeks) if errors.whole_number("max_weeks", data.max_weeks, 1, 520) and \
        data.max_weeks is not None else None
    max_extensions = int(data.max_extensions) if errors.whole_number(
        "max_extensions", data.max_extensions, 0, 50) and data.max_extensions is not None else None
    return ProductInput(name, category or "", data.segment_id, regional, unit, max_weeks, max_extensions)


def agb_taken_by(session: Session, agb: str | None, provider_id: int | None) -> str | None:
    """The name of another provider already holding ``agb``."""
    if agb is None:
        return None
    return session.scalar(select(Provider.name).where(Provider.agb_code == agb, Provider.id != provider_id))


def active_segment_ids(session: Session) -> set[int]:
    return set(session.scalars(select(Segment.id).where(Segment.active.is_(True))))


def validate_segment(errors: FieldErrors, data: SegmentInput) -> SegmentInput:
    """A short code of capitals and digits (``A``, ``B1``), a name, and the place in lists (0-999)."""
    code = (errors.required("code", data.code, SEGMENT_CODE_MAX) or "").upper()
    if code and not (code.isascii() and code.isalnum()):
        errors.add("code", QT_TRANSLATE_NOOP("Errors", "A segment code has letters and digits only, e.g. B1."))
    name = errors.required("name", data.name, SEGMENT_NAME_MAX)
    if isinstance(data.position, bool) or not isinstance(data.position, int) or not 0 <= data.position <= POSITION_MAX:
        errors.add("position", QT_TRANSLATE_NOOP("Errors", "The order is a whole number from 0 to 999."))
    return SegmentInput(code, name, bool(data.needs_referral), data.position)


def segment_code_taken(session: Session, code: str, segment_id: int | None) -> bool:
    return session.scalar(select(Segment.id).where(Segment.code == code, Segment.id != segment_id)) is not None


def segment_needs_referral(session: Session, product_id: int | None) -> bool:
    """Whether help with this product needs a referral (its segment says so)."""
    return bool(product_id) and bool(session.scalar(
        select(Segment.needs_referral).join(Product, Product.segment_id == Segment.id).where(Product.id == product_id)))
