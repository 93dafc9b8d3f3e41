"""Rule families of the question-quality checker; the public API is ``interview_guide.core.question_check``."""
