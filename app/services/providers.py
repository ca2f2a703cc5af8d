"""Providers (aanbieders) and their products: the administrator's reference list.

Providers are never deleted (involvements refer to them); they are made inactive instead, and
an inactive provider or product is not offered for new involvements. The lists are reference
data, not client records: reading them is not logged, changing them is.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import ConcurrencyConflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.queries.providers import (
    ProductDTO, ProviderDTO, SegmentRow, product_dto, provider_dto, provider_dtos, segment_row, segment_rows,
)
from app.services.provider_import import ImportReport, import_csv
from app.services.provider_inputs import (
    ProductInput, ProviderInput, SegmentInput, active_segment_ids, agb_taken_by, segment_code_taken,
    validate_product, validate_provider, validate_segment,
)
from app.validation import FieldErrors
from models import Product, Provider, Segment
from models.enums import AuditEvent

__all__ = ["ImportReport", "ProductInput", "ProviderInput", "ProviderService", "SegmentInput"]


class ProviderService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------

    def segments(self, include_inactive: bool = False) -> list[SegmentRow]:
        """The segments (A/B/C by default) in their order; the active ones to file a product under."""
        with self.ctx.uow() as uow:
            return segment_rows(uow.session, include_inactive=include_inactive)

    # -- segments --------------------------------------------------------------------------------

    def add_segment(self, data: SegmentInput) -> SegmentRow:
        """A new segment, active at once; its code is unique."""
        self.ctx.require_user()
        errors = FieldErrors()
        data = validate_segment(errors, data)
        with self.ctx.uow() as uow:
            s = uow.session
            self._check_segment_code(s, errors, data.code, None)
            errors.raise_if_any()
            segment = Segment(code=data.code, name=data.name, needs_referral=data.needs_referral,
                              position=data.position, active=True)
            s.add(segment)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, "segment", segment.id)
            row = segment_row(s, segment.id)
            uow.commit()
            return row

    def update_segment(self, segment_id: int, expected_version: int, data: SegmentInput) -> SegmentRow:
        """Renames a segment or changes whether it needs a referral; products keep it."""
        self.ctx.require_user()
        errors = FieldErrors()
        data = validate_segment(errors, data)
        with self.ctx.uow() as uow:
            s = uow.session
            segment = self._segment(s, segment_id, expected_version)
            self._check_segment_code(s, errors, data.code, segment.id)
            errors.raise_if_any()
            segment.code, segment.name = data.code, data.name
            segment.needs_referral, segment.position = data.needs_referral, data.position
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "segment", segment.id)
            row = segment_row(s, segment.id)
            uow.commit()
            return row

    def set_segment_active(self, segment_id: int, expected_version: int, active: bool) -> SegmentRow:
        """An inactive segment is not offered for new products; products that have it keep it."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            segment = self._segment(s, segment_id, expected_version)
            segment.active = active
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "segment", segment.id,
                       detail=detail(DetailCode.ACTIVATED if active else DetailCode.DEACTIVATED))
            row = segment_row(s, segment.id)
            uow.commit()
            return row

    def providers(self, include_inactive: bool = True) -> list[ProviderDTO]:
        """All providers by name, each with its products."""
        with self.ctx.uow() as uow:
            return provider_dtos(uow.session, include_inactive=include_inactive)

    def provider(self, provider_id: int) -> ProviderDTO:
        with self.ctx.uow() as uow:
            self._provider(uow.session, provider_id, None)
            return provider_dto(uow.session, provider_id)

    # -- providers -------------------------------------------------------------------------------

    def create_provider(self, data: ProviderInput) -> ProviderDTO:
        self.ctx.require_user()
        errors = FieldErrors()
        data = validate_provider(errors, data)
        with self.ctx.uow() as uow:
            s = uow.session
            self._check_agb_free(s, errors, data.agb_code, None)
            errors.raise_if_any()
            provider = Provider(name=data.name, agb_code=data.agb_code)
            s.add(provider)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, "provider", provider.id)
            dto = provider_dto(s, provider.id)
            uow.commit()
            return dto

    def update_provider(self, provider_id: int, expected_version: int, data: ProviderInput) -> ProviderDTO:
        self.ctx.require_user()
        errors = FieldErrors()
        data = validate_provider(errors, data)
        with self.ctx.uow() as uow:
            s = uow.session
            provider = self._provider(s, provider_id, expected_version)
            self._check_agb_free(s, errors, data.agb_code, provider.id)
            errors.raise_if_any()
            provider.name, provider.agb_code = data.name, data.agb_code
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "provider", provider.id)
            dto = provider_dto(s, provider.id)
            uow.commit()
            return dto

    def set_provider_active(self, provider_id: int, expected_version: int, active: bool) -> ProviderDTO:
        """Deactivates (or reactivates) a provider; its running involvements are not affected."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            provider = self._provider(s, provider_id, expected_version)
            provider.active = active
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "provider", provider.id,
                       detail=detail(DetailCode.ACTIVATED if active else DetailCode.DEACTIVATED))
            dto = provider_dto(s, provider.id)
            uow.commit()
            return dto

    # -- products --------------------------------------------------------------------------------

    def add_product(self, provider_id: int, data: ProductInput) -> ProductDTO:
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            provider = self._provider(s, provider_id, None)
            errors = FieldErrors()
            data = validate_product(errors, data, active_segment_ids(s))
            self._check_product_name(errors, provider, data.name, None)
            errors.raise_if_any()
            product = Product(provider_id=provider.id, **_product_values(data))
            s.add(product)
            s.flush()
            log_access(s, self.ctx, AuditEvent.CREATE, "product", product.id)
            dto = self._product_dto(s, product)
            uow.commit()
            return dto

    def update_product(self, product_id: int, expected_version: int, data: ProductInput) -> ProductDTO:
        """Saves a product; a segment since made inactive may stay on a product that already had it."""
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            product = self._product(s, product_id, expected_version)
            errors = FieldErrors()
            data = validate_product(errors, data, active_segment_ids(s) | {product.segment_id})
            self._check_product_name(errors, product.provider, data.name, product.id)
            errors.raise_if_any()
            for name, value in _product_values(data).items():
                setattr(product, name, value)
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "product", product.id)
            dto = self._product_dto(s, product)
            uow.commit()
            return dto

    def set_product_active(self, product_id: int, expected_version: int, active: bool) -> ProductDTO:
        self.ctx.require_user()
        with self.ctx.uow() as uow:
            s = uow.session
            product = self._product(s, product_id, expected_version)
            product.active = active
            s.flush()
            log_access(s, self.ctx, AuditEvent.UPDATE, "product", product.id,
                       detail=detail(DetailCode.ACTIVATED if active else DetailCode.DEACTIVATED))
            dto = self._product_dto(s, product)
            uow.commit()
            return dto

    # -- import ----------------------------------------------------------------------------------

    def import_providers_csv(self, text: str) -> ImportReport:
        """Imports a provider/product list; all rows or none. See :mod:`app.services.provider_import`."""
        self.ctx.require_user()
        return import_csv(self.ctx, text)

    # -- helpers ---------------------------------------------------------------------------------

    @staticmethod
    def _check_agb_free(s: Session, errors: FieldErrors, agb: str | None, provider_id: int | None) -> None:
        if (other := agb_taken_by(s, agb, provider_id)) is not None:
            errors.add("agb_code", QT_TRANSLATE_NOOP("Errors", "This AGB code is already used by {name}."), name=other)

    @staticmethod
    def _check_segment_code(s: Session, errors: FieldErrors, code: str, segment_id: int | None) -> None:
        if code and segment_code_taken(s, code, segment_id):
            errors.add("code", QT_TRANSLATE_NOOP("Errors", "Another segment already has this code."))

    @staticmethod
    def _segment(s: Session, segment_id: int, expected_version: int) -> Segment:
        segment = s.get(Segment, segment_id)
        if segment is None:
            raise NotFound()
        if segment.version != expected_version:
            raise ConcurrencyConflict(current=segment_row(s, segment.id))
        return segment

    @staticmethod
    def _check_product_name(errors: FieldErrors, provider: Provider, name: str, product_id: int | None) -> None:
        if any(p.name.casefold() == name.casefold() and p.id != product_id for p in provider.products):
            errors.add("name", QT_TRANSLATE_NOOP("Errors", "This provider already has a product with this name."))

    @staticmethod
    def _provider(s: Session, provider_id: int, expected_version: int | None) -> Provider:
        provider = s.get(Provider, provider_id)
        if provider is None:
            raise NotFound()
        if expected_version is not None and provider.version != expected_version:
            raise ConcurrencyConflict(current=provider_dto(s, provider.id))
        return provider

    def _product(self, s: Session, product_id: int, expected_version: int) -> Product:
        product = s.get(Product, product_id)
        if product is None:
            raise NotFound()
        if product.version != expected_version:
            raise ConcurrencyConflict(current=self._product_dto(s, product))
        return product

    @staticmethod
    def _product_dto(s: Session, product: Product) -> ProductDTO:
        return product_dto(product, dict(s.execute(select(Segment.id, Segment.code)).all()))


def _product_values(data: ProductInput) -> dict:
    return dict(name=data.name, category_code=data.category_code, regional_code=data.regional_code,
                segment_id=data.segment_id, unit_code=data.unit_code, max_weeks=data.max_weeks,
                max_extensions=data.max_extensions)
