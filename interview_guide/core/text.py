"""Bilingual text and the two languages the app speaks."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Lang = Literal["nl", "en"]
LANGUAGES: tuple[Lang, ...] = ("nl", "en")


class LocalizedText(BaseModel):
    """A text in Dutch and English; both are required and non-empty."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        """Return the text in ``lang``."""
        return self.nl if lang == "nl" else self.en
