"""Import of a provider/product list from CSV (e.g. the region's contract list): all rows or none.

One row per product, with a header row; ``;`` or ``,`` as delimiter; UTF-8 with or without BOM.
Columns (English or Dutch names): provider_name/aanbieder, agb_code/agb, product_name/product,
category_code/categorie, regional_code/productcode, segment, unit_code/eenheid. Every row is
checked first; if any row is wrong nothing is imported and each wrong row is reported with its
line number. Providers are matched by AGB code, else by name; products by name within their provider.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import log_access
from app.audit_detail import DetailCode, detail
from app.context import ServiceContext
from app.errors import Msg
from app.i18n import QT_TRANSLATE_NOOP
from app.services.provider_inputs import ProductInput, ProviderInput, validate_product, validate_provider
from app.validation import FieldErrors
from models import Product, Provider, Segment
from models.enums import AuditEvent

COLUMN_NAMES = {
    "provider_name": ("provider_name", "provider", "aanbieder", "naam_aanbieder", "aanbieder_naam"),
    "agb_code": ("agb_code", "agb", "agbcode"),
    "product_name": ("product_name", "product", "productnaam", "product_naam"),
    "category_code": ("category_code", "category", "categorie", "productcategorie"),
    "regional_code": ("regional_code", "productcode", "regiocode", "regionale_productcode"),
    "segment": ("segment",),
    "unit_code": ("unit_code", "unit", "eenheid"),
}
REQUIRED_COLUMNS = ("provider_name", "product_name", "category_code", "segment")
PRODUCT_COLUMNS = {"name": "product_name", "category_code": "category_code", "regional_code": "regional_code",
                   "segment_id": "segment", "unit_code": "unit_code"}
PROVIDER_COLUMNS = {"name": "provider_name", "agb_code": "agb_code"}


@dataclass(frozen=True)
class ImportProblem:
    line: int              # line in the file, the header being line 1
    column: str | None     # canonical column name, None for the row as a whole
    msg: Msg

    def message(self) -> str:
        return self.msg.render()


@dataclass(frozen=True)
class ImportReport:
    rows: int
    providers_created: int = 0
    providers_updated: int = 0
    products_created: int = 0
    products_updated: int = 0
    problems: tuple[ImportProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Row:
    line: int
    provider: ProviderInput
    product: ProductInput


def _problem(at: int, column: str | None, text: str, /, **params: object) -> ImportProblem:
    return ImportProblem(at, column, Msg(text, params))


def _canonical(header: str) -> str | None:
    key = header.strip().lower().replace(" ", "_").replace("-", "_")
    return next((name for name, aliases in COLUMN_NAMES.items() if key in aliases), None)


def _delimiter(first_line: str) -> str:
    try:
        return csv.Sniffer().sniff(first_line, delimiters=";,").delimiter
    except csv.Error:
        return ";" if first_line.count(";") >= first_line.count(",") else ","


def read_rows(text: str) -> tuple[list[tuple[int, dict[str, str]]], list[ImportProblem]]:
    """The data rows as (line number, canonical column -> text), and problems with the file's shape."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        return [], [_problem(1, None, QT_TRANSLATE_NOOP("Errors", "The file is empty."))]
    reader = csv.reader(io.StringIO(text, newline=None), delimiter=_delimiter(text.splitlines()[0]))
    try:
        return _rows(reader)
    except csv.Error:  # e.g. a field longer than the csv module's limit
        return [], [_problem(reader.line_num or 1, None, QT_TRANSLATE_NOOP(
            "Errors", "This line cannot be read as CSV. Save the file again as CSV and retry."))]


def _rows(reader) -> tuple[list[tuple[int, dict[str, str]]], list[ImportProblem]]:
    columns = [_canonical(h) for h in next(reader)]
    problems = [_problem(1, name, QT_TRANSLATE_NOOP("Errors", "The column {column} is missing."), column=name)
                for name in REQUIRED_COLUMNS if name not in columns]
    if problems:
        return [], problems
    rows, previous_end = [], reader.line_num
    for values in reader:
        line, previous_end = previous_end + 1, reader.line_num
        if not any(v.strip() for v in values):
            continue
        row = {name: "" for name in COLUMN_NAMES}
        for name, value in zip(columns, values):
            if name is not None:
                row[name] = value.strip()
        rows.append((line, row))
    if not rows:
        problems.append(_problem(1, None, QT_TRANSLATE_NOOP("Errors", "The file has no rows to import.")))
    return rows, problems


def _check_row(line: int, row: dict[str, str], segments: dict[str, int]) -> tuple[_Row, list[ImportProblem]]:
    provider_errors, product_errors = FieldErrors(), FieldErrors()
    provider = validate_provider(provider_errors, ProviderInput(row["provider_name"], row["agb_code"]))
    code = row["segment"].upper()
    product = validate_product(product_errors, ProductInput(
        row["product_name"], row["category_code"], segments.get(code), row["regional_code"], row["unit_code"]),
        set(segments.values()))
    problems = [ImportProblem(line, PROVIDER_COLUMNS[k], m) for k, m in provider_errors.fields.items()]
    for key, msg in product_errors.fields.items():
        if key == "segment_id" and code:
            msg = Msg(QT_TRANSLATE_NOOP("Errors", "Unknown segment \"{code}\"; use one of: {codes}."),
                      {"code": row["segment"], "codes": ", ".join(segments)})
        problems.append(ImportProblem(line, PRODUCT_COLUMNS[key], msg))
    return _Row(line, provider, product), problems


def _group(rows: list[_Row]) -> tuple[dict[str, list[_Row]], list[ImportProblem]]:
    """Rows per provider in the file: by AGB code, rows without one joining the named provider's code."""
    problems: list[ImportProblem] = []
    name_of_agb: dict[str, tuple[str, int]] = {}
    agbs_of_name: dict[str, set[str]] = {}
    for r in rows:
        if (agb := r.provider.agb_code) is None:
            continue
        name = r.provider.name.casefold()
        first = name_of_agb.setdefault(agb, (name, r.line))
        if first[0] != name:
            problems.append(_problem(r.line, "agb_code", QT_TRANSLATE_NOOP(
                "Errors", "This AGB code has another provider name on line {line}."), line=first[1]))
        agbs_of_name.setdefault(name, set()).add(agb)
    groups: dict[str, list[_Row]] = {}
    for r in rows:
        agb, name = r.provider.agb_code, r.provider.name.casefold()
        if agb is None and len(agbs_of_name.get(name, ())) > 1:
            problems.append(_problem(r.line, "agb_code", QT_TRANSLATE_NOOP(
                "Errors", "Several providers in the file have this name; give the AGB code.")))
            continue
        key = agb or next(iter(agbs_of_name.get(name, ())), None) or f"name:{name}"
        groups.setdefault(key, []).append(r)
    seen: dict[tuple[str, str], int] = {}
    for key, group in groups.items():
        for r in group:
            first = seen.setdefault((key, r.product.name.casefold()), r.line)
            if first != r.line:
                problems.append(_problem(r.line, "product_name", QT_TRANSLATE_NOOP(
                    "Errors", "This product is also on line {line}."), line=first))
    return groups, problems


def _match(s: Session, group: list[_Row],
           by_name: dict[str, list[Provider]]) -> tuple[Provider | None, ImportProblem | None]:
    """The stored provider a group of rows is about: same AGB code, else same name without another code."""
    agb = next((r.provider.agb_code for r in group if r.provider.agb_code), None)
    name, line = group[0].provider.name, group[0].line
    if agb is not None and (found := s.scalars(select(Provider).where(Provider.agb_code == agb)).first()):
        return found, None
    same_name = by_name.get(name.casefold(), [])
    if len(same_name) > 1:
        return None, _problem(line, "provider_name", QT_TRANSLATE_NOOP(
            "Errors", "Several stored providers are called {name}; give the AGB code."), name=name)
    if same_name and agb is not None and same_name[0].agb_code not in (None, agb):
        return None, _problem(line, "agb_code", QT_TRANSLATE_NOOP(
            "Errors", "{name} is already registered with AGB code {agb}."), name=name, agb=same_name[0].agb_code)
    return (same_name[0] if same_name else None), None


def _match_all(s: Session, groups: dict[str, list[_Row]]) -> tuple[dict[str, Provider | None], list[ImportProblem]]:
    by_name: dict[str, list[Provider]] = {}
    for provider in s.scalars(select(Provider)):
        by_name.setdefault(provider.name.casefold(), []).append(provider)
    matches, problems, first_line = {}, [], {}
    for key, group in groups.items():
        matches[key], problem = _match(s, group, by_name)
        if problem is not None:
            problems.append(problem)
        elif matches[key] is not None:
            line = first_line.setdefault(matches[key].id, group[0].line)
            if line != group[0].line:
                problems.append(_problem(group[0].line, "provider_name", QT_TRANSLATE_NOOP(
                    "Errors", "This row is about the same stored provider as line {line}."), line=line))
    return matches, problems


def import_csv(ctx: ServiceContext, text: str) -> ImportReport:
    raw, problems = read_rows(text)
    if problems:
        return ImportReport(rows=len(raw), problems=tuple(problems))
    with ctx.uow() as uow:
        s = uow.session
        segments = {code.upper(): id_ for id_, code in s.execute(
            select(Segment.id, Segment.code).where(Segment.active.is_(True)).order_by(Segment.position))}
        rows = []
        for line, values in raw:
            row, row_problems = _check_row(line, values, segments)
            rows.append(row)
            problems += row_problems
        bad_lines = {p.line for p in problems}
        groups, group_problems = _group([r for r in rows if r.line not in bad_lines])
        problems += group_problems
        matches, match_problems = _match_all(s, groups)
        problems += match_problems
        if problems:
            return ImportReport(rows=len(rows), problems=tuple(sorted(problems, key=lambda p: p.line)))
        counts = _apply(s, groups, matches)
        providers_new, providers_changed, products_new, products_changed = counts
        log_access(s, ctx, AuditEvent.CREATE, "provider_import", detail=detail(
            DetailCode.PROVIDER_IMPORT, rows=len(rows), providers_new=providers_new,
            providers_changed=providers_changed, products_new=products_new, products_changed=products_changed))
        uow.commit()
        return ImportReport(len(rows), *counts)


def _apply(s: Session, groups: dict[str, list[_Row]], matches: dict[str, Provider | None]) -> tuple[int, ...]:
    providers_created = providers_updated = products_created = products_updated = 0
    for key, group in groups.items():
        provider = matches[key]
        agb = next((r.provider.agb_code for r in group if r.provider.agb_code), None)
        if provider is None:
            provider = Provider(name=group[0].provider.name, agb_code=agb)
            s.add(provider)
            providers_created += 1
        else:
            provider.name, provider.agb_code = group[0].provider.name, agb or provider.agb_code
            providers_updated += s.is_modified(provider, include_collections=False)
        existing = {p.name.casefold(): p for p in provider.products} if provider.id else {}
        for r in group:
            values = dict(name=r.product.name, category_code=r.product.category_code,
                          regional_code=r.product.regional_code, segment_id=r.product.segment_id,
                          unit_code=r.product.unit_code)
            product = existing.get(r.product.name.casefold())
            if product is None:
                provider.products.append(Product(**values))
                products_created += 1
            else:
                for name, value in values.items():
                    setattr(product, name, value)
                products_updated += s.is_modified(product, include_collections=False)
        s.flush()
    return providers_created, providers_updated, products_created, products_updated
