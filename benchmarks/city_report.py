"""Running a measurement and printing the table, with a plain verdict per target."""
from __future__ import annotations

from dataclasses import dataclass

from benchmarks.city_measures import RAW_SQL, Measure, why
from benchmarks.common import MET, MISSED, alternating_medians, median_ms

COLUMNS = ("measurement", "median", "runs", "raw", "ratio", "target", "verdict")
WIDTHS = (38, 11, 5, 11, 7, 16, 0)


@dataclass
class Result:
    name: str
    value: float | None
    unit: str
    runs: int
    raw: float | None = None
    raw_label: str = ""
    target: float | None = None
    ratio_target: float | None = None
    unavailable: str | None = None
    detail: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.raw if self.value is not None and self.raw else None

    def misses(self) -> list[str]:
        """Each target missed, in a sentence."""
        if self.unavailable:
            return [f"{self.name}: not available: {self.unavailable}"]
        out = []
        if self.target is not None and not self.value < self.target:
            out.append(f"{self.name} took {self.value:.1f} {self.unit}, the target is under "
                       f"{self.target:g} {self.unit}")
        if self.ratio_target is not None and self.ratio is not None and self.ratio > self.ratio_target:
            out.append(f"{self.name} is {self.ratio:.2f}x its {self.raw_label} ({self.raw:.1f} ms), the target is "
                       f"at most {self.ratio_target:g}x")
        return out

    def target_count(self) -> int:
        return (self.target is not None) + (self.ratio_target is not None)

    def verdict(self) -> str:
        if self.unavailable:
            return "not available"
        if self.target_count() == 0:
            return "-"
        missed = []
        if self.target is not None and not self.value < self.target:
            missed.append("time" if self.unit == "ms" else "memory")
        if self.ratio_target is not None and self.ratio is not None and self.ratio > self.ratio_target:
            missed.append("ratio")
        return f"{MISSED} ({', '.join(missed)})" if missed else MET

    def target_text(self) -> str:
        parts = [f"< {self.target:g} {self.unit}"] if self.target is not None else []
        if self.ratio_target is not None:
            parts.append(f"<= {self.ratio_target:g}x")
        return ", ".join(parts) or "-"


def run_measure(measure: Measure, runs: int) -> Result:
    """Times a measurement (app and baseline alternating), then runs its clean-up."""
    if measure.prepare is not None:
        measure = measure.prepare()
    try:
        if measure.unavailable:
            return Result(measure.name, None, "ms", 0, target=measure.target_ms,
                          ratio_target=measure.ratio_target, unavailable=measure.unavailable)
        if measure.raw is not None:
            measure.app()
            measure.raw()  # warm-up: caches, pooled connections, prepared statements
            app_ms, raw_ms = alternating_medians([measure.app, measure.raw], runs)
        else:
            measure.app()
            app_ms, raw_ms = median_ms(measure.app, runs), None
        return Result(measure.name, app_ms, "ms", runs, raw_ms, measure.raw_label, measure.target_ms,
                      measure.ratio_target if raw_ms is not None else None, detail=measure.detail)
    except Exception as exc:  # noqa: BLE001 - one failing measurement must not end the benchmark
        return Result(measure.name, None, "ms", 0, target=measure.target_ms,
                      ratio_target=measure.ratio_target, unavailable=f"failed: {why(exc)}")
    finally:
        for step in measure.cleanup:
            step()


def _row(cells: tuple[str, ...]) -> str:
    return "".join(c.ljust(w) if i == 0 or w == 0 else c.rjust(w) + "  "
                   for i, (c, w) in enumerate(zip(cells, WIDTHS))).rstrip()


def report(title: str, results: list[Result]) -> tuple[int, int]:
    """Prints the table and the targets missed; returns (targets met, targets)."""
    print(f"\n{title}")
    print("(raw: the same SQL replayed with the DB-API cursor alone, unless said otherwise)")
    print(_row(COLUMNS))
    for r in results:
        value = "-" if r.value is None else f"{r.value:.1f} {r.unit}"
        raw = "-" if r.raw is None else f"{r.raw:.1f} ms"
        ratio = "-" if r.ratio is None else f"{r.ratio:.2f}"
        print(_row((r.name, value, str(r.runs), raw, ratio, r.target_text(), r.verdict())))
        other = f"raw = {r.raw_label}" if r.raw is not None and r.raw_label != RAW_SQL else ""
        if r.detail or other:
            print(f"    {'; '.join(filter(None, [r.detail, other]))}")
    total = sum(r.target_count() for r in results)
    missed = [line for r in results for line in r.misses()]
    met = total - sum(_missed_targets(r) for r in results)
    for line in missed:
        print(f"{MISSED if 'not available' not in line else 'NOT MEASURED'}: {line}")
    print(f"{title.split(':')[0]}: {met} of {total} targets met")
    return met, total


def _missed_targets(r: Result) -> int:
    if r.unavailable:
        return r.target_count()
    return len([m for m in r.misses()])
