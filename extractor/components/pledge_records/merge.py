"""Merge: a title, lead or bullet that restates a body pledge is one record."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from .text import first_line_bounds, sentence_of, text_of

LONG_LINE = 120  # characters: shorter lines are titles, headings or summary bullets


@dataclass
class Candidate:
    money: Span
    sent: Span
    fields: dict
    cue_at: int  # the token of the verb or noun that makes the amount a pledge
    investor_strength: int = 0  # 2 = read from syntax or a marker, 1 = from a nearby mention, 0 = none
    raise_kind: bool = False
    aid: bool = False  # a grant, loan or guarantee: someone grants it even when the text names only who receives
    received: bool = False  # 'X reçoit 20 M€': handed out by someone, even when the text names only who receives
    restated: bool = False  # another mention of the same pledge was merged into this one
    unnamed_giver: bool = False  # 'prêtés par 620 contributeurs': the text says who gives, and names nobody


def _restates(a: Candidate, b: Candidate) -> bool:
    """Is one mention a restatement of the other?

    The same amount is one pledge unless both mentions name different investors with confidence (two
    different 10 Md€ pledges in one article). A title or lead that rounds a body figure ('près de 2
    milliards' for 1,9 milliard) restates it when the investor is the same.
    """
    investors = (a.fields["investor"], b.fields["investor"])
    differ = all(investors) and investors[0] != investors[1]
    if _same_money(a.money, b.money):
        if differ and a.investor_strength == 2 and b.investor_strength == 2:
            return False
        if differ and min(a.investor_strength, b.investor_strength) >= 1 and a.sent.start != b.sent.start:
            return not _both_in_body(a, b)
        return True
    same_investor = all(investors) and not differ
    if not (same_investor and not _both_in_body(a, b) and _same_money(a.money, b.money, tolerance=0.1)):
        return False
    # the lead rounds the body ('près de 2 milliards' for 1,9 milliard), not the other way round:
    # 'jusqu'à 650 M€' in a summary is not the 600 millions of another deal in the body
    lead, body = (a, b) if _in_lead(a) else (b, a)
    return _significant_digits(lead.money._.value or 0) <= _significant_digits(body.money._.value or 0)


def _significant_digits(value: float) -> int:
    """2 for 1,9 milliard, 1 for 2 milliards, 2 for 650 millions."""
    digits = f"{value:.6g}".replace(".", "").lstrip("0").split("e")[0]
    return len(digits.rstrip("0")) or 1


def _same_money(a: Span, b: Span, tolerance: float = 0.005) -> bool:
    """Same value, and same currency unless one of them states none ('500 milliards côté américain'
    borrows its currency from a neighbour, which may be the wrong one)."""
    va, vb = a._.value or 0, b._.value or 0
    same_currency = (a._.currency or "EUR") == (b._.currency or "EUR")
    return (same_currency or _bare(a) or _bare(b)) and abs(va - vb) <= tolerance * max(va, vb)


def _bare(money: Span) -> bool:
    """An amount written without its currency ends with its magnitude word."""
    return money[-1].lower_.rstrip("s") in ("milliard", "million", "mille", "billion")


def _both_in_body(a: Candidate, b: Candidate) -> bool:
    """True when neither mention sits in the title, a summary bullet or the lead paragraph."""
    return not _in_lead(a) and not _in_lead(b)


def _in_title(cand: Candidate) -> bool:
    """A title amount that no body sentence restates is a headline total ('15 milliards promis').
    The first line is a title only when a body follows and it does not end like a sentence."""
    text = text_of(cand.money.doc)
    start, end = first_line_bounds(cand.money.doc)
    if not text[end:].strip() or text[start:end].rstrip().endswith("."):
        return False
    return cand.money.start_char < end


def _in_lead(cand: Candidate) -> bool:
    """Title, short lines (headings, bullets) and the first long paragraph restate the body."""
    text = text_of(cand.money.doc)
    line_start = text.rfind("\n", 0, cand.money.start_char) + 1
    long_lines_before = [line for line in text[:line_start].split("\n") if len(line.strip()) >= LONG_LINE]
    line_end = text.find("\n", cand.money.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return line_start == 0 or len(line) < LONG_LINE or not long_lines_before


def _score(cand: Candidate) -> tuple:
    filled = sum(1 for v in cand.fields.values() if v is not None)
    return (not _in_lead(cand), cand.investor_strength, filled)


class MergeMixin:
    """Methods of PledgeRecords (see component.py); they read self.words, self.mapping, self.nlp."""

    def merge(self, candidates: list[Candidate]) -> list[Candidate]:
        """A later mention of the same amount (title, summary, restatement) is one record.

        Two mentions stay apart only when both name their investor from syntax and the names differ
        (two different 10 Md€ pledges in one article)."""
        kept: list[Candidate] = []
        for cand in candidates:
            twin = next((other for other in kept if _restates(other, cand)), None)
            if twin is None:
                kept.append(cand)
                continue
            better, worse = (cand, twin) if _score(cand) >= _score(twin) else (twin, cand)
            better.restated = True
            agree = worse.fields["investor"] in (None, better.fields["investor"])
            for key, value in worse.fields.items():
                if not agree or (key == "location" and value == better.fields.get("investor")):
                    continue
                if better.fields.get(key) is None and value is not None:
                    better.fields[key] = value
            kept[kept.index(twin)] = better
        return kept

    @staticmethod
    def drop_sums_of_parts(candidates: list[Candidate]) -> list[Candidate]:
        """'un plan de sauvetage de 19 M€' then 9 millions from the shareholders, 6 from Macif and 4 from La
        Banque postale: an amount nobody is named to give, which the next two to six pledges add up to
        exactly, is their total, not a pledge of its own."""
        ordered = sorted(candidates, key=lambda c: c.money.start)

        def summed(index: int) -> bool:
            total = ordered[index]
            value, currency = total.money._.value or 0, total.money._.currency
            parts = 0.0
            for part in ordered[index + 1 : index + 7]:
                if part.money._.currency != currency or part.fields["recipient"] not in (None, total.fields["recipient"]):
                    return False
                parts += part.money._.value or 0
                if part is not ordered[index + 1] and abs(parts - value) <= 0.005 * value:
                    return True
                if parts > value:
                    return False
            return False

        sums = {id(c) for i, c in enumerate(ordered) if c.fields["investor"] is None and c.money._.value and summed(i)}
        return [c for c in candidates if id(c) not in sums]

    @staticmethod
    def apply_corrections(candidates: list[Candidate], denied: list[Span]) -> list[Candidate]:
        """'Rectificatif : la série B de Klarys s'élève à 30 millions, et non à 35 millions comme indiqué
        plus haut': an amount a later sentence denies was a mistake. Its earlier mentions go, and the
        amount given instead keeps what they said of the pledge (who, to whom, when, for what)."""
        for wrong in denied:
            sent = sentence_of(wrong)
            right = min(
                (c for c in candidates if sentence_of(c.money) == sent),
                key=lambda c: abs(c.money.start - wrong.start),
                default=None,
            )
            if right is None:
                continue
            # (the same parties: 'la collectivité n'apporte pas 15 millions, mais 6 M€' does not undo the bank's 15)
            mistaken = [
                c for c in candidates
                if c.money.end <= sent.start
                and _same_money(c.money, wrong)
                and all(right.fields[key] in (None, c.fields[key]) for key in ("investor", "recipient"))
            ]
            if not mistaken:
                continue
            first = max(mistaken, key=lambda c: (not _in_title(c), c.investor_strength))
            for key, value in first.fields.items():
                if value is not None and (key in ("investor", "recipient") or right.fields.get(key) is None):
                    right.fields[key] = value
            right.investor_strength = max(right.investor_strength, first.investor_strength)
            candidates = [c for c in candidates if c not in mistaken]
        return candidates
