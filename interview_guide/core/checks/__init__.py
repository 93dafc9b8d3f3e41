"""Rule families of the question-quality checker; the public API is ``core.question_check``."""
