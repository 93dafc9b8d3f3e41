"""The live question checker in the GUI: badge wiring, override of blocked questions, review summary."""
