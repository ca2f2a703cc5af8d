"""WCAG 2 contrast of colour pairs, and the pairs the app's style sheets and models put text on.

Style rules are read from text: a rule (``selector { ... }``) or a style string (``"color:#5f6b76;"``,
``style='color:#6b7680'``) that sets a text colour is paired with the background it sets itself, or
else with the backgrounds text of the app stands on (white, the surfaces of the house style).
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

HEX = r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b"
RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
DECLARATION = re.compile(r"(?<![-\w])(color|background|background-color|selection-color|selection-background-color"
                         r"|border|border-bottom|border-color)\s*:\s*([^;}'\"]*)")
SURFACES = ("#ffffff", "#f4f6f8", "#f6f8fa", "#f7f9fa", "#fafbfc")  # the house style's page and panel colours


def luminance(colour: str) -> float:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _colour(value: str) -> str | None:
    found = re.search(HEX, value)
    return found.group(0).lower() if found else None


def declarations(block: str) -> dict[str, str]:
    """The colour declarations of one rule body: property -> "#rrggbb"."""
    found = {}
    for prop, value in DECLARATION.findall(block):
        colour = _colour(value)
        if colour:
            found["background" if prop == "background-color" else prop] = colour
    return found


def rules(text: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, colour declarations) of a style sheet; a bare style string is one rule without selector."""
    found = [(sel.strip(), declarations(body)) for sel, body in RULE.findall(text)]
    return found if found else [("", declarations(text))]


def text_pairs(where: str, text: str) -> list[tuple[str, str, str]]:
    """(what, text colour, background) for each rule of ``text`` that colours text (disabled text is exempt)."""
    pairs = []
    for selector, found in rules(text):
        if ":disabled" in selector:
            continue
        if "color" in found:
            backgrounds = [found["background"]] if "background" in found else list(SURFACES)
            pairs += [(f"{where}: {selector or 'style'} text", found["color"], bg) for bg in backgrounds]
        if "selection-color" in found and "selection-background-color" in found:
            pairs.append((f"{where}: {selector} selection", found["selection-color"],
                          found["selection-background-color"]))
    return pairs


def style_strings(path: Path) -> list[str]:
    """The string literals of a Python file that style something with a colour."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    strings = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.search(r"color\s*:", node.value):
            strings.append(node.value)
        elif isinstance(node, ast.JoinedStr):
            text = "".join(part.value for part in node.values if isinstance(part, ast.Constant))
            if re.search(r"color\s*:", text):
                strings.append(text)
    return strings
