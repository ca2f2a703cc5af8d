"""Printed and exported documents: reportlab renderers (DTO in, PDF bytes out) and the XLSX export."""
