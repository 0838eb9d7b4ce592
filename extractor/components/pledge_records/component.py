"""Component ``pledge_records``: link each MONEY entity to who pledges it, for what, where and when.

The linker reads French sentence structure rather than word order alone: the cue (a verb or noun of
commitment, or of revenue/valuation/price) that governs the amount decides whether it is a pledge;
the subject of the governing verb, a passive agent or a round marker ("mené par", "auprès de") gives
the investor; a raising verb ("lever", "boucler") makes its subject the recipient. Word classes live in
``lexicon.jsonl``. Results go to ``doc._.pledges`` as plain dicts so that multiprocessing works.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ... import extensions  # noqa: F401
from ...canonical import normalise_apostrophes
from ..spans import default_data_dir, phrase_doc, read_jsonl, write_jsonl
from .cues import Cue, CueMixin, _verb_stem
from .fields import FieldMixin
from .filters import FilterMixin
from .merge import Candidate, MergeMixin, _in_title
from .anaphora import AnaphoraMixin
from .parties import PartyMixin
from .rounds import RoundMixin
from .text import amount_label, doc_word, forget_sentences, has_phrase, next_sentence, sentence_of

NAME = "pledge_records"


LEXICON_FILE = "lexicon.jsonl"
INFLECTIONS_FILE = "inflections.jsonl"  # derived from the lexicon by inflections.py


@Language.factory(
    NAME, default_config={"data_dir": None}, requires=["doc.ents", "doc.sents"], assigns=["doc._.pledges"]
)
def make_pledge_records(nlp: Language, name: str, data_dir: Optional[str]) -> "PledgeRecords":
    return PledgeRecords(nlp, name, data_dir)



def _stem_pattern(verbs: set[str]) -> re.Pattern:
    """The one-word verbs' stems as one pattern; a class of phrases only has none, and its pattern matches
    nothing rather than every short word."""
    stems = sorted({re.escape(_verb_stem(w)) for w in verbs if " " not in w and "'" not in w})
    return re.compile("(?:%s)\\w{1,5}" % "|".join(stems) if stems else "(?!)")


def _from_pronoun(verb: Token) -> bool:
    """'la société n'avait reçu d'eux que 7 milliards': the giver is named, by a pronoun."""
    after = verb.doc[verb.i + 1 : verb.i + 3]
    return len(after) == 2 and after[0].lower_ in ("de", "d'", "d’") and after[1].pos_ == "PRON"


class PledgeRecords(CueMixin, FilterMixin, PartyMixin, AnaphoraMixin, RoundMixin, FieldMixin, MergeMixin):
    """Build pledge records from the entities and the parse of a doc."""

    def __init__(self, nlp: Language, name: str = NAME, data_dir: Optional[str] = None):
        self.nlp = nlp
        self.name = name
        self.rows: list[dict] = []
        self.inflection_rows: list[dict] = []
        self.load(Path(data_dir or default_data_dir(name)))

    def load(self, path: Path) -> None:
        inflections = path / INFLECTIONS_FILE
        self.inflection_rows = list(read_jsonl(inflections)) if inflections.exists() else []
        # ('reçoit', 'VERB') -> 'recevoir', ('totale', 'ADJ') -> 'total'
        self.inflections = {(row["form"], row["pos"]): row["lemma"] for row in self.inflection_rows}
        self.load_rows(read_jsonl(path / LEXICON_FILE))

    def load_rows(self, rows: Iterable[dict]) -> None:
        self.rows = list(rows)
        self.words: dict[str, set[str]] = defaultdict(set)
        self.mapping: dict[str, dict[str, str]] = defaultdict(dict)
        self.all_values: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        phrases: dict[str, list] = defaultdict(list)
        for row in self.rows:
            cls, text = row["class"], row["text"]
            self.words[cls].add(text.lower())
            value = row.get("country") or row.get("institution") or row.get("value")
            if value:
                self.mapping[cls][text.lower()] = value
                self.all_values[cls][text.lower()].append(value)  # ('Shenzhen': Tencent, BYD, Huawei)
                if cls == "nationality" and not text.endswith(("s", "x")):
                    # 'aides françaises', 'investissements qataris': the plural says the same
                    self.mapping[cls].setdefault(text.lower() + "s", value)
            if " " in text or "'" in text or "-" in text:
                phrases[cls].append(phrase_doc(self.nlp, text))
        for cls, docs in phrases.items():
            self.matcher.add(cls, docs)
        # markers as token tuples, tokenised once: "mené par" -> ("mené", "par")
        self.marker_tokens = {
            kind: [tuple(t.lower_ for t in phrase_doc(self.nlp, m)) for m in sorted(self.words[kind])]
            for kind in ("investor_marker", "recipient_marker", "lead_phrase")
        }
        # a verb class's stems as one pattern: a stem and at most five letters of ending
        self.verb_forms = {kind: _stem_pattern(self.words[kind]) for kind in self.words if kind.endswith("_verb")}
        # the past participles of the cost verbs, which the tagger may read as a noun ('chiffré', 'évaluée')
        stems = "|".join(re.escape(w[:-2]) for w in sorted(self.words["cost_verb"]))
        self.cost_participle = re.compile(rf"(?:{stems})ée?s?")
        # 'quatre groupes', 'une soixantaine de fonds': counted plural subjects
        counts = "|".join(re.escape(w) for w in sorted(self.words["aggregate_count"], key=len, reverse=True))
        nouns = "|".join(re.escape(w) for w in sorted(self.words["aggregate_noun"], key=len, reverse=True))
        self.counted_subject = re.compile(rf"(?:^|, )(?:{counts}) (?:de )?(?:{nouns})(?![\\w-])")

    def to_disk(self, path, exclude=()) -> None:
        write_jsonl(Path(path) / LEXICON_FILE, self.rows)
        write_jsonl(Path(path) / INFLECTIONS_FILE, self.inflection_rows)

    def from_disk(self, path, exclude=()) -> "PledgeRecords":
        self.load(Path(path))
        return self

    def __call__(self, doc: Doc) -> Doc:
        cues = self.find_cues(doc)
        moneys = [e for e in doc.ents if e.label_ == "MONEY"]
        candidates = []
        rejected: set[int] = set()
        denied: list[Span] = []  # amounts the text says are wrong ('et non 35 millions')
        listed: Optional[tuple[Span, Cue]] = None  # the last pledge amount and its cue, for enumerations
        for index, money in enumerate(moneys):
            sent = self.with_explanation(money, sentence_of(money))
            previous = moneys[index - 1] if index else None
            if self.is_conversion(money, previous) or self.is_currency_restatement(money, sent):
                continue
            cost = self.project_cost(money)  # what a project costs its owner ('L'usine représente un investissement de')
            if (
                self.compares_to_rejected(money, previous, rejected, cues)
                or self.is_hypothetical(money, sent)
                # (not a project's cost 'hors taxes': 'coûtera 16,5 millions hors taxes')
                or (self.is_unit_price(money) and not (cost is not None and doc_word(doc, money.end) == "hors"))
                or self.is_petty(money)
            ):
                rejected.add(money.start)
                continue
            cue = self.governing_cue(money, sent, cues)
            following = moneys[index + 1] if index + 1 < len(moneys) else None
            if cue is None and following is not None and self.is_conversion(following, money):
                # 'Il s'agit de 680 millions de dollars, soit 580 millions d'euros, la plus grosse levée': the
                # words after the conversion say what the amount is
                cue = self.governing_cue(following, sentence_of(following), cues)
            if cue is None and listed is not None and self.continues_list(listed[0], money):
                cue = listed[1]  # '... accordées par le gouvernement : 70 milliards en 2022, 260 milliards en 2023'
            if cue is None:
                cue = self.cue_before_colon(money, cues)
            if cost is not None and (cue is None or self.is_cost_word(money.doc[cue.start])):
                cue = Cue("pledge_noun", cost.i, cost.i + 1)  # ('il coûtera 19 millions': the verb alone is a price)
            if cue is None and self.labelled_entry(money) is not None:
                colon = money.start - 1  # '• Ikea : 120 millions d'euros, centre de distribution': a brief's entry
                cue = Cue("pledge_noun", colon, colon + 1)
            if cue is not None and cue.is_pledge:
                listed = (money, cue)
            # '1,2 milliard ? Non : 100 millions', 'et non 2 milliards', 'n'investira pas 3 milliards'
            by_words = self.denied_by_words(money, sent)
            if cue is None or not cue.is_pledge or by_words or self.negated_by_verb(money, cue):
                rejected.add(money.start)
                if by_words:
                    denied.append(money)  # (not 'ne dépassera pas 1 milliard': a cap, no mistake to undo)
                continue
            # a project's 'investissement total' is what it costs, not a sum of others (unlike 'au total')
            whole_project = cost is not None and not has_phrase(sent.text.lower(), ("au total",))
            if (
                (self.is_total(money, sent, cues, moneys) and not whole_project)
                or self.is_past_cumulative(money, sent)
                or self.is_abandoned(money, sent)
                or self.is_past_year_spending(money, sent, cue)
                or self.is_past_capital_expenditure(money)
                or self.spent_in_past_period(money, cue)
                or self.is_past_activity(money, cue)
                or self.is_superseded(money, sent)
                or self.is_sum(money, sent, moneys)
                or self.is_rumour(doc[cue.start])
                or self.is_press_report(money)
                or self.is_aggregate(money, doc[cue.start])
                or self.is_acquisition_price(money, sent)
                or self.is_own_budget(money, sent)
                or self.is_restatement(money, moneys)
            ):
                rejected.add(money.start)
                continue
            candidates.append(self.build(money, sent, cue, cost))
        candidates = self.apply_corrections(candidates, denied)
        self.adopt_main_investor(candidates)
        self.adopt_article_lead(candidates)
        self.adopt_article_beneficiary(candidates)
        candidates = self.drop_sums_of_parts(candidates)
        merged = [c for c in self.merge(candidates) if not (_in_title(c) and not c.restated)]
        # an amount nobody gives and nobody receives is a figure, not a pledge
        doc._.pledges = [self.to_record(c) for c in merged if c.fields["investor"] or c.fields["recipient"]]
        forget_sentences()
        return doc

    @staticmethod
    def with_explanation(money: Span, sent: Span) -> Span:
        """'75 millions d'euros. C'est la somme qu'a obtenue Pennylane.': an amount standing alone as a
        sentence is explained by the next one; read them as one."""
        words = [t for t in sent if not (t.is_space or t.is_punct)]
        if not words or words[-1].i >= money.end:
            return sent
        following = next_sentence(sent)
        if following is None:
            return sent
        # ('Montant de la troisième opération : 304 millions d'euros. C'est ce qu'a obtenu Electra ...': a
        # label before the amount, the sentence after says whose)
        if words[0].i < money.start:
            opening = [normalise_apostrophes(t.lower_) for t in following[:2]]
            if not (amount_label(money) is not None and opening == ["c'", "est"]):
                return sent
        return sent.doc[sent.start : following.end]

    def build(self, money: Span, sent: Span, cue: Cue, cost: Optional[Token] = None) -> Candidate:
        """The candidate record of a pledge amount; ``cost`` is the project whose cost it is, if any."""
        cand = Candidate(money, sent, fields={}, cue_at=cue.start)
        investor, recipient, strength = self.find_parties(money, sent, cue)
        granted = self.granted_label(money)
        aid = self.is_aid(money)
        aid_received = (
            investor is not None and not recipient
            and ((aid and self.subject_receives(money, investor)) or self.subsidised_company(money, investor))
        )
        if granted or aid_received:
            # 'Montant accordé : 22 M€', 'le groupe percevra une aide de 115 millions': handed to the one named
            investor, recipient, strength = None, recipient or investor, 0
        if cost is not None and strength < 2:
            # 'L'usine représente un investissement de 16 millions' with no payer named: the project's owner,
            # else the builder the title is about ('Hydrogène : Électrolia confirme son usine'), rather than a
            # funder or a name guessed from the sentences before, unless the title is about a local government
            # (which as often funds others' projects)
            owner = self.project_owner(money, cost)
            builder = self.title_builder(money.doc)
            if owner is None and builder is not None and (investor is None or self.is_funder(investor) or builder[0] == 0):
                owner = builder[1]
            if owner and owner != recipient:
                investor, strength = owner, 2
        crowd = self.unnamed_giver(money, cue)
        cand.unnamed_giver = crowd is not None
        if crowd is not None:
            investor, strength = None, 2
            # ('les adhérents de la coopérative Vinalys': the organisation they belong to receives)
            recipient = recipient or self.named_after_de(crowd, reach=5, labels=("ORG",))
        cand.fields["investor"] = investor
        cand.fields["recipient"] = recipient
        cand.investor_strength = strength
        cand.raise_kind = cue.is_raise or self.raised_by_verb(money)
        cand.aid = aid
        verb = money.doc[cue.start]
        cand.received = (
            cue.is_raise and self.token_in_class(verb, "receive_verb") and not _from_pronoun(verb)
        ) or self.given_by_voir(verb) is not None or granted or aid_received
        cand.fields["location"] = self.find_location(money, sent, exclude=(investor, recipient))
        cand.fields["date"] = self.find_date(money, sent)
        cand.fields["duration_years"] = self.find_duration(money, sent)
        cand.fields["target"] = self.find_target(money, sent, cue)
        return cand

    def to_record(self, cand: Candidate) -> dict:
        money, sent = cand.money, cand.sent
        tokens = [t for t in sent if not t.is_space]
        start = tokens[0].idx if tokens else sent.start_char
        end = tokens[-1].idx + len(tokens[-1]) if tokens else sent.end_char
        value = float(money._.value)
        return {
            **cand.fields,
            "amount": value,
            "currency": money._.currency or "EUR",
            "amount_min": money._.amount_min,
            "amount_max": money._.amount_max,
            "amount_start": money.start_char,
            "amount_end": money.end_char,
            "start": start,
            "end": end,
        }
