"""The Word hearing report: context, rendering and atomic writing; counsel's corrections read back."""
