"""The case window (family, plan, journal, history) and the intake of a new family.

Callers use :func:`open_case_window` and :func:`run_intake` from :mod:`ui.case.openers`.
"""
