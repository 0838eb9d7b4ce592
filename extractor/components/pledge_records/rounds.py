"""Rounds: who leads a funding round, from markers ('mené par', 'sous la houlette de') and lead verbs,
in the amount's sentence or the next ones."""

from __future__ import annotations

from typing import Any, Callable, Optional

from spacy.tokens import Doc, Span

from ...canonical import normalise_apostrophes
from .parties import _home_country
from ..spans import line_break_before
from .text import (
    ACTOR_LABELS,
    CLAUSE_ENDS,
    RECALLING_AUXILIARIES,
    SUBJECT_DEPS,
    _overlap,
    amount_tense,
    has_phrase,
    next_sentence,
    previous_sentence,
)

MARKER_GAP = 4  # plain words allowed inside an agent marker: "menée en avril 2021 par"
MARKER_REACH = 8  # tokens between "mené par" and the name: "mené par le fonds souverain singapourien Temasek"


def _recalled(money: Span) -> bool:
    """'Le véhicule précédent avait réuni 650 millions': a round or fund told in the pluperfect is an
    earlier one, not the one the article's lead statements speak of."""
    return bool(amount_tense(money) & RECALLING_AUXILIARIES)


def _in_subordinate_clause(token) -> bool:
    """Is the verb in a relative or participial clause? Unless the amount is in it too, it says what the
    company does ('qui aide les PME à piloter leur énergie'), not who leads the round."""
    return any(t.dep_ in ("acl:relcl", "acl") for t in (token, *token.ancestors))


class RoundMixin:
    """Methods of PledgeRecords (see component.py); they read self.words, self.mapping, self.nlp."""

    def led_by_subject(self, sent: Span, money: Span) -> bool:
        """'X a mené / piloté / souscrit une série C de 100 M$': the subject is the investor (unless a
        lead is named after the round: 'Il avait participé à la série B de 600 M€, un tour mené par Y')."""
        for _, _, parts in self.markers_in(sent.doc[money.end : sent.end], "investor_marker"):
            if parts[0] in self.words["lead_verb"] or self.verb_forms["lead_verb"].fullmatch(parts[0]):
                return False
        for token in sent.doc[sent.start : money.start]:
            if token.pos_ in ("VERB", "AUX", "ADJ") and self.token_in_class(token, "lead_verb"):
                if _in_subordinate_clause(token) and not token.is_ancestor(money.root):
                    continue  # 'X, qui aide les PME à piloter leur énergie, a levé 14 M€'
                return not any(c.dep_ == "obl:agent" or c.lower_ == "par" for c in token.children)
        # 'Sequoia a pris la tête d'un tour de 80 millions de dollars'
        return self.has_marker(sent.doc[sent.start : money.start], "lead_phrase")

    def marker_in_next_sentence(self, sent: Span, money: Span) -> Optional[str]:
        """'Pasqal boucle une série B de 100 M€. Ce tour de table est mené par Temasek.' The lead may
        come two sentences later, in the same paragraph, if no other amount comes between."""
        following = next_sentence(sent)
        if _recalled(money):
            return None
        for step in range(2):
            if following is None:
                return None
            if step and line_break_before(sent.doc, following.start):
                # a new paragraph is another story, unless it opens on the round: 'Le tour de table est
                # mené par le fonds américain General Atlantic'
                return self.lead_in_sentence(following, money) if self.opens_on_round(following) else None
            found = self.lead_in_sentence(following, money)
            if found or any(e.label_ == "MONEY" for e in following.ents):
                return found
            following = next_sentence(following)
        return None

    def lead_in_answer(self, sent: Span, money: Span) -> Optional[str]:
        """'Qui a mené ce tour de table ?' then 'Le fonds new-yorkais Harborview Growth, qui nous suivait ...':
        in an interview, the first actor of the answer to a question on who led the round, if that question
        comes within the next three sentences after the round."""
        if _recalled(money):
            return None
        following = next_sentence(sent)
        for _ in range(3):
            if following is None:
                return None
            words = [t for t in following if not t.is_space]
            if words and words[-1].text == "?":
                asks = words[0].lower_ == "qui" and any(self.token_in_class(t, "lead_verb") for t in words)
                answer = next_sentence(following) if asks else None
                if answer is None:
                    return None
                named = next((e for e in answer.ents if e.label_ in ("ORG", "PER") and self.may_act(e)), None)
                return self.name_of(named) if named is not None else None
            following = next_sentence(following)
        return None

    def opens_on_round(self, sent: Span) -> bool:
        """'Le tour de table est mené par ...', 'L'opération est pilotée par ...': a definite round noun opens it."""
        words = [t for t in sent if not t.is_space][:2]
        return (
            len(words) == 2
            and words[0].lower_ in ("le", "la", "l'", "l’", "ce", "cette", "cet")
            and (self._raise_noun(words[1]) or words[1].lower_ in ("opération", "transaction"))
        )

    def lead_in_sentence(self, following: Span, money: Span) -> Optional[str]:
        """'Supernova Invest en a pris la tête', 'SoftBank pilote le tour de table', or a marker ('mené par')
        when the sentence speaks of the same round ('Ce tour de table', 'L'opération', 'Cette série B')."""
        lead = self.lead_statement(following)
        if lead:
            return lead
        words = {t.lower_ for t in following[:8]}
        if not words & self.words["round_anaphor"]:
            return None
        return self.actor_after_marker(following, "investor_marker", exclude_span=money)

    def lead_phrase_subject(self, sent: Span) -> Optional[str]:
        """'Supernova Invest en a pris la tête, rejoint par Bpifrance': the name before a lead phrase."""
        words = [t.lower_ for t in sent]
        for phrase in self.marker_tokens["lead_phrase"]:
            for n in range(len(words) - len(phrase) + 1):
                if tuple(words[n : n + len(phrase)]) == phrase:
                    before = [e for e in sent.ents if e.label_ in ("ORG", "PER") and e.end <= sent.start + n]
                    return self.name_of(before[0]) if before else None
        return None

    def leader_of_round(self, sent: Span) -> Optional[str]:
        """'Le fonds californien Iconiq Growth mène le tour, aux côtés de ...': the subject of a lead
        verb whose object is the round."""
        doc = sent.doc
        for token in sent:
            is_lead = token.lower_ in self.words["lead_verb"] or self.token_in_class(token, "lead_verb")
            if not is_lead or token.i == sent.start:
                continue
            if not any(
                t.lower_ in self.words["round_anaphor"] and doc[t.i - 1].lower_ != "à"
                for t in doc[token.i + 1 : min(token.i + 4, sent.end)]
            ):
                continue  # ('y a souscrit à elle seule 40 millions': a ticket, 'elle' is the subscriber)
            for child in token.children:
                if child.dep_ in SUBJECT_DEPS and child.i < token.i:
                    actor = self.actor_of_phrase(child)
                    if actor:
                        return actor
            # no parsed subject: a generic head right before the verb points back ('Fondé par un ancien de
            # Tiger Management, le gérant new-yorkais pilote le tour'); else the first organisation before
            # the verb ('SoftBank, le conglomérat fondé par Masayoshi Son, pilote le tour'), else the first person
            head = token.i - 1
            while head > sent.start and token.i - head <= 3 and doc[head].pos_ in ("ADJ", "X"):
                head -= 1
            if (
                head > sent.start
                and doc[head].pos_ == "NOUN"
                and doc[head - 1].pos_ == "DET"
                and self.is_org_head(doc[head].lower_)
                and not doc[head].ent_type_
            ):
                named = self.actor_of_phrase(doc[head])
                if named:
                    return named
            before = [e for e in sent.ents if e.end <= token.i and e.label_ in ("ORG", "PER")]
            before.sort(key=lambda e: (e.label_ != "ORG", e.start))
            return self.name_of(before[0]) if before else None
        return None

    def actor_after_marker(
        self, sent: Span, marker_class: str, exclude_span: Span, labels=ACTOR_LABELS
    ) -> Optional[str]:
        doc = sent.doc
        for n, width, parts in self.markers_in(doc[sent.start : sent.end], marker_class):
            if self.describes_a_name(doc, sent.start + n) or parts[0] in self.words["description_participle"]:
                continue
            if exclude_span.end <= sent.start + n and any(
                t.lower_ in ("que", "qu'", "qu’") and doc[t.i - 1].text == ","
                for t in doc[exclude_span.end : sent.start + n]
            ):
                # '..., dont une partie au titre de France 2030, que la banque opère pour le compte de
                # l'État': a relative clause on another noun (not 'la somme que X a levée auprès de Y')
                continue
            if exclude_span.end <= sent.start + n and any(
                t.lower_ == "dont" and any(doc[k].ent_type_ == "MONEY" for k in range(t.i + 1, min(t.i + 3, len(doc))))
                for t in doc[exclude_span.end : sent.start + n]
            ):
                continue  # 'chiffré à 15 millions, dont 1,8 million apportés par la Région': the part's giver
            if self.marks_another_amount(sent, sent.start + n, exclude_span):
                continue  # 'une série A de 9 millions menée par Partech, puis une série B de 38 millions'
            pos = sent.start + n + width
            for token in doc[pos : min(pos + 2, sent.end)]:
                if token.lower_ in self.words["state_noun"]:
                    return self.nationality_of(token) or _home_country(doc, self)
            fund = self.kind_anaphor_at(doc, pos, "investor")
            if fund:
                return fund  # 'un tour de 70 millions de dollars mené par le fonds allemand'
            head = next((t for t in doc[pos : min(pos + 3, sent.end)] if t.pos_ == "NOUN"), None)
            if (
                head is not None and not head.ent_type_ and self.is_org_head(head.lower_)
                and head.i + 2 < sent.end and doc[head.i + 1].lower_ in ("de", "d'", "d’")
                and doc[head.i + 2].ent_type_ in ("LOC", "PER", "MISC")
            ):
                # 'souscrite par le groupe de Shenzhen': a company named by its home town or its boss
                return self.actor_of_phrase(head)
            for ent in sent.ents:
                if (
                    ent.label_ in labels
                    and self.may_act(ent)
                    and pos <= ent.start <= pos + MARKER_REACH
                    and not _overlap(ent, exclude_span)
                ):
                    gap = doc[pos : ent.start]
                    # ('Dans un communiqué, Safran ...' is no apposition: only an agent's may be)
                    appositive = (
                        marker_class == "investor_marker"
                        and len(gap) >= 2
                        and gap[-1].text == ","
                        and gap[-2].pos_ in ("NOUN", "ADJ")
                    )
                    if any(t.text in CLAUSE_ENDS for t in (gap[:-1] if appositive else gap)):
                        continue  # (but 'mené par deux fonds parisiens, X et Y' names X)
                    if any(t.text == ":" for t in gap) and any(t.pos_ in ("VERB", "AUX") for t in gap):
                        continue  # 'spécialisées dans les valeurs moyennes ont suivi : Friedland Gestion':
                        # the marker's clause ended at its verb (not 'auprès de trois fonds : X, Y et Z')
                    if any(t.lower_ in ("que", "qu'", "qu’") for t in gap):
                        continue  # 'dans le plan de 4 milliards que Microsoft a annoncé': the relative's subject
                    if parts[0] in ("auprès", "avec") and self.has_marker(gap, marker_class):
                        continue  # 'auprès d'un groupe d'investisseurs emmené par Eurazeo': the lead's marker
                    if parts[0] in ("auprès", "avec") and (
                        any(
                            t.pos_ == "NOUN"
                            and "Plur" in t.morph.get("Number")
                            and t.lower_ not in self.words["org_anaphor_plural"]
                            for t in gap
                        )
                        or has_phrase(gap.text.lower(), self.words["aggregate_count"])
                    ):
                        # 'auprès d'investisseurs privés, dont X', 'auprès d'une quinzaine de business
                        # angels de l'Ouest': several backers, none leads ('co-menée par deux fonds, X et
                        # Y': the first named co-leads)
                        return None
                    if parts[0] == "auprès" and self.one_of_several_backers(gap, ent):
                        return None
                    return self.name_of(ent)
        return None

    @staticmethod
    def one_of_several_backers(gap: Span, ent: Span) -> bool:
        """'auprès de Kreaxi et de Sofimac Innovation', 'auprès de business angels et de Bpifrance': backers
        listed side by side, none said to lead ('auprès de X, chef de file, et de Y' names its lead)."""
        doc = ent.doc
        joined = lambda i: (  # noqa: E731
            i + 1 < len(doc) and doc[i].lower_ in ("et", ",") and doc[i + 1].lower_ in ("de", "du", "des", "d'", "d’")
        )
        return joined(ent.end) or any(joined(t.i) and t.lower_ == "et" for t in gap)

    @staticmethod
    def marks_another_amount(sent: Span, marker: int, money: Span) -> bool:
        """The marker at token ``marker`` follows another amount of the sentence more closely than this one:
        right after that amount (within six words) when this one comes later, or past it when this one came
        first."""
        if not len(money):
            return False
        # (not its conversion: '500 millions de dollars (environ 460 millions d'euros) ; le tour était piloté par')
        others = [
            e for e in sent.ents
            if e.label_ == "MONEY" and e.start != money.start and not 0 <= e.start - money.end <= 3 and not 0 <= money.start - e.end <= 3
        ]
        if marker < money.start:
            return any(marker - 6 <= e.end <= marker for e in others)
        return any(money.end <= e.start < marker for e in others)

    def describes_a_name(self, doc: Doc, marker_start: int) -> bool:
        """'Le Land de Schleswig-Holstein, dirigé par Daniel Günther, en finance ...': a participle in
        apposition to a name describes that name; 'Climate Investor Two, un fonds piloté par Climate Fund
        Managers': one on a fund names its manager, not who puts money in. Neither says who pays."""
        before = [t for t in doc[max(0, marker_start - 3) : marker_start] if t.pos_ != "ADJ"]
        return marker_start >= 2 and (
            (doc[marker_start - 1].text == "," and doc[marker_start - 2].ent_type_ in ("ORG", "LOC", "PER"))
            or (bool(before) and before[-1].lower_ in self.words["fund_noun"] and before[-1].i >= marker_start - 2)
        )

    def marker_follows(self, sent: Span, money: Span) -> bool:
        """'un investissement de 365 M€ sera consenti par AstraZeneca': agent marker after the amount."""
        doc = sent.doc
        following = [
            e.start
            for e in sent.ents
            if e.label_ == "MONEY"
            and e.start >= money.end
            and not any(t.text == "(" or t.lower_ in self.words["conversion_marker"] for t in doc[e.start - 3 : e.start])
        ]
        end = min(following + [sent.end])
        # (up to the next amount that is not a conversion: 'X avait promis 55 milliards, après les
        # 27 milliards annoncés par Y')
        return self.has_marker(doc[money.end : end], "investor_marker")

    def has_marker(self, span: Span, marker_class: str) -> bool:
        """Does the span hold a marker of the class (see markers_in)?"""
        return next(self.markers_in(span, marker_class), None) is not None

    def markers_in(self, span: Span, marker_class: str):
        """(offset in span, width, marker) of each marker of the class. 'mené par' also matches
        across a few plain words ('menée en avril 2021 par', 'emmenée notamment par')."""
        words = [t.lower_ for t in span]
        for n in range(len(words)):
            for parts in self.marker_tokens[marker_class]:
                width = len(parts)
                if tuple(words[n : n + width]) == parts:
                    yield n, width, parts
                elif width == 2 and parts[1] == "par" and words[n] == parts[0]:
                    for gap in range(1, MARKER_GAP + 1):
                        token = span[min(n + gap, len(span) - 1)]
                        if n + gap + 1 >= len(words) or token.is_punct or token.pos_ in ("VERB", "AUX", "PRON"):
                            break
                        if words[n + gap + 1] == "par":
                            yield n, gap + 2, parts
                            break

    def adopt_article_lead(self, candidates: list) -> None:
        """'Le nom du chef de file a surpris. C'est ASML qui mène le tour.': a round whose lead is not
        named near its amount takes the lead the article names after it, before any other deal, when it
        names exactly one and the rounds before that statement are one round (a title repeating the
        body's round counts once; an earlier seed recalled after the statement is not it)."""
        open_rounds = sorted(
            (
                c for c in candidates
                if c.raise_kind and c.fields["investor"] is None and c.fields["recipient"]
                and not (c.unnamed_giver or self.states_no_lead(c.sent))
            ),
            key=lambda c: c.money.start,
        )
        if not open_rounds:
            return
        doc = open_rounds[0].money.doc
        first = open_rounds[0].money.start
        last = open_rounds[-1].money.end
        other_deals = [c.money.start for c in candidates if c not in open_rounds and c.money.start > last]
        stop = min(other_deals, default=len(doc))  # the lead comes after the round, before another deal
        statements = [
            (sent, lead) for sent in doc.sents if first <= sent.start < stop and (lead := self.lead_statement(sent)) is not None
        ]
        if not statements:
            return
        current = [c for c in open_rounds if not _recalled(c.money)]
        rounds = current or open_rounds
        if len({round(c.money._.value or 0) for c in rounds}) != 1:
            rounds = [c for c in rounds if c.money.start < statements[0][0].start]
        if len({round(c.money._.value or 0) for c in rounds}) != 1:
            return  # several rounds before the statement: which one it speaks of is unclear
        if any(
            rounds[-1].money.end <= c.money.start < statements[0][0].start for c in candidates if c not in rounds and not _recalled(c.money)
        ):
            return  # another deal told between the round and the statement: the lead is that deal's
        leads = {lead for _, lead in statements} - {rounds[0].fields["recipient"]}
        if len(leads) == 1:
            lead = leads.pop()
            for cand in rounds:
                cand.fields["investor"] = lead

    def round_lead_before(self, sent: Span) -> Optional[str]:
        """The lead of the round the paragraph described in the sentences before ('Le tour est mené par
        Forbion. Le chef de file y engage 20 millions')."""
        previous = sent
        for _ in range(4):  # (across a paragraph break: the lead is often named in the paragraph before)
            previous = previous_sentence(previous)
            if previous is None:
                return None
            empty = previous.doc[previous.start : previous.start]
            lead = self.lead_statement(previous) or self.actor_after_marker(previous, "investor_marker", exclude_span=empty)
            if lead:
                return lead
        return None

    def states_no_lead(self, sent: Span) -> bool:
        """'a obtenu 20 millions auprès de ses actionnaires, sans chef de file désigné': no lead to adopt."""
        text = sent.text.lower()
        return any(w in text for w in self.words["no_lead"])

    def lead_named_before_phrase(self, sent: Span, money: Span) -> Optional[str]:
        """'Dust lève 16 millions de dollars, Sequoia Capital en tête': a name after the amount, followed
        by 'en tête' or 'en chef de file', leads the round."""
        doc = sent.doc
        for ent in sent.ents:
            if ent.start < money.end or ent.label_ not in ("ORG", "PER", "LOC", "MISC") or doc[ent.start - 1].text not in (",", "("):
                continue
            after = normalise_apostrophes(doc[ent.end : min(ent.end + 4, sent.end)].text.lower())
            if any(after == p or after.startswith(p + " ") or after.startswith(p + ",") or after.startswith(p + ".")
                   for p in self.words["lead_after_name"]):
                return self.name_of(ent)
        return None

    def lead_statement(self, sent: Span) -> Optional[str]:
        """Who a sentence says leads a round: a lead phrase, a lead verb with the round as object, or the
        round as subject of a passive lead verb."""
        return (
            self.lead_phrase_subject(sent) or self.leader_of_round(sent) or self.passive_lead(sent) or self.lead_attribute(sent)
        )

    def lead_attribute(self, sent: Span) -> Optional[str]:
        """'Le chef de file est un actionnaire de longue date, le gestionnaire Meridiam': a sentence that
        opens on the lead's role and names it after 'est'."""
        words = [t for t in sent if not t.is_space]
        opening = [t.lower_.replace("’", "'") for t in words]
        for role in self.words["lead_anaphor"]:
            role_words = role.replace("'", "' ").split()
            n = len(role_words)
            if opening[:n] == role_words and len(words) > n + 1 and opening[n] in ("est", "sera", "reste", "demeure"):
                verb = words[n]
                break
        else:
            return None
        names = [e for e in sent.ents if e.start > verb.i and e.label_ in ("ORG", "PER") and self.may_act(e)]
        return self.name_of(names[0]) if names else None

    def passive_lead(self, sent: Span) -> Optional[str]:
        """'L'opération est pilotée par Eurazeo', 'Le tour de table est mené par Via ID, avec ...': a
        sentence about the round, with no amount of its own (that one would be another round), names
        its lead after a lead verb (its own ticket 'qui apporte à lui seul 22 millions' is no other round)."""
        named_before = lambda money: any(e.label_ in ("ORG", "PER") and e.end <= money.start for e in sent.ents)
        if any(e.label_ == "MONEY" and not (self.alone_share_before(e, sent, 8) and named_before(e)) for e in sent.ents):
            return None
        if not {t.lower_ for t in sent[:8]} & self.words["round_anaphor"]:
            return None
        return self.actor_after_first_marker(
            sent, lambda parts: parts[0] in self.words["lead_verb"] or self.verb_forms["lead_verb"].fullmatch(parts[0]), sent[:0]
        )

    def actor_after_first_marker(self, span: Span, keep: Callable[[tuple], Any], exclude_span: Span) -> Optional[str]:
        """The actor after the first investor marker of the span whose words ``keep`` accepts (a lead
        verb's 'mené par', a payer's 'financée par'), read from that marker on."""
        for n, _, parts in self.markers_in(span, "investor_marker"):
            if keep(parts):
                return self.actor_after_marker(span.doc[span.start + n : span.end], "investor_marker", exclude_span)
        return None
