"""DejaVu Sans (TrueType) for the PDF exports; embedded so every European and Turkish letter prints."""
