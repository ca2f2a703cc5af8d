"""Icons, translations and styles, found through importlib.resources."""
