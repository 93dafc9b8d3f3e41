"""Trainer mode: the annotated demo hearing, the practice panel and the examples browser."""
