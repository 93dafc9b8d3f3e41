"""The PySide6 user interface: widgets only; the record and its rules live in core/."""
