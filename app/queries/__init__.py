"""The read side: exact-column selects returning frozen dataclasses, never ORM objects."""
