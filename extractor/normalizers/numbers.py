"""French numbers as floats: "1 500", "1,5", "1.500", "cinquante", "deux cents", "un milliard et demi".

Shared by the money and duration parsers, so it knows nothing about currencies. Word lists
(number words, magnitudes) are data in ``models/fr_pledge/money_entities/``; this module only
assembles them. text2num reads the integer words; magnitudes are applied here, never through
``alpha2digit`` (which turns "109 milliards" into "109 1000000000").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from text_to_num import text2num

from ..components.spans import default_data_dir, read_jsonl

# Thousands separators seen in French text: space, no-break space, narrow no-break space, dot.
APOSTROPHES = "'’ʼ`´"
_SPACE_RE = re.compile(r"[\s\u00a0\u202f]+")
_DIGITS_GROUPED = re.compile(r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?")
_DIGITS_PLAIN = re.compile(r"\d+(?:[,.]\d+)?")

# Regex sources for digits as they occur in running text (for assembling bigger patterns).
DIGIT_NUMBER = r"(?<![\d,.])(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?![\d])(?:,\d+)?|\d+(?:[,.]\d+)?)(?![\d])"


def normalise_spaces(text: str) -> str:
    """Fold every apostrophe to ``'`` and every space (NBSP, narrow NBSP) to one plain space."""
    for a in APOSTROPHES[1:]:
        text = text.replace(a, "'")
    return _SPACE_RE.sub(" ", text).strip()


def apostrophe_regex(form: str) -> str:
    """Regex source for ``form`` that accepts any apostrophe and any run of spaces."""
    out = []
    for ch in form:
        if ch in APOSTROPHES:
            out.append(f"[{APOSTROPHES}]")
        elif ch == " ":
            out.append(r"[\s\u00a0\u202f]+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def alternation(forms: list[str]) -> str:
    """Longest first, so that "milliards" wins over "milliard" and "US$" over "$"."""
    return "|".join(apostrophe_regex(f) for f in sorted(set(forms), key=len, reverse=True))


@dataclass(frozen=True, eq=False)
class NumberLexicon:
    """Number words and magnitudes, read from JSONL rows (hashed by identity, for regex caches)."""

    cardinals: dict[str, float] = field(default_factory=dict)  # "cinquante" -> 50
    fractions: dict[str, float] = field(default_factory=dict)  # "demi" -> 0.5
    magnitude_words: dict[str, float] = field(default_factory=dict)  # lower-cased: "milliards" -> 1e9
    magnitude_abbrs: dict[str, float] = field(default_factory=dict)  # case-sensitive: "Md" -> 1e9

    @classmethod
    def from_rows(cls, number_rows: list[dict], magnitude_rows: list[dict]) -> "NumberLexicon":
        cardinals = {r["form"].lower(): float(r["value"]) for r in number_rows if r["kind"] == "cardinal"}
        fractions = {r["form"].lower(): float(r["value"]) for r in number_rows if r["kind"] == "fraction"}
        words = {r["form"].lower(): float(r["factor"]) for r in magnitude_rows if r["kind"] == "word"}
        abbrs = {r["form"]: float(r["factor"]) for r in magnitude_rows if r["kind"] == "abbr"}
        return cls(cardinals, fractions, words, abbrs)

    @classmethod
    def from_dir(cls, path: Path) -> "NumberLexicon":
        path = Path(path)
        return cls.from_rows(read_jsonl(path / "number_words.jsonl"), read_jsonl(path / "magnitudes.jsonl"))

    # --- regex sources, for the entity component -------------------------------------------
    def word_number_regex(self) -> str:
        """A run of number words ("deux cent cinquante", "vingt et un", "trois millions cinq cent mille").

        A magnitude word may sit inside the run only when more number words follow, so that in
        "deux millions d'euros" the run is "deux" and "millions" is left to the magnitude slot.
        """
        word = rf"(?:{alternation(list(self.cardinals) + list(self.fractions))})(?![\w])"
        join = r"(?:[\s\u00a0]*-[\s\u00a0]*|[\s\u00a0]+)(?:et(?:[\s\u00a0]*-[\s\u00a0]*|[\s\u00a0]+)(?=(?:un|une|onze)\b))?"
        mag = rf"(?:{alternation([w for w in self.magnitude_words if w != 'mille'])})"
        # Bounded: no French number needs more words, and an unbounded run backtracks badly.
        return rf"\b{word}(?:{join}(?:{mag}{join})?{word}){{0,7}}"

    def number_regex(self) -> str:
        return rf"(?:{DIGIT_NUMBER}|{self.word_number_regex()})"

    def magnitude_regex(self) -> str:
        words = rf"(?:{alternation(list(self.magnitude_words))})(?![\w])"
        abbrs = rf"(?-i:{alternation(list(self.magnitude_abbrs))})(?![A-Za-zÀ-ÿ0-9])"
        return rf"(?:{words}|{abbrs})"

    def fraction_regex(self) -> str:
        return rf"(?:{alternation(list(self.fractions))})(?![\w])"

    # --- lookups ----------------------------------------------------------------------------
    def magnitude(self, form: str) -> Optional[float]:
        form = form.strip()
        if form in self.magnitude_abbrs:
            return self.magnitude_abbrs[form]
        return self.magnitude_words.get(form.lower())

    def fraction(self, form: str) -> Optional[float]:
        return self.fractions.get(form.strip().lower())


@lru_cache(maxsize=None)
def default_number_lexicon() -> NumberLexicon:
    return NumberLexicon.from_dir(default_data_dir("money_entities"))


def _parse_digits(text: str) -> Optional[float]:
    if _DIGITS_GROUPED.fullmatch(text):
        return float(text.replace(" ", "").replace(".", "").replace(",", "."))
    if _DIGITS_PLAIN.fullmatch(text):
        return float(text.replace(",", "."))
    return None


def _parse_words(text: str, lex: NumberLexicon) -> Optional[float]:
    """Integer words through text2num, plus the fractions text2num does not know."""
    text = text.lower().strip()
    if not text:
        return None
    if text in lex.fractions:  # "demi", "quart"
        return lex.fractions[text]
    if text in lex.magnitude_words and text not in lex.cardinals:
        return None  # "milliards" alone is no number (text2num would say 1e9)
    head, _, last = text.rpartition(" ")
    if last in lex.fractions and head:
        if head.endswith(" et"):  # "deux et demi"; "un milliard et demi" is 1.5 milliard
            whole_text = head[:-3].strip()
            count_text, _, unit = whole_text.rpartition(" ")
            factor = lex.magnitude_words.get(unit)
            if factor and count_text:
                count = _parse_words(count_text, lex)
                return None if count is None else (count + lex.fractions[last]) * factor
            whole = _parse_words(whole_text, lex)
            return None if whole is None else whole + lex.fractions[last]
        count = _parse_words(head, lex)  # "trois quarts", "deux tiers"
        return None if count is None else count * lex.fractions[last]
    try:
        return float(text2num(text, "fr"))
    except (ValueError, IndexError, KeyError, TypeError):
        return None


def _parse_plain(text: str, lex: NumberLexicon) -> Optional[float]:
    value = _parse_digits(text)
    return value if value is not None else _parse_words(text, lex)


def parse_french_number(text: str, lexicon: Optional[NumberLexicon] = None) -> Optional[float]:
    """The value of a French number, with an optional trailing magnitude, or None.

    "1 500" -> 1500, "1.500" -> 1500, "1,5" -> 1.5, "cinquante" -> 50, "deux cents" -> 200,
    "109 milliards" -> 1.09e11, "1,5 Md" -> 1.5e9, "un milliard et demi" -> 1.5e9,
    "trois quarts" -> 0.75, "1 billion" -> 1e12 (French billion).
    """
    lex = lexicon or default_number_lexicon()
    t = normalise_spaces(text)
    if not t:
        return None
    value = _parse_plain(t, lex)
    if value is not None:
        return value
    m = _magnitude_tail(lex).fullmatch(t)
    if not m:
        return None
    factor = lex.magnitude(m.group("mag"))
    higher = _split_higher_magnitude(m.group("num").strip(), factor, lex)
    if higher is not None:
        # "un milliard cent cinquante millions" = un milliard + cent cinquante millions
        high, low = higher
        high_value = parse_french_number(high, lex)
        low_value = parse_french_number(f"{low} {m.group('mag')}", lex)
        return None if high_value is None or low_value is None else high_value + low_value
    base = _parse_plain(m.group("num").strip(), lex)
    if base is None or factor is None:
        return None
    if m.group("frac"):
        base += lex.fraction(m.group("frac")) or 0.0
    return base * factor


def _split_higher_magnitude(
    number: str, factor: Optional[float], lex: NumberLexicon
) -> Optional[tuple[str, str]]:
    """Split "un milliard cent cinquante" before a lower magnitude: ("un milliard", "cent cinquante")."""
    if factor is None:
        return None
    words = number.split(" ")
    for i in range(len(words) - 1, 0, -1):
        higher = lex.magnitude_words.get(words[i - 1].lower())
        if higher and higher > factor and words[i].lower() not in ("et",):
            return " ".join(words[:i]), " ".join(words[i:])
    return None


@lru_cache(maxsize=8)
def _magnitude_tail(lex: NumberLexicon) -> re.Pattern:
    return re.compile(
        rf"(?P<num>.+?)(?:\s*|-)(?P<mag>{lex.magnitude_regex()})(?:\s+et\s+(?P<frac>{lex.fraction_regex()}))?",
        re.IGNORECASE,
    )
