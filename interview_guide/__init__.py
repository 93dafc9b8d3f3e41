"""Interview Guide: guides an IND hearing officer through an LGBTI or conversion hearing."""

__version__ = "0.1.0"
