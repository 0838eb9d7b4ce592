"""Fields: what the money pays for, where it goes, when it was announced, over how long."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from .component import PledgeRecords

from .cues import Cue, _lemma
from .parties import _home_country
from .text import _is_horizon, _noun_phrase, _sentences_before
from ...canonical import default_table


def _after(value: str, published: Optional[str]) -> bool:
    """'2026' or '2025-06' is after '2025-05-19' when its stated part is later."""
    return published is not None and value > published[: len(value)]


def _place_rank(ent: Span, component: PledgeRecords) -> int:
    """Cities before regions before countries: the most specific place wins."""
    name = component.name_of(ent, as_actor=False)
    if name in component.mapping["nationality"].values() or name.lower() in component.words["continent"]:
        return 2
    if (
        ent.text[:1].isupper()
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ in ("le", "la", "les", "l'", "du", "dans")
    ):
        return 1  # "dans le Nord", "la Bretagne": regions take an article, cities do not
    if default_table().kinds.get(name) in ("department", "region") or _contains_place_before(ent):
        return 1  # 'SAINT-DIZIER (Haute-Marne)', 'son usine de Durham, en Caroline du Nord': what the town lies in
    return 0


def _contains_place_before(ent: Span) -> bool:
    """'Fumel (Lot-et-Garonne)', 'Durham, en Caroline du Nord': a place right after another names what
    contains it."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and doc[i].lower_ in ("(", ",", "en", "dans", "le", "la", "l'", "l’"):
        i -= 1
    return i < ent.start - 1 and i >= 0 and doc[i].ent_type_ == "LOC" and doc[ent.start - 1].lower_ in ("(", "en", "dans", "le", "la", "l'", "l’")


class FieldMixin:
    """Methods of PledgeRecords (see component.py); they read self.words, self.mapping, self.nlp."""

    def find_location(self, money: Span, sent: Span, exclude: tuple) -> Optional[str]:
        """Where the money goes: a place after the amount (the destination: 'consacrés au site de
        Cambrai') before one ahead of it (often the venue: 'À Versailles, ...'), the most specific
        first; else a place of the two sentences before; else the country of a state investor."""
        places = self.places_in(sent, exclude)
        if not places:
            for previous in _sentences_before(sent, 2):
                places = self.places_in(previous, exclude)
                if places:
                    break
            if not places:
                return self.article_site(money.doc, exclude)
        places.sort(key=lambda e: (e.start < money.start, _place_rank(e, self), abs(e.start - money.start)))
        return self.name_of(places[0], as_actor=False)

    def article_site(self, doc: Doc, exclude: tuple) -> Optional[str]:
        """No place near the amount: the state the article is about, investing at home, invests in
        its own country (a foreign state investing may be investing anywhere)."""
        investor = next((x for x in exclude if x), None)
        return investor if investor and investor == _home_country(doc, self) else None

    def places_in(self, sent: Span, exclude: tuple) -> list[Span]:
        """LOC entities that can be a destination: not the parties, not a letter ('série B')."""
        doc = sent.doc
        return [
            e
            for e in sent.ents
            if e.label_ == "LOC"
            and len(e.text) > 2
            and not doc[max(0, e.start - 3) : e.start].text.lower().endswith(tuple(self.words["proximity"]))
            and e.text[:1].isupper()
            and not self.programme_name(e)  # ('le plan « Lycées 2032 »')
            and self.name_of(e, as_actor=False) not in exclude
            and self.name_of(e) not in exclude
        ]

    def find_date(self, money: Span, sent: Span) -> Optional[str]:
        """The announcement date: a date in the sentence; else the last full date stated before it
        (news name the day of the event once, then list what was announced); else the publication date."""
        published = money.doc._.published
        dates = [
            e
            for e in sent.ents
            if e.label_ == "DATE" and e._.value and not _is_horizon(e) and not _after(str(e._.value), published)
        ]  # a date after publication is a schedule ('les travaux débuteront en 2026'), not the announcement
        following = self.date_right_after(money, dates)
        if following is not None:
            return following._.value  # '70 milliards en novembre 2022, 260 milliards en avril 2023'
        if dates:
            return min(dates, key=lambda e: (len(str(e._.value)) < 7, abs(e.start - money.start)))._.value
        doc = money.doc
        earlier = [
            e
            for e in doc.ents
            if e.label_ == "DATE"
            and e.end <= sent.start
            and e._.value
            and len(str(e._.value)) == 10
            and not _is_horizon(e)
        ]
        if earlier:
            value = earlier[-1]._.value
            if published is None or value <= published:
                return value
        return published

    @staticmethod
    def date_right_after(money: Span, dates: list[Span], reach: int = 10) -> Optional[Span]:
        """A date that follows the amount before any other amount (a conversion in parentheses aside)."""
        doc = money.doc
        depth = 0
        for token in doc[money.end : min(money.end + reach, len(doc))]:
            if token.text == "(":
                depth += 1
            elif token.text == ")":
                depth = max(0, depth - 1)
            elif token.ent_type_ == "MONEY" and depth == 0:
                return None
            elif token.ent_type_ == "DATE" and depth == 0:
                return next((d for d in dates if d.start <= token.i < d.end), None)
            elif token.pos_ in ("VERB", "AUX") or token.text in (";", ":", "."):
                return None
        return None

    def find_duration(self, money: Span, sent: Span) -> Optional[float]:
        durations = [e for e in sent.ents if e.label_ == "DURATION" and e._.value is not None]
        if not durations:
            return None
        return float(min(durations, key=lambda e: abs(e.start - money.start))._.value)

    def find_target(self, money: Span, sent: Span, cue: Cue) -> Optional[str]:
        """What the money pays for: the nearest noun of the target class in the sentence (one after the
        amount wins a tie: 'consacrés au site'); else one of the two sentences before (the project
        named before its financing); else the plan or fund the amount endows."""
        found = self.target_in(sent, money.start, money.end)
        doc = money.doc
        if found is None:
            complement = self.purpose_after(money, sent)
            if complement is not None:
                return _noun_phrase(complement)
        for previous in _sentences_before(sent, 2):
            if found is not None:
                break
            found = self.target_in(previous, previous.end, previous.end)
        if found is not None:
            return _noun_phrase(*found)
        head = doc[cue.start]
        if cue.kind == "pledge_noun" and head.lower_ in self.words["endowed_noun"]:
            return _noun_phrase(head)
        return None

    def purpose_after(self, money: Span, sent: Span) -> Optional[Token]:
        """'3 milliards sont consacrés aux biomédicaments', '1,2 milliard dans ses activités françaises',
        '800 milliards pour la défense européenne': with no target noun in the sentence, the noun that the
        preposition right after the amount (or its verb) introduces, when it names no actor, place or time."""
        doc = money.doc
        i = money.end
        end = min(sent.end, money.end + 8)
        while i < end and doc[i].text not in (",", ";", ":", ".", "(", "«", "»"):
            word = doc[i].lower_
            if word in ("à", "au", "aux", "pour", "dans"):
                if word == "dans" and any(t.lower_ in self.words["drawn_from"] for t in doc[max(money.end, i - 2) : i]):
                    return None  # ('puisés dans son activité de fonds de fonds': where it comes from)
                j = i + 1
                if word == "pour" and j < end and doc[j].pos_ == "VERB":
                    j += 1  # 'pour financer la construction'
                while j < end and doc[j].pos_ in ("DET", "ADJ") and doc[j].ent_type_ == "":
                    j += 1
                if j < end and doc[j].pos_ == "NOUN" and doc[j].ent_type_ == "" and doc[j].lower_ not in self.words["purpose_not"]:
                    return doc[j]
                return None
            i += 1
        return None

    def is_target(self, token: Token) -> bool:
        targets = self.words["target_noun"]
        return token.lower_ in targets or _lemma(token) in targets

    def target_in(self, span: Span, anchor_start: int, anchor_end: int) -> Optional[tuple[Token, int]]:
        doc = span.doc
        best, best_distance, best_width = None, None, 1
        targets = self.words["target_noun"]
        for token in span:
            if token.ent_type_ in ("MONEY", "DATE", "DURATION", "ORG", "PER") or token.pos_ not in (
                "NOUN",
                "PROPN",
                "X",
                "ADJ",
            ):
                continue
            word = token.lower_
            two = f"{word} {doc[token.i + 1].lower_}" if token.i + 1 < span.end else ""
            if token.i >= 2 and doc[token.i - 1].lower_ in ("de", "d'") and self.is_target(doc[token.i - 2]):
                continue  # 'usine de batteries': the head noun speaks for the phrase
            if word in targets or _lemma(token) in targets or two in targets:
                distance = abs(token.i - anchor_start) - (3 if token.i >= anchor_end else 0)
                if word in self.words["target_domain"] or _lemma(token) in self.words["target_domain"]:
                    distance += 100  # a field of activity ('IA') only when no concrete thing is named
                if best_distance is None or distance < best_distance:
                    best, best_distance, best_width = token, distance, 2 if two in targets else 1
        return (best, best_width) if best is not None else None
