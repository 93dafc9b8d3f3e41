"""Entry point for ``python -m interview_guide``."""

from interview_guide.cli import main

raise SystemExit(main())
