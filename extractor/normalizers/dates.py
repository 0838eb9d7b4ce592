"""French dates and durations -> ISO 8601 strings and lengths in years.

One grammar (:class:`TimeGrammar`) both finds the expressions in running text (for the
``time_entities`` component) and resolves them (for :func:`parse_date`), so that whatever
the component labels the normaliser understands. Its words (months, weekdays, relative
expressions, prepositions, duration units) are data: the JSONL lexicons under
``models/fr_pledge/time_entities/``.

Output precision follows what the text states: "2025-02-09" (day), "2025-02" (month),
"2030" (year).

Resolution rules (news report past announcements, hence the bias towards the past):

* absolute day dates ("9 février 2025", "1er mars 2024", "09/02/2025") go through
  dateparser, which gets them right (ordinals, abbreviations, day-first numerics);
* partial dates ("9 février", "en septembre") take the year of the reference, or the year
  before when that would put them more than ~6 months after it. dateparser's
  ``PREFER_DATES_FROM="past"`` puts *every* partial date in the past ("juin" read in February
  gives last June), which is wrong for announced plans, so this is done by hand;
* a bare weekday ("lundi", "ce lundi") is the most recent such day on or before the
  reference; "mardi dernier" strictly before; "lundi prochain" strictly after.
  dateparser reads a bare "lundi" as strictly before and returns None for "mardi dernier";
* "la semaine dernière" is the Monday of the previous week (dateparser gives reference - 7
  days), "le mois dernier" the previous month ("2025-01"), "l'an dernier" the previous year
  (dateparser returns None for it);
* horizons keep the stated year: "d'ici 2030" -> "2030", "d'ici fin 2027" -> "2027";
  "d'ici la fin de l'année" -> the reference's year.

Relative expressions need a reference date; without one they resolve to None, while
absolute ones still work. Year ranges ("2025-2030") are deliberately not dates.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import dateparser.date

from ..components.spans import default_data_dir, read_jsonl
from .numbers import parse_french_number

LEXICON_FILES: tuple[str, ...] = (
    "months",
    "weekdays",
    "relative",
    "markers",
    "duration_units",
    "number_words",
)
# A partial date placed further than this after its reference belongs to the year before.
PARTIAL_DATE_WINDOW = dt.timedelta(days=183)

Lexicon = dict[str, list[dict]]


def load_lexicon(data_dir: Path) -> Lexicon:
    """Read the lexicon files of ``data_dir`` (``months.jsonl``, ``markers.jsonl``...)."""
    return {name: read_jsonl(Path(data_dir) / f"{name}.jsonl") for name in LEXICON_FILES}


# --------------------------------------------------------------------------- regex helpers

_LEFT = r"(?<![\w.,/-])"  # not inside a word or a number (after an elision is fine: "qu'en 2023")
_RIGHT = r"(?![\w-])"


def _form(form: str) -> str:
    """One lexicon form as a regex: any whitespace between words, either apostrophe."""
    parts = [re.escape(p) for p in form.split()]
    return r"\s+".join(parts).replace("'", "['’]")


def _alt(forms: Iterable[str]) -> str:
    """Alternation, longest forms first so that "d'ici à" beats "d'ici"."""
    unique = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(_form(f) for f in unique) + ")"


def _normalise(text: str) -> str:
    text = text.replace("’", "'").replace("ᵉʳ", "er")
    return re.sub(r"\s+", " ", text).strip(" \t\n,.;:()«»\"")


@dataclass(frozen=True)
class TimeMatch:
    """A date or duration found in a text; ``start``/``end`` delimit the entity span."""

    start: int
    end: int
    kind: str  # numeric, day, month, year, horizon, weekday, relative, duration
    groups: dict

    @property
    def absolute(self) -> bool:
        """A full day-month-year date, usable as reference for the text's partial dates."""
        return self.kind == "numeric" or (self.kind == "day" and bool(self.groups.get("year")))


class TimeGrammar:
    """French date and duration expressions, compiled from a lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.months = {_normalise(r["form"]).lower(): int(r["month"]) for r in lexicon["months"]}
        self.weekdays = {r["form"].lower(): int(r["weekday"]) for r in lexicon["weekdays"]}
        self.relative = {
            _normalise(r["form"]).lower(): (r["unit"], int(r["offset"])) for r in lexicon["relative"]
        }
        self.units = {r["form"].lower(): float(r["per_year"]) for r in lexicon["duration_units"]}
        markers: dict[str, list[str]] = {}
        for row in lexicon["markers"]:
            markers.setdefault(row["kind"], []).append(row["form"])
        self.past_words = {w.lower() for w in markers.get("past", [])}
        self.next_words = {w.lower() for w in markers.get("next", [])}
        self.comparison_words = {w.lower() for w in markers.get("comparison", [])}
        self._absolute_cache: dict[str, Optional[str]] = {}
        self._dateparser = dateparser.date.DateDataParser(
            languages=["fr"], settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"}
        )

        month = _alt(r["form"] for r in lexicon["months"]) + r"(?![\w-])"
        weekday = _alt(self.weekdays) + _RIGHT
        # a year, not the start of an amount ("2021 millions d'euros", "2030 €")
        year = (
            r"(?:19|20)\d{2}(?!\d)(?![.,]\d)(?!\s*[-–/]\s*\d)"
            r"(?![\s\u00a0\u202f]*(?:millions?|milliards?|mds?|md|m€|k€|€|\$|euros?|dollars?|livres?)(?![\w]))"
        )
        day = r"(?:1er|1ᵉʳ|premier|[12]\d|3[01]|0?[1-9])"
        intro = _alt(markers.get("intro", []))
        # "fin 2027", "début mars", "mi-2026": the qualifier is part of the span
        qual = "(?:" + "|".join(
            _form(q) + (r"\s?" if q.endswith("-") else r"\s+") for q in markers.get("qualifier", [])
        ) + ")"
        horizon = _alt(markers.get("horizon", []))
        mod = _alt(self.past_words | self.next_words) + _RIGHT
        this = _alt(markers.get("this", []))
        relative = _alt(r["form"] for r in lexicon["relative"]) + _RIGHT

        flags = re.IGNORECASE
        self.date_patterns: list[tuple[str, re.Pattern]] = [
            ("numeric", re.compile(
                _LEFT + r"(?P<core>\d{1,2}/\d{1,2}/(?:19|20)\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d)(?![\d/-])",
                flags)),
            ("day", re.compile(
                _LEFT + rf"(?P<core>(?:(?P<weekday>{weekday}),?\s+)?(?P<day>{day})\s+(?P<month>{month})"
                rf"(?:\s+(?P<year>{year})|\s+(?P<mod>{mod}))?)", flags)),
            ("month", re.compile(
                _LEFT + rf"(?:(?P<intro>{intro})\s+)?(?P<core>(?P<qual>{qual})?(?P<month>{month})"
                rf"(?:\s+(?P<year>{year})|\s+(?P<mod>{mod}))?)", flags)),
            ("year", re.compile(
                _LEFT + rf"(?:(?P<intro>{intro})\s+)?(?P<core>(?P<qual>{qual})?(?P<year>{year}))", flags)),
            ("horizon", re.compile(
                _LEFT + rf"(?P<core>(?P<horizon>{horizon})\s+(?:la\s+)?(?P<qual>{qual})?"
                rf"(?:(?P<month>{month})\s+)?(?P<year>{year}))", flags)),
            ("weekday", re.compile(
                _LEFT + rf"(?P<core>(?:(?P<this>{this})\s+)?(?P<weekday>{weekday})(?:\s+(?P<mod>{mod}))?)",
                flags)),
            ("relative", re.compile(_LEFT + rf"(?P<core>(?P<relative>{relative}))", flags)),
        ]
        # Leading words a caller may leave on a text given to parse_date ("le 9 février").
        self._strip_date = re.compile(rf"^(?:(?:{intro}|le|la|les|au|du|à partir du)\s+)+", flags)

        number_word = _alt(r["form"] for r in lexicon["number_words"]) + r"(?!\w)"
        number = rf"(?:\d+(?:[.,]\d+)?(?!\d)|{number_word}(?:(?:-|\s+)(?:et(?:-|\s+))?{number_word})*)"
        unit = _alt(self.units) + _RIGHT
        upcoming = _alt(markers.get("duration_next", [])) + _RIGHT
        half = _alt(markers.get("half", [])) + _RIGHT

        def core(upcoming_required: bool) -> str:
            next_words = rf"(?:(?P<upcoming>{upcoming})\s+)" + ("" if upcoming_required else "?")
            return (rf"(?P<core>(?P<number>{number})\s+{next_words}(?P<unit>{unit})"
                    rf"(?:\s+(?P<half>{half}))?)")

        d_intro = _alt(markers.get("duration_intro", []))
        article = _alt(markers.get("duration_article", []))
        self.duration_patterns: list[re.Pattern] = [
            # "sur quatre ans", "au cours des deux prochaines années", "pendant les 18 mois"
            re.compile(_LEFT + rf"(?P<intro>{d_intro})\s+(?:{article}\s+)?" + core(False), flags),
            # "les cinq prochaines années": "prochaines" alone marks a length of time to come
            re.compile(_LEFT + core(True), flags),
        ]
        self._duration_text = re.compile(
            rf"^(?:(?:{d_intro})\s+)?(?:{article}\s+)?" + core(False) + "$", flags)

    # ---------------------------------------------------------------------- finding

    def find_dates(self, text: str) -> list[TimeMatch]:
        """Date expressions of ``text``, spans following the annotation conventions.

        A bare year or month counts only when a temporal preposition, a qualifier ("fin",
        "mi-"), a year or "dernier/prochain" goes with it: "France 2030" is a name.
        Overlaps are left to the caller (the longest should win).
        """
        found = []
        for kind, pattern in self.date_patterns:
            for m in pattern.finditer(text):
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                if kind in ("month", "year") and not (
                    {"intro", "qual", "mod"} & groups.keys() or (kind == "month" and "year" in groups)
                ):
                    continue
                if kind in ("day", "numeric") and not self._valid_day(kind, groups):
                    continue
                found.append(TimeMatch(m.start("core"), m.end("core"), kind, groups))
        return found

    def find_durations(self, text: str) -> list[TimeMatch]:
        """Lengths of time introduced by sur/pendant/durant/en/au cours de... or "N prochaines années"."""
        found = {}
        for pattern in self.duration_patterns:
            for m in pattern.finditer(text):
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                if self.duration_years(groups) is not None:
                    found[(m.start("core"), m.end("core"))] = TimeMatch(
                        m.start("core"), m.end("core"), "duration", groups)
        return list(found.values())

    def _valid_day(self, kind: str, groups: dict) -> bool:
        if kind == "numeric":
            return self._absolute_day(groups["core"]) is not None
        day = self._day_number(groups["day"])
        month = self.months[_normalise(groups["month"]).lower()]
        try:
            dt.date(int(groups.get("year", 2024)), month, day)  # 2024: leap year, 29 février exists
        except ValueError:
            return False
        return True

    # ---------------------------------------------------------------------- resolving

    def match_date(self, text: str) -> Optional[TimeMatch]:
        """Read a whole expression ("le 9 février 2025", "en 2023", "mardi dernier")."""
        text = _normalise(text)
        for candidate in (text, self._strip_date.sub("", text)):
            for kind, pattern in self.date_patterns:
                m = pattern.fullmatch(candidate)
                if m:
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    return TimeMatch(m.start("core"), m.end("core"), kind, groups)
        return None

    def resolve(
        self, match: TimeMatch, reference: Optional[dt.date], anchor: Optional[dt.date] = None
    ) -> Optional[str]:
        """ISO value of a matched date.

        ``reference`` resolves relative expressions ("hier", "mardi dernier"); partial dates
        ("9 février") use ``anchor`` when given, else ``reference``.
        """
        g = match.groups
        partial_base = anchor or reference
        if match.kind == "numeric":
            return self._absolute_day(g["core"])
        if match.kind == "day":
            if "year" in g:
                return self._absolute_day(_normalise(g["core"]))
            month = self.months[_normalise(g["month"]).lower()]
            day = self._day_number(g["day"])
            if "mod" in g:  # "le 3 mars dernier", "le 15 mars prochain"
                return _iso(_shift_to_day(month, day, reference, g["mod"].lower() in self.next_words))
            return _iso(_partial_date(month, day, partial_base))
        if match.kind in ("month", "horizon") and "month" in g:
            month = self.months[_normalise(g["month"]).lower()]
            if "year" in g:
                return f"{int(g['year']):04d}-{month:02d}"
            if "mod" in g:
                return _month_iso(_shift_to_month(month, reference, g["mod"].lower() in self.next_words))
            base = _partial_date(month, 1, partial_base)
            return _month_iso(base)
        if match.kind in ("year", "horizon"):
            return f"{int(g['year']):04d}"
        if match.kind == "weekday":
            mod = g.get("mod", "").lower()
            direction = 1 if mod in self.next_words else -1 if mod in self.past_words else 0
            return _iso(_weekday(self.weekdays[g["weekday"].lower()], reference, direction))
        if match.kind == "relative":
            unit, offset = self.relative[_normalise(g["relative"]).lower()]
            return _relative(unit, offset, reference)
        return None

    def _absolute_day(self, text: str) -> Optional[str]:
        """dateparser handles full French dates well: ordinals, abbreviations, dd/mm/yyyy."""
        if text not in self._absolute_cache:  # news repeat their dates; dateparser is slow-ish
            data = self._dateparser.get_date_data(text.replace("ᵉʳ", "er"))
            ok = data.date_obj is not None and data.period == "day"
            if len(self._absolute_cache) > 10_000:
                self._absolute_cache.clear()
            self._absolute_cache[text] = data.date_obj.date().isoformat() if ok else None
        return self._absolute_cache[text]

    @staticmethod
    def _day_number(text: str) -> int:
        text = text.lower()
        return 1 if text in ("1er", "1ᵉʳ", "premier") else int(text)

    def duration_years(self, groups: dict) -> Optional[float]:
        number = parse_french_number(groups["number"])
        if number is None or number <= 0:
            return None
        if "half" in groups:
            number += 0.5
        return round(number / self.units[groups["unit"].lower()], 6)

    def parse_duration(self, text: str) -> Optional[float]:
        m = self._duration_text.match(_normalise(text))
        if not m:
            return None
        return self.duration_years({k: v for k, v in m.groupdict().items() if v is not None})


# ------------------------------------------------------------------------- calendar helpers


def _iso(day: Optional[dt.date]) -> Optional[str]:
    return day.isoformat() if day else None


def _month_iso(day: Optional[dt.date]) -> Optional[str]:
    return f"{day.year:04d}-{day.month:02d}" if day else None


def _partial_date(month: int, day: int, base: Optional[dt.date]) -> Optional[dt.date]:
    """Year of ``base``, or the year before if that lands more than ~6 months after ``base``."""
    if base is None:
        return None
    for year in (base.year, base.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 février of a non-leap year
            continue
        if candidate - base <= PARTIAL_DATE_WINDOW:
            return candidate
    return None


def _shift_to_month(month: int, reference: Optional[dt.date], forward: bool) -> Optional[dt.date]:
    """Most recent ``month`` strictly before the reference's month ("janvier dernier"), or next."""
    if reference is None:
        return None
    if forward:
        year = reference.year if month > reference.month else reference.year + 1
    else:
        year = reference.year if month < reference.month else reference.year - 1
    return dt.date(year, month, 1)


def _shift_to_day(month: int, day: int, reference: Optional[dt.date], forward: bool) -> Optional[dt.date]:
    """The closest ``day``/``month`` strictly before (after, when ``forward``) the reference."""
    if reference is None:
        return None
    years = range(reference.year, reference.year + 2) if forward else range(reference.year, reference.year - 2, -1)
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate > reference) if forward else (candidate < reference):
            return candidate
    return None


def _weekday(weekday: int, reference: Optional[dt.date], direction: int) -> Optional[dt.date]:
    """direction 0: on or before the reference; -1: strictly before; 1: strictly after."""
    if reference is None:
        return None
    if direction > 0:
        return reference + dt.timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)
    back = (reference.weekday() - weekday) % 7
    if direction < 0 and back == 0:
        back = 7
    return reference - dt.timedelta(days=back)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _relative(unit: str, offset: int, reference: Optional[dt.date]) -> Optional[str]:
    if reference is None:
        return None
    if unit == "day":
        return (reference + dt.timedelta(days=offset)).isoformat()
    if unit == "week":  # the Monday of that week
        return (reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=offset)).isoformat()
    if unit == "month":
        return _month_iso(_add_months(reference, offset))
    if unit == "year":
        return f"{reference.year + offset:04d}"
    return None


# ------------------------------------------------------------------------------ public API


@lru_cache(maxsize=1)
def default_grammar() -> TimeGrammar:
    """The grammar built from the repository's lexicons (loaded once)."""
    return TimeGrammar(load_lexicon(default_data_dir("time_entities")))


def to_date(value: object) -> Optional[dt.date]:
    """A date from a ``date``/``datetime`` or an ISO string ("2025-02-10", "2025-02-10T08:00")."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def parse_date(
    text: str, reference: Optional[dt.date], *, anchor: Optional[dt.date] = None
) -> Optional[str]:
    """ISO 8601 value of a French date expression, at the precision the text gives.

    ``parse_date("9 février 2025", None) == "2025-02-09"``; ``parse_date("mardi dernier",
    date(2025, 2, 10)) == "2025-02-04"``; relative expressions give None without a reference.
    ``anchor`` (optional) overrides ``reference`` for partial dates only.
    """
    grammar = default_grammar()
    match = grammar.match_date(text)
    if match is None:
        return None
    return grammar.resolve(match, to_date(reference), to_date(anchor))


def parse_duration(text: str) -> Optional[float]:
    """Length of time in years: "18 mois" -> 1.5, "trois ans et demi" -> 3.5, "une décennie" -> 10."""
    return default_grammar().parse_duration(text)
