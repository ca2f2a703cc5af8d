"""Printing and exporting from the GUI: the family-plan preview (save, print) and the batch export."""
