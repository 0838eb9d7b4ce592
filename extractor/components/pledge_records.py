"""Component ``pledge_records``: link each MONEY entity to who pledges it, for what, where and when.

The linker reads French sentence structure rather than word order alone: the cue (a verb or noun of
commitment, or of revenue/valuation/price) that governs the amount decides whether it is a pledge;
the subject of the governing verb, a passive agent or a round marker ("mené par", "auprès de") gives
the investor; a raising verb ("lever", "boucler") makes its subject the recipient. Word classes live in
``lexicon.jsonl``. Results go to ``doc._.pledges`` as plain dicts so that multiprocessing works.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .. import extensions  # noqa: F401
from .spans import default_data_dir, read_jsonl, write_jsonl

NAME = "pledge_records"
LEXICON_FILE = "lexicon.jsonl"
ACTOR_LABELS = ("ORG", "LOC", "PER", "MISC")
ACTOR_PREFERENCE = {"ORG": 0, "LOC": 1, "PER": 2, "MISC": 3}
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
NEGATIONS = {"pas", "jamais", "aucun", "aucune", "guère", "nullement"}
CUE_WINDOW_BEFORE = 12
CUE_WINDOW_AFTER = 6
MARKER_REACH = 8  # tokens between "mené par" and the name: "mené par le fonds souverain singapourien Temasek"
LONG_LINE = 120  # characters: shorter lines are titles, headings or summary bullets


@Language.factory(NAME, default_config={"data_dir": None}, requires=["doc.ents", "doc.sents"],
                  assigns=["doc._.pledges"])
def make_pledge_records(nlp: Language, name: str, data_dir: Optional[str]) -> "PledgeRecords":
    return PledgeRecords(nlp, name, data_dir)


@dataclass
class Cue:
    kind: str  # give_verb, raise_verb, pledge_noun, raise_noun, non_pledge, total
    start: int
    end: int

    @property
    def is_pledge(self) -> bool:
        return self.kind in ("give_verb", "raise_verb", "pledge_noun", "raise_noun")

    @property
    def is_raise(self) -> bool:
        return self.kind in ("raise_verb", "raise_noun")


@dataclass
class Candidate:
    money: Span
    sent: Span
    fields: dict
    investor_strength: int = 0
    raise_kind: bool = False
    restated: bool = False  # another mention of the same pledge was merged into this one  # 2 = read from syntax or a marker, 1 = from a nearby mention, 0 = none
    notes: list = field(default_factory=list)


class PledgeRecords:
    """Build pledge records from the entities and the parse of a doc."""

    def __init__(self, nlp: Language, name: str = NAME, data_dir: Optional[str] = None):
        self.nlp = nlp
        self.name = name
        self.rows: list[dict] = []
        self.load_rows(read_jsonl(Path(data_dir or default_data_dir(name)) / LEXICON_FILE))

    # ----- data -------------------------------------------------------------------------------
    def load_rows(self, rows: Iterable[dict]) -> None:
        self.rows = list(rows)
        self.words: dict[str, set[str]] = defaultdict(set)
        self.mapping: dict[str, dict[str, str]] = defaultdict(dict)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        phrases: dict[str, list] = defaultdict(list)
        for row in self.rows:
            cls, text = row["class"], row["text"]
            self.words[cls].add(text.lower())
            value = row.get("country") or row.get("institution")
            if value:
                self.mapping[cls][text.lower()] = value
            if " " in text or "'" in text or "-" in text:
                phrases[cls].append(self.nlp.make_doc(text))
        for cls, docs in phrases.items():
            self.matcher.add(cls, docs)
        # markers as token tuples, tokenised once: "mené par" -> ("mené", "par")
        self.marker_tokens = {
            kind: [tuple(t.lower_ for t in self.nlp.make_doc(m)) for m in sorted(self.words[kind])]
            for kind in ("investor_marker", "recipient_marker")
        }
        self.verb_stems = {
            kind: {_verb_stem(w) for w in self.words[kind] if " " not in w and "'" not in w}
            for kind in ("give_verb", "raise_verb", "non_pledge_verb", "lead_verb")
        }

    def to_disk(self, path, exclude=()) -> None:
        write_jsonl(Path(path) / LEXICON_FILE, self.rows)

    def from_disk(self, path, exclude=()) -> "PledgeRecords":
        self.load_rows(read_jsonl(Path(path) / LEXICON_FILE))
        return self

    # ----- pipeline -----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        cues = self.find_cues(doc)
        moneys = [e for e in doc.ents if e.label_ == "MONEY"]
        candidates = []
        rejected: set[int] = set()
        for index, money in enumerate(moneys):
            sent = sentence_of(money)
            previous = moneys[index - 1] if index else None
            if self.is_conversion(money, previous):
                continue
            if (
                self.compares_to_rejected(money, previous, rejected, cues)
                or self.is_hypothetical(money, sent)
                or self.is_unit_price(money)
            ):
                rejected.add(money.start)
                continue
            cue = self.governing_cue(money, sent, cues)
            if cue is None or not cue.is_pledge:
                rejected.add(money.start)
                continue
            if (
                self.is_denied(money, sent, doc, cues, cue)
                or self.is_total(money, sent, cues, moneys)
                or self.is_past_cumulative(money, sent)
                or self.is_superseded(money, sent)
                or self.is_sum(money, sent, moneys)
                or self.is_rumour(doc[cue.start])
                or self.is_aggregate(money, doc[cue.start])
            ):
                rejected.add(money.start)
                continue
            candidates.append(self.build(money, sent, cue, cues))
        self.adopt_main_investor(candidates)
        merged = [c for c in self.merge(candidates) if not (_in_title(c) and not c.restated)]
        # an amount nobody gives and nobody receives is a figure, not a pledge
        doc._.pledges = [self.to_record(c) for c in merged if c.fields["investor"] or c.fields["recipient"]]
        return doc

    # ----- cues ---------------------------------------------------------------------------------
    def find_cues(self, doc: Doc) -> dict[int, Cue]:
        """Map token index -> cue. Phrases first, then single words by lemma or form."""
        found: dict[int, Cue] = {}
        for match_id, start, end in self.matcher(doc):
            kind = self.nlp.vocab.strings[match_id]
            if kind in ("give_verb", "raise_verb", "pledge_noun", "raise_noun", "non_pledge", "total"):
                cue = Cue(kind, start, end)
                for i in range(start, end):
                    old = found.get(i)
                    if old is None or (old.end - old.start) < (end - start) or _rank(kind) < _rank(old.kind):
                        found[i] = cue
        for token in doc:
            if token.i in found or token.ent_type_ in ACTOR_LABELS or token.ent_type_ == "MONEY":
                continue
            for kind in ("raise_noun", "raise_verb", "non_pledge", "total", "give_verb", "pledge_noun", "non_pledge_verb"):
                if self.token_in_class(token, kind):
                    found[token.i] = Cue("non_pledge" if kind == "non_pledge_verb" else kind, token.i, token.i + 1)
                    break
        return found

    def token_in_class(self, token: Token, kind: str) -> bool:
        """Word-class membership by form, by lemma, and for verbs by stem: the tagger often reads a
        verb as an adjective ('injecte', 'débloque'), and then the lemma is wrong too."""
        words = self.words[kind]
        if kind.endswith("_noun") and token.pos_ == "VERB":
            return False  # 'Dust facture ses assistants 29 euros': the verb, not the bill
        if token.lower_ in words:
            return True
        if not kind.endswith("_verb"):
            return _lemma(token) in words and _pos_fits(kind, token)
        if token.pos_ in ("DET", "ADP", "PRON", "NUM") or (
            token.pos_ in ("NOUN", "PROPN") and kind != "non_pledge_verb"
        ):
            return False
        if _lemma(token) in words:
            return True
        form = token.lower_
        return any(
            form.startswith(stem) and 0 < len(form) - len(stem) <= 5 and not form.endswith(NOUN_ENDINGS)
            for stem in self.verb_stems[kind]
        )

    def governing_cue(self, money: Span, sent: Span, cues: dict[int, Cue]) -> Optional[Cue]:
        """The cue that decides what an amount is.

        Order: a cue right after the amount ("3 milliards d'euros de chiffre d'affaires",
        "800 milliards d'investissements cumulés"), then the nearest cue among the amount's
        syntactic ancestors, then the nearest cue in a window of the sentence.
        """
        after = [cues[i] for i in range(money.end, min(money.end + 4, sent.end)) if i in cues]
        if after and doc_word(money.doc, money.end) in ("de", "d'", "du", "des"):
            strongest = min(after, key=lambda c: _rank(c.kind))
            return strongest
        totals_after = [c for c in after if c.kind == "total"]
        if totals_after:
            return totals_after[0]
        token, steps = money.root, 0
        while token.head.i != token.i and steps < 4:
            token, steps = token.head, steps + 1
            if token.i in cues and not (money.start <= token.i < money.end):
                cue = cues[token.i]
                if cue.kind != "total":
                    return cue
            if token.pos_ in ("VERB", "AUX") and token.i not in cues and steps >= 1:
                # a verb with no cue: keep climbing once, then use the window
                continue
        # '173 millions d'euros : c'est la somme que X a levée auprès de Y' - the amount is announced
        # first and the clause that says what it is follows the colon
        announced = money.end < len(money.doc) and money.doc[money.end].text == ":"
        best, best_distance = None, None
        for i, cue in cues.items():
            if not (sent.start <= i < sent.end) or cue.kind == "total":
                continue
            if i < money.start:
                distance = money.start - i
                if distance > CUE_WINDOW_BEFORE:
                    continue
            elif i >= money.end:
                distance = (i - money.end) * 2 + 1
                if i - money.end > CUE_WINDOW_AFTER and not announced:
                    continue
            else:
                continue
            if best_distance is None or distance < best_distance or (
                distance == best_distance and _rank(cue.kind) < _rank(best.kind)
            ):
                best, best_distance = cue, distance
        return best

    # ----- filters ------------------------------------------------------------------------------
    def is_conversion(self, money: Span, previous: Optional[Span]) -> bool:
        """'145 millions de dollars (environ 134 millions d'euros)', '2 Md$, soit 1,8 Md€'."""
        if previous is None or sentence_of(previous) != sentence_of(money):
            return False
        between = money.doc[previous.end : money.start]
        words = {t.lower_ for t in between}
        return len(between) <= 4 and bool(words & {"(", "soit", "environ", "près", "ou"}) and (
            "(" in words or "soit" in words
        )

    def is_denied(self, money: Span, sent: Span, doc: Doc, cues: dict[int, Cue], cue: Cue) -> bool:
        """'1,2 milliard ? Non : 100 millions', 'et non 2 milliards', 'n'investira pas 3 milliards'."""
        following = [t.lower_ for t in doc[money.end : min(money.end + 5, len(doc))] if not t.is_space]
        if following[:1] == ["?"] and "non" in following[1:4]:
            return True
        preceding = [t.lower_ for t in doc[max(sent.start, money.start - 3) : money.start]]
        if "non" in preceding and "seulement" not in preceding:
            return True
        head = doc[cue.start]
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        children = {c.lower_ for c in verb.children}
        return bool(children & NEGATIONS) and bool(children & {"ne", "n'"})

    def compares_to_rejected(
        self, money: Span, previous: Optional[Span], rejected: set[int], cues: dict[int, Cue]
    ) -> bool:
        """'valorise la société à 4 milliards, contre 2,7 milliards en 2021', 'un chiffre d'affaires de
        15 milliards, et STMicroelectronics 13 milliards': same status as the amount before it, unless
        a commitment word comes between them."""
        if previous is None or previous.start not in rejected or sentence_of(previous) != sentence_of(money):
            return False
        return not any(c.is_pledge for i, c in cues.items() if previous.end <= i < money.start)

    def is_sum(self, money: Span, sent: Span, moneys: list[Span]) -> bool:
        """'3,5 milliards en 2026, puis 3 milliards en 2027, soit 6,5 milliards sur deux ans'."""
        doc = money.doc
        before = [t.lower_ for t in doc[max(sent.start, money.start - 3) : money.start]]
        earlier = [m for m in moneys if sent.start <= m.start < money.start]
        return "soit" in before and len(earlier) >= 2

    def is_superseded(self, money: Span, sent: Span) -> bool:
        """'porté à 9,9 milliards, contre 6,8 milliards initialement': an earlier figure replaced by a new one."""
        doc = money.doc
        after = " ".join(t.lower_ for t in doc[money.end : min(money.end + 4, sent.end)])
        before = " ".join(t.lower_ for t in doc[max(sent.start, money.start - 4) : money.start])
        return any(f" {w} " in f" {after} " or f" {w} " in f" {before} " for w in self.words["superseded"])

    def is_rumour(self, cue_token: Token) -> bool:
        """'Dust lèverait 1,2 milliard': the conditional of a main clause reports an unconfirmed figure
        (after 'que', 'a confirmé qu'elle accompagnerait', it is only the sequence of tenses).
        Read from the form: the tagger often takes a conditional for an imperfect."""
        if not cue_token.lower_.endswith(("rait", "raient")):
            return False
        sent = sentence_of(cue_token)
        return not any(t.lower_ in ("que", "qu'") for t in sent.doc[sent.start : cue_token.i])

    def is_aggregate(self, money: Span, cue_token: Token) -> bool:
        """'les start-up françaises ont levé 8,3 milliards en 2023': a plural generic subject sums many
        deals; it is a market figure, not one actor's pledge."""
        sent = sentence_of(money)
        text = sent.doc.text[sent.start_char : money.start_char].lower().replace(",", " ,").replace(":", " :")
        text = " ".join(text.split())
        for count in self.words["aggregate_count"]:
            for noun in self.words["aggregate_noun"]:
                for phrase in (f"{count} {noun}", f"{count} de {noun}"):
                    # as the subject: opening the sentence or a clause ('Dans son sillage, quatre groupes')
                    if text.startswith(phrase) or f", {phrase}" in text:
                        return True
        for phrase in self.words["aggregate_subject"]:
            at = f" {text} ".find(f" {phrase} ")
            if at < 0:
                continue
            before = f" {text} "[:at].split()
            if not before or before[-1] in (",", ":") or (len(before) <= 3 and before[0] in ("en", "au", "sur", "depuis")):
                return True
        return False

    def is_unit_price(self, money: Span) -> bool:
        """'29 euros par mois', '4,99 € l'unité', '65 000 euros par an': a price or a wage."""
        doc = money.doc
        after = " ".join(t.lower_ for t in doc[money.end : min(money.end + 3, len(doc))])
        return any(after.startswith(p) for p in self.words["per_unit"])

    def is_hypothetical(self, money: Span, sent: Span) -> bool:
        """'il faudrait trouver 30 à 50 millions', 'il faut débourser 200 dollars': a need, not a commitment."""
        doc = money.doc
        window = " ".join(t.lower_ for t in doc[max(sent.start, money.start - 6) : money.start])
        return any(f" {p} " in f" {window} " for p in self.words["hypothetical"])

    def is_past_cumulative(self, money: Span, sent: Span) -> bool:
        """'a déjà investi 20 milliards depuis 2010', '25 milliards promis depuis l'arrivée des
        travaillistes': a running total since a past point, not a new pledge."""
        words = [t.lower_ for t in sent]
        for n, word in enumerate(words[:-1]):
            if word != "depuis":
                continue
            nxt = sent[n + 1]
            following = " ".join(words[n + 1 : n + 3])
            if nxt.ent_type_ == "DATE" or nxt.like_num or any(following.startswith(w) for w in self.words["time_origin"]):
                return True
        return False

    def is_total(self, money: Span, sent: Span, cues: dict[int, Cue], moneys: list[Span]) -> bool:
        """A sum of other amounts: a total cue in the sentence and two smaller amounts elsewhere;
        or a whole the sentence takes a part of ('Sur les quelque 37 milliards annoncés, ...')."""
        before = [t.lower_ for t in money.doc[max(sent.start, money.start - 3) : money.start]]
        if "sur" in before and ("les" in before or "ces" in before):
            return True
        if not any(c.kind == "total" for i, c in cues.items() if sent.start <= i < sent.end):
            return False
        value = money._.value or 0
        smaller = [m for m in moneys if m is not money and m._.value and m._.value < value]
        return len(smaller) >= 2

    # ----- fields -------------------------------------------------------------------------------
    def build(self, money: Span, sent: Span, cue: Cue, cues: dict[int, Cue]) -> Candidate:
        cand = Candidate(money, sent, fields={})
        investor, recipient, strength = self.find_parties(money, sent, cue)
        cand.fields["investor"] = investor
        cand.fields["recipient"] = recipient
        cand.investor_strength = strength
        cand.raise_kind = cue.is_raise or self.raised_by_verb(money)
        cand.fields["location"] = self.find_location(money, sent, exclude=(investor, recipient))
        cand.fields["date"] = self.find_date(money, sent)
        cand.fields["duration_years"] = self.find_duration(money, sent)
        cand.fields["target"] = self.find_target(money, sent, cue)
        return cand

    def find_parties(self, money: Span, sent: Span, cue: Cue) -> tuple[Optional[str], Optional[str], int]:
        doc = money.doc
        marker_actor = self.actor_after_marker(sent, "investor_marker", exclude_span=money)
        subject = self.subject_actor(money, cue)
        if cue.is_raise and self.led_by_subject(sent, money):
            return subject, None, 2 if subject else 0
        if cue.is_raise or self.raised_by_verb(money):
            recipient = subject or self.nearest_actor(sent, money, before=True, labels=("ORG",))
            investor = marker_actor or self.genitive_owner(money) or self.marker_in_next_sentence(sent, money)
            if investor == recipient:
                investor = None
            return investor, recipient, 2 if investor else 0
        recipient = self.actor_after_marker(sent, "recipient_marker", exclude_span=money, labels=("ORG",))
        national = self.nationality_of(doc[cue.start]) if cue.kind == "pledge_noun" else None
        own = self.nationality_of_amount(money)
        if own:
            return own, recipient, 2
        elided = self.actor_right_before(money)
        if elided and elided != recipient:
            return elided, recipient, 2
        agent_first = marker_actor and self.marker_follows(sent, money)
        ordered = ((marker_actor, 2), (subject, 2)) if agent_first else ((subject, 2), (marker_actor, 2))
        for actor, strength in (*ordered, (national, 2)):
            if actor and actor != recipient:
                return actor, recipient, strength
        owner = self.genitive_owner(money)
        if owner:
            return owner, recipient, 2
        if _starts_with_demonstrative(sent):
            previous = self.last_named_before(sent)
            if previous:
                return previous, recipient, 1
        main_subject = self.main_subject_actor(sent, money)
        if main_subject and main_subject != recipient:
            return main_subject, recipient, 1
        nearby = self.nearest_actor(sent, money, before=True)
        if nearby and nearby != recipient:
            return nearby, recipient, 1
        mentioned = self.anaphor_in_sentence(sent)
        if mentioned:
            return mentioned, recipient, 1
        previous = self.previous_sentence_actor(sent)
        if previous:
            return previous, recipient, 1
        after = self.nearest_actor(sent, money, before=False)
        if after and after != recipient:
            return after, recipient, 1
        return None, recipient, 0

    def subject_actor(self, money: Span, cue: Cue) -> Optional[str]:
        """Subject (or passive agent) of the verb that governs the cue, outside the amount's own phrase."""
        doc = money.doc
        opening = self.opening_anaphor(sentence_of(money), money)
        if opening:
            return opening
        verb = doc[cue.start]
        for _ in range(5):
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
                break
            verb = verb.head
        for _ in range(4):
            agent = self.passive_agent(verb)
            if agent:
                return agent
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS and not _contains(child, money):
                    actor = self.actor_of_phrase(child)
                    if actor:
                        return actor
            if verb.dep_ in ("advcl", "xcomp", "acl", "conj", "ccomp", "acl:relcl") and verb.head.i != verb.i:
                if verb.dep_ == "acl" and verb.head.ent_type_ in ACTOR_LABELS:
                    return self.actor_of_phrase(verb.head)
                verb = verb.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
            else:
                break
        return None

    def opening_anaphor(self, sent: Span, money: Span) -> Optional[str]:
        """'Le fabricant néerlandais, fournisseur de TSMC, y injecte 1,3 milliard': a sentence that opens
        on a generic organisation head with no name points back to the organisation named before it."""
        words = [t for t in sent if not t.is_space][:4]
        if len(words) < 2 or words[0].lower_ not in ("le", "la", "l'", "les"):
            return None
        head = words[1]
        phrase = f"{words[0].lower_}{'' if words[0].lower_ == 'l' + chr(39) else ' '}{head.lower_}"
        if phrase not in self.words["org_anaphor"] or head.i >= money.start:
            return None
        if any(t.ent_type_ in ("ORG", "PER") for t in sent.doc[head.i : min(head.i + 4, money.start)]):
            return None  # 'Le groupe Brookfield ...' names itself
        return self.previous_org(sent.doc, sent.start)

    def passive_agent(self, verb: Token) -> Optional[str]:
        for child in verb.children:
            if child.dep_ in ("obl:agent",) or (child.dep_.startswith("obl") and any(
                g.lower_ == "par" for g in child.children
            )):
                actor = self.actor_of_phrase(child)
                if actor:
                    return actor
        return None

    def actor_of_phrase(self, token: Token) -> Optional[str]:
        """The actor a subject phrase names: an entity in it, a relative pronoun's antecedent,
        a pronoun or generic head ('le groupe') referring back, or the state."""
        doc = token.doc
        if token.lower_ in ("qui", "lequel", "laquelle") and token.head.dep_ == "acl:relcl":
            antecedent = token.head.head
            if antecedent.ent_type_ in ("ORG", "LOC", "PER") or antecedent.lower_ in self.words["state_noun"]:
                return self.actor_of_phrase(antecedent)
            return None
        spans = _ent_spans(doc, [t for t in _name_tokens(token) if t.ent_type_ in ACTOR_LABELS])
        if spans:
            spans.sort(key=lambda s: (ACTOR_PREFERENCE[s.label_], s.start))
            return self.name_of(spans[0])
        phrase = doc[token.left_edge.i : token.right_edge.i + 1].text.lower()
        head = token.lower_
        if head in self.words["state_noun"] or head.capitalize().lower() in self.words["state_noun"]:
            return self.nationality_of(token) or _home_country(doc, self)
        if token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ == "":
            # a name the entity recogniser missed ('Pfizer consacrera ...'): the name itself
            return doc[token.i : token.i + 1 + sum(1 for c in token.children if c.dep_ == "flat:name")].text
        if token.pos_ == "PRON" and token.lower_ in ("il", "elle", "ils", "elles"):
            main = self.main_clause_subject(token)
            if main:
                return main
        if head in self.words["org_anaphor"] or any(phrase.startswith(a) for a in self.words["org_anaphor"] if " " in a or "'" in a):
            return self.previous_org(doc, token.i)
        return None

    def main_clause_subject(self, pronoun: Token) -> Optional[str]:
        """'la région a confirmé qu'elle accompagnerait le projet': 'elle' is the main subject."""
        verb = pronoun.head
        while verb.dep_ in ("ccomp", "advcl", "xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS and child.i < pronoun.i:
                    spans = _ent_spans(pronoun.doc, [t for t in _name_tokens(child) if t.ent_type_ in ("ORG", "LOC", "PER")])
                    if spans:
                        return self.name_of(spans[0])
        return None

    def name_of(self, span: Span, as_actor: bool = True) -> str:
        """Canonical name. As an actor, 'l'État' is the home country, a head of state stands for
        the state, and a capital city for its state ('Berlin débloque ...')."""
        text = _strip_article(span.text)
        if text.lower().split(" ")[0] in self.words["state_body_head"]:
            return _home_country(span.doc, self)  # 'ministère des Armées' spends the state's money
        for head in self.words["authority_head"]:
            if text.lower().startswith(head + " ") and text[len(head) + 1 :][:1].isupper():
                text = text[len(head) + 1 :]  # 'région Hauts-de-France' -> 'Hauts-de-France'
                return text
        if text.lower() in self.words["state_noun"]:
            return _home_country(span.doc, self)
        name = span._.canonical or text
        if as_actor and span.label_ == "PER":
            return self.mapping["person_institution"].get(name.lower(), name)
        if as_actor and span.label_ == "LOC":
            return self.mapping["capital_metonymy"].get(name.lower(), name)
        return name

    def nationality_of_amount(self, money: Span) -> Optional[str]:
        """'une aide allemande de 902 millions', '10 milliards d'investissements qataris': the adjective
        on the noun the amount measures names the state that pays, whoever announces it."""
        doc = money.doc
        nouns = []
        if money.start >= 2 and doc[money.start - 1].lower_ in ("de", "d'"):
            nouns.append(money.start - 2)
            if money.start >= 3:
                nouns.append(money.start - 3)  # 'une aide allemande de'
        if money.end + 2 < len(doc) and doc[money.end].lower_ in ("de", "d'"):
            nouns.append(money.end + 1)
            nouns.append(money.end + 2)
        for i in nouns:
            token = doc[i]
            country = self.mapping["nationality"].get(token.lower_)
            neighbour = doc[i - 1] if i > 0 else token
            if country and country != "@national" and (
                self.token_in_class(neighbour, "pledge_noun") or self.token_in_class(neighbour, "raise_noun")
            ):
                return country
        return None

    def nationality_of(self, token: Token) -> Optional[str]:
        for child in token.children:
            country = self.mapping["nationality"].get(child.lower_)
            if country and child.dep_ in ("amod", "nmod", "flat:name"):
                return _home_country(token.doc, self) if country == "@national" else country
        return None

    def nearest_actor(self, sent: Span, money: Span, before: bool, labels=ACTOR_LABELS) -> Optional[str]:
        ents = [e for e in sent.ents if e.label_ in labels and not _is_source(e)]
        ents = [e for e in ents if e.end <= money.start] if before else [e for e in ents if e.start >= money.end]
        if not ents:
            return None
        countries = set(self.mapping["nationality"].values())
        pool = (
            [e for e in ents if e.label_ in ("ORG", "PER")]
            or [e for e in ents if e.label_ == "LOC" and self.name_of(e) in countries]
            or [e for e in ents if e.label_ != "MISC"]
            or ents
        )
        chosen = pool[-1] if before else pool[0]
        return self.name_of(chosen)

    def actor_after_marker(self, sent: Span, marker_class: str, exclude_span: Span, labels=ACTOR_LABELS) -> Optional[str]:
        doc = sent.doc
        text_tokens = [t.lower_ for t in sent]
        for n in range(len(text_tokens)):
            for parts in self.marker_tokens[marker_class]:
                width = len(parts)
                if tuple(text_tokens[n : n + width]) == parts:
                    pos = sent.start + n + width
                    for token in doc[pos : min(pos + 2, sent.end)]:
                        if token.lower_ in self.words["state_noun"]:
                            return self.nationality_of(token) or _home_country(doc, self)
                    for ent in sent.ents:
                        if ent.label_ in labels and pos <= ent.start <= pos + MARKER_REACH and not _overlap(ent, exclude_span):
                            gap = doc[pos : ent.start]
                            if any(t.text in CLAUSE_ENDS for t in gap):
                                continue
                            if any(t.pos_ == "NOUN" and "Plur" in t.morph.get("Number") and t.lower_ not in self.words["org_anaphor_plural"] for t in gap):
                                return None  # 'auprès d'investisseurs privés, dont X': several backers, none leads
                            return self.name_of(ent)
        return None

    def actor_right_before(self, money: Span) -> Optional[str]:
        """'..., et la communauté urbaine de Dunkerque 30 millions d'euros': a verbless clause where
        the actor stands right before its amount ('la métropole de Rennes 2 millions')."""
        doc = money.doc
        for ent in sentence_of(money).ents:
            if ent.end != money.start or ent.start == 0 or ent.label_ not in ("ORG", "LOC"):
                continue
            before = doc[ent.start - 1].lower_
            if before in ("la", "le", "les", "l'", "et", ","):
                return self.name_of(ent)
            if before in ("de", "du", "d'") and ent.start >= 2 and doc[ent.start - 2].lower_ in self.words["authority_head"]:
                return self.name_of(ent)
        return None

    def anaphor_in_sentence(self, sent: Span) -> Optional[str]:
        """'La facture atteindra 5,2 milliards, selon l'entreprise': the company named before."""
        words = [t.lower_ for t in sent]
        for n in range(len(words) - 1):
            pair = words[n] + ("" if words[n].endswith("'") else " ") + words[n + 1]
            if pair in self.words["org_anaphor"] and sent[n + 1].pos_ == "NOUN":
                return self.previous_org(sent.doc, sent.start)
        return None

    def led_by_subject(self, sent: Span, money: Span) -> bool:
        """'X a mené / piloté / souscrit une série C de 100 M$': the subject is the investor."""
        for token in sent.doc[sent.start : money.start]:
            if token.pos_ in ("VERB", "AUX", "ADJ") and self.token_in_class(token, "lead_verb"):
                return not any(c.dep_ == "obl:agent" or c.lower_ == "par" for c in token.children)
        return False

    def marker_follows(self, sent: Span, money: Span) -> bool:
        """'un investissement de 365 M€ sera consenti par AstraZeneca': agent marker after the amount."""
        rest = " ".join(t.lower_ for t in sent.doc[money.end : sent.end])
        return any(f" {m} " in f" {rest} " for m in self.words["investor_marker"])

    def raised_by_verb(self, money: Span) -> bool:
        """'a reçu 650 millions d'euros de subventions': the verb, not the noun, says who receives."""
        token = money.root
        for _ in range(3):
            if token.head.i == token.i:
                return False
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                return self.token_in_class(token, "raise_verb")
        return False

    def marker_in_next_sentence(self, sent: Span, money: Span) -> Optional[str]:
        """'Pasqal boucle une série B de 100 M€. Ce tour de table est mené par Temasek.'"""
        doc = sent.doc
        if sent.end >= len(doc):
            return None
        following = sentence_of(doc[sent.end])
        while following.text.strip() == "" and following.end < len(doc):
            following = sentence_of(doc[following.end])
        # only when it speaks of the same round ('Ce tour de table', 'L'opération', 'Cette série B')
        words = {t.lower_ for t in following[:8]}
        if not words & self.words["round_anaphor"]:
            return None
        return self.actor_after_marker(following, "investor_marker", exclude_span=money)

    def main_subject_actor(self, sent: Span, money: Span) -> Optional[str]:
        """The first subject before the amount that names an actor, whatever verb it hangs on:
        the parser often loses the link between a participle ('représentant ...') and its subject."""
        for token in sent:
            if token.i >= money.start:
                break
            if token.dep_ in SUBJECT_DEPS:
                actor = self.actor_of_phrase(token)
                if actor:
                    return actor
        return None

    def genitive_owner(self, money: Span) -> Optional[str]:
        """'20 milliards de Brookfield': an actor right after the amount, joined by de/du/des."""
        doc = money.doc
        if money.end + 1 >= len(doc) or doc[money.end].lower_ not in ("de", "du", "des", "d'"):
            return None
        for ent in sentence_of(money).ents:
            if ent.label_ in ("ORG", "LOC", "PER") and money.end + 1 <= ent.start <= money.end + 2:
                return self.name_of(ent)
        return None

    def last_named_before(self, sent: Span) -> Optional[str]:
        """'Cette offensive ...' points at the organisation or project named last before it."""
        doc = sent.doc
        named = [e for e in doc.ents if e.label_ in ("ORG", "MISC") and e.end <= sent.start]
        if not named or sentence_of(named[-1]).start < _previous_sentence_start(sent):
            return None
        return self.name_of(named[-1])

    def previous_sentence_actor(self, sent: Span, labels=("ORG", "LOC", "PER")) -> Optional[str]:
        doc = sent.doc
        if sent.start == 0:
            return None
        previous = sentence_of(doc[sent.start - 1])
        while previous.text.strip() == "" and previous.start > 0:
            previous = sentence_of(doc[previous.start - 1])
        ents = [e for e in previous.ents if e.label_ in labels]
        subjects = [
            e
            for token in previous
            if token.dep_ in SUBJECT_DEPS
            for e in _ent_spans(previous.doc, _name_tokens(token))
            if e.label_ in labels
        ]
        chosen = subjects[0] if subjects else (ents[0] if ents else None)
        return self.name_of(chosen) if chosen else None

    def previous_org(self, doc: Doc, before: int) -> Optional[str]:
        orgs = [e for e in doc.ents if e.label_ == "ORG" and e.end <= before]
        return self.name_of(orgs[-1]) if orgs else None

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
            e for e in sent.ents
            if e.label_ == "LOC"
            and len(e.text) > 2
            and not doc[max(0, e.start - 3) : e.start].text.lower().endswith(tuple(self.words["proximity"]))
            and e.text[:1].isupper()
            and self.name_of(e, as_actor=False) not in exclude
            and self.name_of(e) not in exclude
        ]

    def find_date(self, money: Span, sent: Span) -> Optional[str]:
        """The announcement date: a date in the sentence; else the last full date stated before it
        (news name the day of the event once, then list what was announced); else the publication date."""
        dates = [e for e in sent.ents if e.label_ == "DATE" and e._.value and not _is_horizon(e)]
        if dates:
            return min(dates, key=lambda e: (len(str(e._.value)) < 7, abs(e.start - money.start)))._.value
        doc = money.doc
        earlier = [
            e for e in doc.ents
            if e.label_ == "DATE" and e.end <= sent.start and e._.value and len(str(e._.value)) == 10
            and not _is_horizon(e)
        ]
        published = doc._.published
        if earlier:
            value = earlier[-1]._.value
            if published is None or value <= published:
                return value
        return published

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

    def is_target(self, token: Token) -> bool:
        targets = self.words["target_noun"]
        return token.lower_ in targets or _lemma(token) in targets

    def target_in(self, span: Span, anchor_start: int, anchor_end: int) -> Optional[tuple[Token, int]]:
        doc = span.doc
        best, best_distance, best_width = None, None, 1
        targets = self.words["target_noun"]
        for token in span:
            if token.ent_type_ in ("MONEY", "DATE", "DURATION") or token.pos_ not in ("NOUN", "PROPN", "X", "ADJ"):
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

    def adopt_main_investor(self, candidates: list[Candidate]) -> None:
        """In an article about one plan, sub-envelopes ('4 milliards d'euros doivent permettre ...')
        name no actor: they belong to the investor the article names most often from syntax."""
        counts: dict[str, int] = defaultdict(int)
        for cand in candidates:
            if cand.investor_strength == 2 and cand.fields["investor"] and not cand.raise_kind:
                counts[cand.fields["investor"]] += 1
        if not counts:
            return
        main = max(counts, key=counts.get)
        for cand in candidates:
            if cand.fields["investor"] is None and not (cand.raise_kind and cand.fields["recipient"]):
                cand.fields["investor"] = main

    # ----- merge --------------------------------------------------------------------------------
    def merge(self, candidates: list[Candidate]) -> list[Candidate]:
        """A later mention of the same amount (title, summary, restatement) is one record.

        Two mentions stay apart only when both name their investor from syntax and the names differ
        (two different 10 Md€ pledges in one article)."""
        kept: list[Candidate] = []
        for cand in candidates:
            twin = None
            for other in kept:
                if _same_amount(other, cand) and not (
                    other.investor_strength == 2
                    and cand.investor_strength == 2
                    and other.fields["investor"] != cand.fields["investor"]
                ) and not (
                    other.fields["investor"] and cand.fields["investor"]
                    and other.fields["investor"] != cand.fields["investor"]
                    and other.investor_strength >= 1 and cand.investor_strength >= 1
                    and other.sent.start != cand.sent.start and _both_in_body(other, cand)
                ):
                    twin = other
                    break
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


# ----- helpers -----------------------------------------------------------------------------------
SENTENCE_ENDS = {".", "!", "?", ";", "…", ":"}
CLAUSE_ENDS = {".", "!", "?", ";", ","}


def sentence_of(item: Span | Token) -> Span:
    """The parser's sentence, glued to its neighbours when the parser cut a sentence in the middle
    (no final punctuation, no line break): 'à Cambrai, | représentant un investissement de ...'."""
    doc = item.doc
    sent = item.sent
    start, end = sent.start, sent.end
    while start > 0 and not _sentence_closed(doc, start - 1):
        start = doc[start - 1].sent.start
    while end < len(doc) and not _sentence_closed(doc, end - 1):
        end = doc[end].sent.end
    return doc[start:end]


def _sentence_closed(doc: Doc, i: int) -> bool:
    """Does token i end a sentence: final punctuation, a line break, or a closing quote after one."""
    token = doc[i]
    if token.is_space or "\n" in token.whitespace_ or token.text in SENTENCE_ENDS:
        return True
    return token.text in ("»", '"', ")") and i > 0 and doc[i - 1].text in SENTENCE_ENDS


NOUN_ENDINGS = ("ment", "ments", "tion", "tions", "eur", "eurs", "euse", "euses", "age", "ages")


def _lemma(token: Token) -> str:
    """The lemma when a lemmatizer ran; else the form without a plural ending. The pipeline leaves
    the lemmatizer out (a fifth of the run time): word classes list the forms they need."""
    return token.lemma_.lower() if token.lemma_ else token.lower_.rstrip("sx")


def _verb_stem(infinitive: str) -> str:
    """'injecter' -> 'inject', 'investir' -> 'invest', 'prévoir' -> 'prévo'."""
    for ending in ("oir", "er", "ir", "re"):
        if infinitive.endswith(ending) and len(infinitive) - len(ending) >= 3:
            return infinitive[: -len(ending)] + ("o" if ending == "oir" else "")
    return infinitive


def _rank(kind: str) -> int:
    return {"non_pledge": 0, "total": 1, "raise_noun": 2, "raise_verb": 3, "give_verb": 4, "pledge_noun": 5}[kind]


def _pos_fits(kind: str, token: Token) -> bool:
    if kind.endswith("_verb"):
        return token.pos_ in ("VERB", "AUX")
    if kind.endswith("_noun"):
        return token.pos_ in ("NOUN", "PROPN", "X")
    return True


def doc_word(doc: Doc, i: int) -> str:
    return doc[i].lower_ if i < len(doc) else ""


def _contains(token: Token, span: Span) -> bool:
    return token.left_edge.i <= span.start and span.end - 1 <= token.right_edge.i


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _ent_spans(doc: Doc, tokens: list[Token]) -> list[Span]:
    seen, spans = set(), []
    for token in tokens:
        for ent in doc.ents:
            if ent.start <= token.i < ent.end and (ent.start, ent.end) not in seen:
                seen.add((ent.start, ent.end))
                spans.append(ent)
                break
    return spans


def _is_source(ent: Span) -> bool:
    """'Selon le ministre, Peter Kyle, ...', 'selon Synergy Research': who reports, not who pays."""
    doc = ent.doc
    for token in reversed(doc[max(0, ent.start - 10) : ent.start]):
        if token.lower_ == "selon":
            return True
        if token.text in (".", ";", ":") or token.pos_ == "VERB":
            return False
    return False


def _name_tokens(token: Token) -> list[Token]:
    """The head and what names it ('le groupe canadien Brookfield'), not clauses hanging off it
    ('ce consortium réunissant OpenAI': OpenAI is a member, not the actor)."""
    tokens = [token]
    for child in token.children:
        if child.dep_ in ("acl", "acl:relcl", "advcl", "conj", "cc", "punct", "ccomp", "xcomp"):
            continue
        tokens.extend(_name_tokens(child))
    return tokens


def _strip_article(text: str) -> str:
    for article in ("la ", "le ", "les ", "l'", "l’"):
        if text.lower().startswith(article):
            return text[len(article):]
    return text


def _home_country(doc: Doc, component: PledgeRecords) -> str:
    """'l'État', 'le gouvernement' with no adjective: the article's most named country, else France."""
    counts: dict[str, int] = defaultdict(int)
    for ent in doc.ents:
        if ent.label_ == "LOC":
            name = ent._.canonical or _strip_article(ent.text)
            if name in component.mapping["nationality"].values():
                counts[name] += 1
    return max(counts, key=counts.get) if counts else "France"


def _place_rank(ent: Span, component: PledgeRecords) -> int:
    """Cities before regions before countries: the most specific place wins."""
    name = component.name_of(ent, as_actor=False)
    if name in component.mapping["nationality"].values() or name.lower() in component.words["continent"]:
        return 2
    if ent.text[:1].isupper() and ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("le", "la", "les", "l'", "du", "dans"):
        return 1  # "dans le Nord", "la Bretagne": regions take an article, cities do not
    return 0


def _sentences_before(sent: Span, count: int) -> list[Span]:
    """Up to ``count`` sentences before ``sent`` in the same paragraph (no line break between)."""
    doc = sent.doc
    found, start = [], sent.start
    while len(found) < count and start > 0:
        if "\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_:
            break
        previous = sentence_of(doc[start - 1])
        found.append(previous)
        start = previous.start
    return found


def _previous_sentence_start(sent: Span) -> int:
    doc = sent.doc
    if sent.start == 0:
        return 0
    previous = sentence_of(doc[sent.start - 1])
    while previous.text.strip() == "" and previous.start > 0:
        previous = sentence_of(doc[previous.start - 1])
    return previous.start


def _starts_with_demonstrative(sent: Span) -> bool:
    """'Ce consortium ...', 'Cette enveloppe ...': the subject points back to the previous sentence."""
    words = [t for t in sent if not t.is_space and not t.is_punct][:2]
    return len(words) == 2 and words[0].lower_ in ("ce", "cet", "cette", "ces") and words[1].pos_ == "NOUN"


def _is_horizon(ent: Span) -> bool:
    low = ent.text.lower()
    return low.startswith("d'ici") or low.startswith("d’ici") or "horizon" in low


def _noun_phrase(token: Token, width: int = 1) -> str:
    """The noun (``width`` words) with adjacent adjectives and a bare 'de + noun' complement
    ('centres de calcul'), without determiners."""
    doc = token.doc
    start = token.i
    while start - 1 >= 0 and doc[start - 1].pos_ in ("ADJ", "NOUN") and doc[start - 1].dep_ in ("amod", "compound", "nmod") and doc[start - 1].head.i == token.i:
        start -= 1
    end = token.i + width
    if end + 1 < len(doc) and doc[end].lower_ in ("de", "d'") and doc[end + 1].pos_ == "NOUN" and doc[end + 1].ent_type_ == "":
        end += 2
    while end < len(doc) and end - token.i <= 3 and doc[end].pos_ in ("ADJ", "PROPN", "NOUN", "X") and doc[end].ent_type_ not in ("MONEY", "DATE", "DURATION", "LOC") and not doc[end].is_punct:
        end += 1
    return doc[start:end].text


def _same_amount(a: Candidate, b: Candidate) -> bool:
    """Same value, and same currency unless one of them states none ('500 milliards côté américain'
    borrows its currency from a neighbour, which may be the wrong one)."""
    va, vb = a.money._.value or 0, b.money._.value or 0
    same_currency = (a.money._.currency or "EUR") == (b.money._.currency or "EUR")
    return (same_currency or _bare(a.money) or _bare(b.money)) and abs(va - vb) <= 0.005 * max(va, vb)


def _bare(money: Span) -> bool:
    """An amount written without its currency ends with its magnitude word."""
    return money[-1].lower_.rstrip("s") in ("milliard", "million", "mille", "billion")


def _both_in_body(a: Candidate, b: Candidate) -> bool:
    """True when neither mention sits in the title, a summary bullet or the lead paragraph."""
    return not _in_lead(a) and not _in_lead(b)


def _in_title(cand: Candidate) -> bool:
    """A title amount that no body sentence restates is a headline total ('15 milliards promis').
    The first line is a title only when a body follows and it does not end like a sentence."""
    text = cand.money.doc.text
    offset = len(text) - len(text.lstrip())
    first_line, _, body = text[offset:].partition("\n")
    if not body.strip() or first_line.rstrip().endswith("."):
        return False
    return cand.money.start_char < offset + len(first_line)


def _in_lead(cand: Candidate) -> bool:
    """Title, short lines (headings, bullets) and the first long paragraph restate the body."""
    text = cand.money.doc.text
    line_start = text.rfind("\n", 0, cand.money.start_char) + 1
    long_lines_before = [
        line for line in text[:line_start].split("\n") if len(line.strip()) >= LONG_LINE
    ]
    line_end = text.find("\n", cand.money.end_char)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return line_start == 0 or len(line) < LONG_LINE or not long_lines_before


def _score(cand: Candidate) -> tuple:
    filled = sum(1 for v in cand.fields.values() if v is not None)
    return (not _in_lead(cand), cand.investor_strength, filled)
