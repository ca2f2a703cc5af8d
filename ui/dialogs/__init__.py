"""Dialogs: they take and return plain values and never touch the database."""
