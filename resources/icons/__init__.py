"""SVG icons."""
