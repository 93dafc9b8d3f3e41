"""The wizard's pages: one small class per kind of page."""
