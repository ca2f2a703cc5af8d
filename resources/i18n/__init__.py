"""Qt Linguist translations: ``gezinsregie_nl.ts`` (source) and ``gezinsregie_nl.qm`` (built)."""
