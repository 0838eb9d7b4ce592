"""Pydantic records: the JSON contract other tools parse (see DESIGN.md)."""
from __future__ import annotations

from datetime import date
from typing import Optional, Union

from pydantic import BaseModel, ConfigDict

ENTITY_LABELS = ("ORG", "PER", "LOC", "MISC", "MONEY", "DATE", "DURATION")


class Entity(BaseModel):
    """A labelled span; offsets index the article text as read."""

    model_config = ConfigDict(extra="forbid")

    text: str
    label: str
    start: int
    end: int
    value: Optional[Union[float, str]] = None
    currency: Optional[str] = None


class Pledge(BaseModel):
    """One commitment of money, with the sentence that states it."""

    model_config = ConfigDict(extra="forbid")

    investor: Optional[str] = None
    recipient: Optional[str] = None
    amount: float
    currency: str
    amount_min: Optional[float] = None
    amount_max: Optional[float] = None
    amount_text: str
    target: Optional[str] = None
    location: Optional[str] = None
    date: Optional[str] = None
    duration_years: Optional[float] = None
    sentence: str
    start: int
    end: int


class ArticleResult(BaseModel):
    """Everything extracted from one article."""

    source: Optional[str] = None
    title: Optional[str] = None
    published: Optional[date] = None
    pledges: list[Pledge] = []
    entities: list[Entity] = []

    def to_json_dict(self) -> dict:
        return self.model_dump(mode="json")
