"""DATE and DURATION entities with normalised values (ISO 8601 dates, lengths in years).

Rule-based because the base model has no DATE label and the pledge records need the value,
not only the span. The grammar lives in :mod:`extractor.normalizers.dates`; the words it is
built from are JSONL lexicons in ``models/fr_pledge/time_entities/``.

Span conventions (the gold annotation follows them):
  * DATE leaves out a leading article or preposition ("le 9 février 2025" -> "9 février 2025",
    "en 2023" -> "2023", "la semaine dernière" -> "semaine dernière") but keeps horizon markers
    and qualifiers ("d'ici 2030", "à l'horizon 2026", "fin 2027", "mi-2026");
  * a bare year is a DATE only after a temporal preposition or qualifier ("France 2030" is a name);
    year ranges ("2025-2030") and elapsed times ("il y a deux ans") are not labelled;
  * DURATION leaves out its preposition ("sur quatre ans" -> "quatre ans") and is only a length
    introduced by sur/pendant/durant/en/pour/au cours de... or "N prochaines années"
    ("depuis trois ans", "les 12 derniers mois", ages are not durations of a commitment).

Reference date: ``doc._.published``; without it, the first full date of the text resolves the
partial dates ("Le 9 février 2025 ... le 9 février") and relative ones stay None.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions  # noqa: F401  (registers Span._.value, Doc._.published)
from ..normalizers.dates import LEXICON_FILES, TimeGrammar, load_lexicon, to_date
from .spans import default_data_dir, set_entities, write_jsonl


@Language.factory("time_entities", default_config={"data_dir": None})
def make_time_entities(nlp: Language, name: str, data_dir: Optional[str]) -> "TimeEntities":
    return TimeEntities(nlp, name, data_dir=data_dir)


class TimeEntities:
    """Adds DATE and DURATION spans to ``doc.ents`` and sets ``span._.value``."""

    def __init__(self, nlp: Language, name: str = "time_entities", data_dir: Optional[str | Path] = None):
        self.name = name
        self._load(Path(data_dir) if data_dir else default_data_dir(name))

    def _load(self, path: Path) -> None:
        self.lexicon = load_lexicon(path)
        self.grammar = TimeGrammar(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        dates = self.grammar.find_dates(text)
        reference = to_date(doc._.published)
        anchor = None
        if reference is None:
            # Without a publication date, the article's first full date dates its partial ones.
            for match in sorted((m for m in dates if m.absolute), key=lambda m: m.start):
                anchor = to_date(self.grammar.resolve(match, None))
                if anchor:
                    break
        spans: list[Span] = []
        for match in dates:
            span = self._span(doc, match.start, match.end, "DATE")
            if (
                span is not None
                and len(span) == 2
                and span[0].lower_ == "ce"
                and span[1].lower_ in self.grammar.weekdays
            ):
                span = doc[span.start + 1 : span.end]  # 'ce lundi' -> 'lundi', as annotated
                span.label_ = "DATE"
            if span is not None:
                span._.value = self.grammar.resolve(match, reference, anchor)
                spans.append(span)
        for match in self.grammar.find_durations(text):
            span = self._span(doc, match.start, match.end, "DURATION")
            if span is not None and not self._compares(doc, span):
                span._.value = self.grammar.duration_years(match.groups)
                spans.append(span)
        money = [e for e in doc.ents if e.label_ == "MONEY"]
        # an amount found by money_entities stays an amount ("2021 millions d'euros" holds no year)
        spans = [s for s in spans if not any(s.start < m.end and m.start < s.end for m in money)]
        set_entities(doc, _dedupe(spans))
        return doc

    def _compares(self, doc: Doc, span: Span) -> bool:
        """'en hausse de 18 % sur un an': a year-on-year comparison, not the length of a programme."""
        before = doc[max(0, span.start - 8) : span.start]
        words = self.grammar.comparison_words
        return any(t.lower_ in words or t.lower_.rstrip("s") in words for t in before)

    @staticmethod
    def _span(doc: Doc, start: int, end: int, label: str) -> Optional[Span]:
        return doc.char_span(start, end, label=label, alignment_mode="expand")

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name in LEXICON_FILES:
            write_jsonl(path / f"{name}.jsonl", self.lexicon[name])

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> "TimeEntities":
        path = Path(path)
        if all((path / f"{name}.jsonl").exists() for name in LEXICON_FILES):
            self._load(path)
        return self


def _dedupe(spans: list[Span]) -> list[Span]:
    """One span per (start, end): two patterns may find the same text."""
    seen: dict[tuple[int, int], Span] = {}
    for span in spans:
        seen.setdefault((span.start, span.end), span)
    return list(seen.values())
