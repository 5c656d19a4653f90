"""Bridges to other NLP libraries; the only modules that import them."""
