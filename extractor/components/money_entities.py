"""MONEY entities with a normalised value, ISO 4217 currency, range bounds and qualifier.

Rule-based because fr_core_news_md has no MONEY label and the pledge records need the value,
not only the span. The grammar lives in :mod:`extractor.normalizers.money`; the words it is
built from are JSONL lexicons in ``models/fr_pledge/money_entities/``.

Span conventions (the gold annotation follows them):
  * from the first number (digits, number words or a leading currency symbol) to the end of the
    currency word/symbol: "20 milliards d'euros", "1,5 Md€", "US$ 3 milliards";
  * ranges keep their opening word: "entre 30 et 50 milliards d'euros", "de 1 à 2 milliards";
  * qualifiers stay outside the span ("plus de 800 milliards") and go to ``span._.qualifier``;
  * an amount with a magnitude but no currency ("20 milliards de Brookfield", "609 milliards :")
    is money when the article or the sentence is about money, and takes the currency of the
    nearest MONEY span before it (else after it, else ``default_currency``); it is not money when
    the magnitude counts a thing ("1,5 million d'habitants", "3 milliards de paramètres");
  * plain numbers without magnitude or currency, percentages and years are never money.
"""
from __future__ import annotations

from bisect import bisect_right
import re
from dataclasses import replace
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions  # noqa: F401  (registers Span._.value, _.currency, ...)
from ..normalizers.money import LEXICON_FILES, MoneyGrammar, MoneyMatch, load_lexicon
from ..normalizers.numbers import APOSTROPHES, alternation, normalise_spaces
from .spans import default_data_dir, read_jsonl, set_entities, write_jsonl

CUES_FILE = "bare_amount_cues.jsonl"
LOCALES_FILE = "currency_locales.jsonl"
# Words that link a magnitude to what it counts: "1,5 million d'habitants", "50 milliards des Émirats".
_LINK_WORDS = {"de", "d'", "des", "du"}
_NAME_LABELS = {"ORG", "PER", "LOC", "MISC", "GPE"}


@Language.factory(
    "money_entities",
    default_config={
        "data_dir": None,
        "label": "MONEY",
        "default_currency": "EUR",
        "window": 40,
        "min_locale_mentions": 3,
    },
)
def make_money_entities(
    nlp: Language,
    name: str,
    data_dir: Optional[str],
    label: str,
    default_currency: str,
    window: int,
    min_locale_mentions: int,
) -> "MoneyEntities":
    return MoneyEntities(
        nlp,
        name,
        data_dir=data_dir,
        label=label,
        default_currency=default_currency,
        window=window,
        min_locale_mentions=min_locale_mentions,
    )


class MoneyEntities:
    """Adds MONEY spans to ``doc.ents`` and sets value, currency, amount_min/_max, qualifier."""

    def __init__(
        self,
        nlp: Language,
        name: str = "money_entities",
        data_dir: Optional[str | Path] = None,
        label: str = "MONEY",
        default_currency: str = "EUR",
        window: int = 40,
        min_locale_mentions: int = 3,
    ) -> None:
        self.name = name
        self.label = label
        self.default_currency = default_currency
        self.window = window  # characters looked at before a span for its qualifier
        self.min_locale_mentions = min_locale_mentions
        self._load(Path(data_dir) if data_dir else default_data_dir(name))

    def _load(self, path: Path) -> None:
        self.lexicon = load_lexicon(path)
        self.cues = read_jsonl(path / CUES_FILE)
        self.locales = read_jsonl(path / LOCALES_FILE)
        self._build()

    def _build(self) -> None:
        self.grammar = MoneyGrammar(self.lexicon)
        by_kind: dict[str, set[str]] = {}
        for row in self.cues:
            by_kind.setdefault(row["kind"], set()).add(row["word"].lower())
        self.money_nouns = by_kind.get("money_noun", set())
        self.not_counted = by_kind.get("not_counted", set())
        self.money_verbs = by_kind.get("money_verb", set())
        self.locale_cues: dict[str, re.Pattern] = {}
        for iso in dict.fromkeys(row["iso"] for row in self.locales):
            forms = [row["cue"] for row in self.locales if row["iso"] == iso]
            self.locale_cues[iso] = re.compile(rf"(?<![\w-])(?:{alternation(forms)})(?![\w-])", re.IGNORECASE)

    # --- component ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy rebuilds doc.text from the tokens at every access
        matches = self.grammar.find(text)
        _split_glued_tokens(doc, matches)
        found: list[tuple[Span, MoneyMatch]] = []
        for match in matches:
            span = doc.char_span(match.start, match.end, label=self.label, alignment_mode="expand")
            if span is not None:
                found.append((span, match))
        if any(m.currency_form in self.grammar.ambiguous_forms for _, m in found):
            local = self._local_currency(text)
            found = [
                (span, _with_currency(m, local) if local and m.currency_form in self.grammar.ambiguous_forms else m)
                for span, m in found
            ]
        shared = self.grammar.currency_candidates
        if any(m.currency_form in shared for _, m in found):
            found = [
                (span, _with_currency(m, self._country_currency(text, shared[m.currency_form], m.money.currency)))
                if m.currency_form in shared
                else (span, m)
                for span, m in found
            ]
        explicit = [(span, m) for span, m in found if m.has_currency]
        spans: list[Span] = []
        for span, match in found:
            currency = match.money.currency
            if currency is None:
                if not (match.has_magnitude and self._is_bare_money(span, bool(explicit))):
                    continue
                currency = self._inherited_currency(span, explicit)
            money = match.money
            span._.value = money.value
            span._.currency = currency
            span._.amount_min = money.amount_min
            span._.amount_max = money.amount_max
            span._.qualifier = self.grammar.qualifier_before(
                text[max(0, span.start_char - self.window) : span.start_char]
            )
            spans.append(span)
        set_entities(doc, spans)
        return doc

    def _is_bare_money(self, span: Span, money_in_doc: bool) -> bool:
        """A magnitude without currency: money unless it counts a thing, and only in a money context."""
        doc = span.doc
        if re.fullmatch(r"\d+[GMK]", span.text):
            return False  # '5G', '4G' name networks: a one-letter magnitude glued to digits needs a currency
        if span.end < len(doc) and normalise_spaces(doc[span.end].lower_) in _LINK_WORDS and span.end + 1 < len(doc):
            noun = doc[span.end + 1]
            named = noun.text[:1].isupper() and (noun.pos_ == "PROPN" or noun.ent_type_ in _NAME_LABELS)
            if not named and noun.is_alpha and not self._is_money_word(noun):
                return False  # "3 milliards de paramètres", "2 millions de visiteurs"
        return money_in_doc or any(self._is_money_word(t) for t in span.sent)

    def _is_money_word(self, token) -> bool:
        forms = {token.lower_, token.lemma_.lower(), token.lower_.rstrip("sx")}
        return bool(forms & (self.money_nouns | self.not_counted | self.money_verbs))

    def _local_currency(self, text: str) -> Optional[str]:
        """The currency a bare "$"/"dollars" means in this article: the country talked about most.

        Only a country that dominates the article (``min_locale_mentions`` mentions and more than
        twice as many as the United States) overrides USD; a passing mention does not.
        """
        crowns = {iso for candidates in self.grammar.currency_candidates.values() for iso in candidates}
        counts = {iso: len(pattern.findall(text)) for iso, pattern in self.locale_cues.items() if iso not in crowns}
        usd = counts.pop("USD", 0)
        best = max(counts, key=counts.get, default=None)
        if best is None or counts[best] < self.min_locale_mentions or counts[best] <= 2 * usd:
            return None
        return best

    def _country_currency(self, text: str, candidates: tuple[str, ...], default: Optional[str]) -> Optional[str]:
        """'50 milliards de couronnes' in an article on Copenhagen are Danish crowns: the candidate
        whose country the article names most; the row's own currency when it names none."""
        counts = {iso: len(self.locale_cues[iso].findall(text)) for iso in candidates if iso in self.locale_cues}
        best = max(counts, key=counts.get, default=None)
        return best if best is not None and counts[best] > 0 else default

    def _inherited_currency(self, span: Span, explicit: list[tuple[Span, MoneyMatch]]) -> str:
        """The currency of the nearest amount that states one, in characters; the one before wins a
        tie. Conversions in parentheses do not count: in '70 milliards de yens (430 millions d'euros),
        260 milliards', the bare amount is in yen."""
        doc = span.doc
        stated = [(s, m) for s, m in explicit if not _in_parentheses(doc, s)] or explicit
        if not stated:
            return self.default_currency

        def distance(item: tuple[Span, MoneyMatch]) -> tuple[int, int]:
            s = item[0]
            if s.start_char < span.start_char:
                return span.start_char - s.end_char, 0
            return s.start_char - span.end_char, 1

        return min(stated, key=distance)[1].money.currency or self.default_currency

    # --- serialisation --------------------------------------------------------------------
    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        for name in LEXICON_FILES:
            write_jsonl(path / name, self.lexicon[name])
        write_jsonl(path / CUES_FILE, self.cues)
        write_jsonl(path / LOCALES_FILE, self.locales)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> "MoneyEntities":
        self._load(Path(path))
        return self


def _in_parentheses(doc: Doc, span: Span) -> bool:
    """'(environ 134 millions d'euros)': an opening parenthesis a few words before, none closed."""
    for token in reversed(doc[max(0, span.start - 4) : span.start]):
        if token.text == ")":
            return False
        if token.text == "(":
            return True
    return False


def _with_currency(match: MoneyMatch, currency: str) -> MoneyMatch:
    return replace(match, money=replace(match.money, currency=currency))


def _split_glued_tokens(doc: Doc, matches: list[MoneyMatch]) -> None:
    """Split tokens that glue an amount to its neighbour, so that spans keep exact edges.

    spaCy's French rules leave "k€." / "Md€." whole (the full stop is split only after a letter,
    or after a currency that follows a digit) and keep an elided "d’" on a number ("d’1,5");
    with ``alignment_mode="expand"`` the span would take the full stop or the "d’".
    """
    starts = [token.idx for token in doc]
    cuts: dict[int, tuple[int, bool]] = {}  # token index -> (cut offset, amount is the first piece)
    for match in matches:
        for edge in (match.start, match.end):
            i = bisect_right(starts, edge) - 1
            if i < 0 or i in cuts:
                continue
            token = doc[i]
            cut = edge - token.idx
            if not 0 < cut < len(token.text):
                continue
            head, tail = token.text[:cut], token.text[cut:]
            outside = tail if edge == match.end else head
            if not any(ch.isalnum() for ch in outside) or (edge == match.start and head[-1] in APOSTROPHES):
                cuts[i] = (cut, edge == match.end)
    if not cuts:
        return
    with doc.retokenize() as retokenizer:
        for i, (cut, keep_first) in cuts.items():
            # The piece inside the amount keeps the token's role; the other piece hangs on it.
            token = doc[i]
            keep = 0 if keep_first else 1
            head = token.head if token.head.i != token.i else (token, keep)
            heads = [head, (token, 0)] if keep_first else [(token, 1), head]
            deps = [token.dep_, "punct"] if keep_first else ["case", token.dep_]
            retokenizer.split(token, [token.text[:cut], token.text[cut:]], heads=heads, attrs={"DEP": deps})
