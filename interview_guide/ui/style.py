"""The app's small style sheet: asked questions, refused values, guidance and hints."""

STYLE = """
QFrame[asked="true"] { background: #eef5ee; }
*[invalid="true"] { border: 1px solid #b00020; }
QLabel#fieldMessage, QLabel#caseProblems { color: #8a1c1c; }
QLabel#frameHint, QLabel#themeHints { color: #3b4f7a; }
QLabel#fieldGuidance { color: #555555; }
QFrame#reminderBar { background: #fff3c4; border-bottom: 1px solid #d9c27a; }
QLabel#scriptLine { font-style: italic; }
"""
