"""Amounts of money in French text: value in units, ISO 4217 currency, range bounds, qualifier.

"109 milliards d'euros" -> 1.09e11 EUR; "1,5 Md€" -> 1.5e9 EUR; "entre 30 et 50 milliards
d'euros" -> 5e10 (min 3e10, max 5e10); "plus de 800 milliards d'euros" -> 8e11, qualifier
"plus de". The magnitude arithmetic is done here (number × magnitude), never by feeding
text2num's ``alpha2digit`` output to a price parser, which reads "109 1000000000" as 1.09e12.

All word lists (currencies, magnitudes, number words, qualifiers, range words) are JSONL data in
``models/fr_pledge/money_entities/``; :class:`MoneyGrammar` assembles them into regexes that
both :func:`parse_money` and the ``money_entities`` component use, so the two never disagree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..components.spans import default_data_dir, read_jsonl
from .numbers import (
    APOSTROPHES,
    NumberLexicon,
    alternation,
    apostrophe_regex,
    normalise_spaces,
    parse_french_number,
)

LEXICON_FILES = (
    "currencies.jsonl",
    "magnitudes.jsonl",
    "number_words.jsonl",
    "qualifiers.jsonl",
    "ranges.jsonl",
)
S = r"[^\S\n]"  # any space (NBSP and narrow NBSP included) except a line break
# Range bounds further apart than this are not a range ("de 2020 à 3 milliards").
_MAX_DISTRIBUTED_BOUND = 1000.0


@dataclass(frozen=True)
class MoneyValue:
    """A normalised amount; for a range, ``value`` is the upper bound."""

    value: float
    currency: Optional[str] = None
    amount_min: Optional[float] = None
    amount_max: Optional[float] = None
    qualifier: Optional[str] = None


@dataclass(frozen=True)
class MoneyMatch:
    """Where an amount sits in a text and what the text says about it."""

    start: int
    end: int
    text: str
    money: MoneyValue
    has_currency: bool
    has_magnitude: bool
    currency_form: Optional[str] = None  # the currency as written ("$", "dollars", "€")


def load_lexicon(data_dir: Optional[Path] = None) -> dict[str, list[dict]]:
    """The JSONL rows of every lexicon file, keyed by file name."""
    path = Path(data_dir) if data_dir is not None else default_data_dir("money_entities")
    return {name: read_jsonl(path / name) for name in LEXICON_FILES}


class MoneyGrammar:
    """Regexes for amounts of money, assembled from the lexicon rows, plus their parsing."""

    def __init__(self, lexicon: dict[str, list[dict]]) -> None:
        self.numbers = NumberLexicon.from_rows(lexicon["number_words.jsonl"], lexicon["magnitudes.jsonl"])
        cur_rows = lexicon["currencies.jsonl"]
        self.currency_words = {normalise_spaces(r["form"]).lower(): r["iso"] for r in cur_rows if r["kind"] == "word"}
        self.currency_symbols = {r["form"]: r["iso"] for r in cur_rows if r["kind"] in ("symbol", "code")}
        # Forms whose country the article decides ("$" and "dollars" in a Québec daily are CAD).
        self.ambiguous_forms = {
            normalise_spaces(r["form"]).lower() if r["kind"] == "word" else r["form"]
            for r in cur_rows
            if r.get("ambiguous")
        }
        # Forms shared by several currencies ("couronnes": SEK, DKK, NOK, CZK): the article's country picks one.
        self.currency_candidates = {
            normalise_spaces(r["form"]).lower(): tuple(r["candidates"]) for r in cur_rows if r.get("candidates")
        }
        self.qualifiers = {normalise_spaces(r["form"]).lower(): r["qualifier"] for r in lexicon["qualifiers.jsonl"]}
        # (opening word, separator, whether each bound may carry its own currency)
        self.ranges = [(r.get("open"), r["sep"], bool(r.get("currency_on_both"))) for r in lexicon["ranges.jsonl"]]
        self._compile()

    # --- regex assembly ----------------------------------------------------------------------
    def _compile(self) -> None:
        num = self.numbers.number_regex()
        mag = self.numbers.magnitude_regex()
        frac = self.numbers.fraction_regex()
        codes = [f for f in self.currency_symbols if f.isalpha()]
        symbols = [f for f in self.currency_symbols if not f.isalpha()]
        cur_sym = rf"(?-i:(?<![A-Za-z])(?:{alternation(codes)})(?![A-Za-z])|{alternation(symbols)})"
        cur_word = rf"(?:{alternation(list(self.currency_words))})(?![\w])"
        de = rf"(?:(?:de|des){S}+|d[{APOSTROPHES}]{S}*)"

        def amount(tag: str) -> str:
            before = rf"(?:(?P<curp_{tag}>{cur_sym}){S}*)?"
            magnitude = rf"(?:{S}*|-)(?P<mag_{tag}>{mag})(?:{S}+et{S}+(?P<frac_{tag}>{frac}))?"
            after = rf"(?:{S}*{de}?(?P<curw_{tag}>{cur_word})|{S}*(?P<curs_{tag}>{cur_sym}))"
            return rf"{before}(?P<num_{tag}>{num})(?:{magnitude})?(?:{after})?"

        ranges = []
        for i, (opener, sep, _) in enumerate(self.ranges):
            sep_re = rf"(?P<sep_{i}>{apostrophe_regex(sep)})"
            sep_re = rf"{S}*{sep_re}{S}*" if not sep.isalpha() else rf"{S}+{sep_re}{S}+"
            head = ""
            if opener:
                gap = rf"{S}*" if opener[-1] in APOSTROPHES else rf"{S}+"
                head = rf"(?<![\w])(?P<open_{i}>{apostrophe_regex(opener)}){gap}"
            ranges.append(rf"(?P<range_{i}>{head}{amount(f'a{i}')}{sep_re}{amount(f'b{i}')})")
        self._range_tags = [(f"range_{i}", f"a{i}", f"b{i}", f"sep_{i}") for i in range(len(self.ranges))]
        self.range_re = re.compile("|".join(ranges), re.IGNORECASE)
        self.single_re = re.compile(amount("s"), re.IGNORECASE)
        quals = alternation(list(self.qualifiers))
        self.qualifier_before_re = re.compile(rf"(?<![\w])(?P<q>{quals}){S}*$", re.IGNORECASE)
        self.qualifier_head_re = re.compile(rf"^(?P<q>{quals})(?:{S}+|(?<=[{APOSTROPHES}]))", re.IGNORECASE)

    # --- pieces of a match ------------------------------------------------------------------
    def _currency_form(self, m: re.Match, tag: str) -> Optional[str]:
        groups = m.groupdict()
        for kind in ("curw", "curs", "curp"):
            form = groups.get(f"{kind}_{tag}")
            if form:
                return normalise_spaces(form).lower() if kind == "curw" else form
        return None

    def _currency(self, m: re.Match, tag: str) -> Optional[str]:
        form = self._currency_form(m, tag)
        if form is None:
            return None
        return self.currency_words.get(form) or self.currency_symbols.get(form)

    def _amount(self, m: re.Match, tag: str) -> tuple[Optional[float], Optional[float]]:
        """(number, magnitude factor or None) of one bound."""
        mag = m.group(f"mag_{tag}")
        if mag and not m.group(f"frac_{tag}"):
            # the whole phrase, so that "un milliard cent cinquante millions" adds up
            whole = parse_french_number(f"{m.group(f'num_{tag}')} {mag}", self.numbers)
            factor = self.numbers.magnitude(mag)
            if whole is not None and factor:
                return whole / factor, factor
        number = parse_french_number(m.group(f"num_{tag}"), self.numbers)
        if number is None:
            return None, None
        if not mag:
            return number, None
        frac = m.group(f"frac_{tag}")
        if frac:
            number += self.numbers.fraction(frac) or 0.0
        return number, self.numbers.magnitude(mag)

    def _range(self, m: re.Match) -> Optional[MoneyMatch]:
        for i, (whole, a, b, sep) in enumerate(self._range_tags):
            if m.group(whole) is not None:
                break
        else:
            return None
        groups = m.groupdict()
        if (groups.get(f"curw_{a}") or groups.get(f"curs_{a}")) and not self.ranges[i][2]:
            return None  # "passer de 9 euros à 11 euros": two prices; "entre 9 euros et 11 euros" is a range
        if not m.group(sep).isalpha() and not (m.group(f"num_{a}")[:1].isdigit() and m.group(f"num_{b}")[:1].isdigit()):
            return None  # a dash joins number words ("vingt-cinq"); it makes ranges of digits only
        low, low_mag = self._amount(m, a)
        high, high_mag = self._amount(m, b)
        if low is None or high is None:
            return None
        cur_a, cur_b = self._currency(m, a), self._currency(m, b)
        if not (high_mag or cur_a or cur_b):
            return None  # "de 2020 à 2024": numbers, not money
        if cur_a and cur_b and cur_a != cur_b:
            return None  # "100 millions de dollars à 90 millions d'euros": two amounts, not a range
        if high_mag:
            high *= high_mag
        if low_mag:
            low *= low_mag
        elif high_mag and low < _MAX_DISTRIBUTED_BOUND:
            low *= high_mag  # "entre 30 et 50 milliards": the magnitude belongs to both bounds
        if low > high:
            return None  # "passer de 50 à 30 milliards" is a change, not a range
        currency = cur_b or cur_a
        money = MoneyValue(value=high, currency=currency, amount_min=low, amount_max=high)
        start, end = m.span(whole)
        form = self._currency_form(m, b) or self._currency_form(m, a)
        return MoneyMatch(start, end, m.group(whole), money, currency is not None, bool(low_mag or high_mag), form)

    def _single(self, m: re.Match) -> Optional[MoneyMatch]:
        number, factor = self._amount(m, "s")
        if number is None:
            return None
        currency = self._currency(m, "s")
        if currency is None and factor is None:
            return None  # a plain number ("1500 participants") is never money
        value = number * factor if factor else number
        return MoneyMatch(
            m.start(), m.end(), m.group(0), MoneyValue(value, currency), currency is not None, bool(factor),
            self._currency_form(m, "s"),
        )

    # --- public -----------------------------------------------------------------------------
    def find(self, text: str) -> list[MoneyMatch]:
        """Every amount in ``text`` that has a currency or a magnitude, ranges first, in text order."""
        found: list[MoneyMatch] = []
        pos = 0
        while (m := self.range_re.search(text, pos)) is not None:
            hit = self._range(m)
            if hit is None:
                pos = m.start() + 1
                continue
            found.append(hit)
            pos = hit.end
        taken = [(f.start, f.end) for f in found]
        for m in self.single_re.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            hit = self._single(m)
            if hit is not None:
                found.append(hit)
        return sorted(found, key=lambda f: f.start)

    def qualifier_before(self, text: str) -> Optional[str]:
        """The qualifier that ends ``text`` ("... pour plus de " -> "plus de"), if any."""
        m = self.qualifier_before_re.search(text)
        return self.qualifiers.get(normalise_spaces(m.group("q")).lower()) if m else None

    def parse(self, text: str, default_currency: Optional[str] = None) -> Optional[MoneyValue]:
        text = text.strip()
        qualifier = None
        head = self.qualifier_head_re.match(text)
        if head:
            qualifier = self.qualifiers.get(normalise_spaces(head.group("q")).lower())
            text = text[head.end():].lstrip()
        hits = self.find(text)
        if hits:
            money = hits[0].money
            return replace(money, currency=money.currency or default_currency, qualifier=qualifier)
        number = parse_french_number(text, self.numbers)
        if number is None:
            return None
        return MoneyValue(number, default_currency, qualifier=qualifier)


@lru_cache(maxsize=None)
def default_grammar() -> MoneyGrammar:
    return MoneyGrammar(load_lexicon())


def parse_money(text: str, default_currency: Optional[str] = None) -> Optional[MoneyValue]:
    """Normalise one amount of money written in French, or None when ``text`` holds no number.

    A leading qualifier ("plus de", "environ", ...) is reported, not applied. Without a
    currency in the text, ``default_currency`` is used.
    """
    return default_grammar().parse(text, default_currency)
