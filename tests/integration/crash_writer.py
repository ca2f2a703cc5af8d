"""The writer process of the crash test (run as a script, not collected by pytest).

It imports the app once, then forks one writer child per line read from stdin. A child opens the
encrypted database and saves family after family through the services until it is killed. Every line
goes out in one unbuffered write, so nothing is lost or interleaved when a child dies:

    child PID | ready PID | saving PID N | committed PID N FAMILY_ID | reaped PID
"""
from __future__ import annotations

import os
import sys
from datetime import date

from app.bootstrap import open_database
from app.credentials import MemoryStore
from app.storage.keys import KEY_NAME, KeySource
from app.services.families import IntakeInput, MemberInput
from models.enums import MemberRole


def emit(line: str) -> None:
    os.write(1, (line + "\n").encode())


def intake(n: int, pid: int, user) -> IntakeInput:
    surname = f"Crash{pid}x{n}"
    return IntakeInput(
        family_name=f"Familie {surname}",
        members=[
            MemberInput(MemberRole.PARENT, "Ayşe", surname, date(1988, 6, 12), parental_authority=True),
            MemberInput(MemberRole.YOUNG_PERSON, "Zoë", surname, date(2015, 3, 1)),
            MemberInput(MemberRole.YOUNG_PERSON, "Daan", surname, date(2018, 9, 30)),
        ],
        team_id=next(iter(user.team_ids)), director_id=user.worker_id,
    )


def write_until_killed(path: str, key: str) -> None:
    services = open_database(path, encryption=KeySource(MemoryStore({KEY_NAME: key})), daily_backup=False)
    user = services.workers.sign_in(services.workers.local_worker().worker_id)
    pid = os.getpid()
    emit(f"ready {pid}")
    n = 0
    while True:
        n += 1
        emit(f"saving {pid} {n}")
        result = services.families.intake(intake(n, pid, user))
        emit(f"committed {pid} {n} {result.family_id}")


def main() -> None:
    path, key = sys.argv[1], os.environ["CRASH_KEY"]
    for _ in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                write_until_killed(path, key)
            finally:
                os._exit(1)
        emit(f"child {pid}")
        os.waitpid(pid, 0)
        emit(f"reaped {pid}")


if __name__ == "__main__":
    main()
