"""Two (or more) service calls at the same moment, each in its own thread with its own connection."""
from __future__ import annotations

import threading
from collections.abc import Callable


def race(*calls: Callable[[], object], timeout: float = 60) -> list[object]:
    """Starts the calls together; returns each one's result, or the exception it raised."""
    start = threading.Barrier(len(calls))
    outcomes: list[object] = [None] * len(calls)

    def run(i: int, call: Callable[[], object]) -> None:
        start.wait()
        try:
            outcomes[i] = call()
        except Exception as exc:  # noqa: BLE001 - the caller checks every outcome
            outcomes[i] = exc

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout)
    assert not any(t.is_alive() for t in threads), "a racing call did not finish"
    return outcomes
