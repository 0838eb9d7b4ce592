"""Filters: amounts that a cue calls a pledge but the sentence says are not one."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ...canonical import normalise_apostrophes
from .cues import Cue
from ..spans import line_break_before
from .text import POSSESSIVES, RECALLING_AUXILIARIES, SUBJECT_DEPS, across_clauses, amount_tense, auxiliaries, doc_word, first_line_bounds, has_phrase, next_sentence, opening_participle, phrase_ending, previous_sentence, sentence_of, text_of, verb_above, verb_taking, words_before

_PERFECT_AUXILIARIES = {"a", "ont", "avons", "avez", "ai"}  # 'nous avons investi': the first person too
_PAST_AUXILIARIES = _PERFECT_AUXILIARIES | RECALLING_AUXILIARIES | {"avions", "aviez"}
NEGATIONS = {"pas", "jamais", "aucun", "aucune", "guère", "nullement"}
PETTY_LIMIT = 10_000
PETTY_CURRENCIES = {"EUR", "USD", "GBP", "CHF", "CAD"}


def _published_year(doc: Doc) -> str:
    """'2025' for an article published in 2025; '' when the date is unknown."""
    return str(doc._.published or "")[:4]


def _totals_a_count(doc: Doc, cue: Cue) -> bool:
    """'trois cellules totalisant 140 000 mètres carrés': the total word sums a number that is no money."""
    following = doc[cue.end] if cue.end < len(doc) else None
    return following is not None and following.like_num and following.ent_type_ != "MONEY"


def _describes_an_actor_after(token: Token, money: Span) -> bool:
    """'accordé par le Crédit Agricole des Côtes-d'Armor, sa banque depuis trois générations': the word
    stands in a short description set after an actor's name, after the amount (the parser often reads it
    as a conjunct, not an apposition)."""
    doc = token.doc
    i = token.i - 1
    while i > money.end and doc[i].pos_ in ("DET", "NOUN", "ADJ") and not doc[i].ent_type_:
        i -= 1
    return i > money.end and i < token.i - 1 and doc[i].text == "," and doc[i - 1].ent_type_ in ("ORG", "PER")


class FilterMixin:
    """Methods of PledgeRecords (see component.py); they read self.words, self.mapping, self.nlp."""

    def is_conversion(self, money: Span, previous: Optional[Span]) -> bool:
        """'145 millions de dollars (environ 134 millions d'euros)', '2 Md$, soit 1,8 Md€', '42,1 milliards
        de yens, environ 260 millions d'euros'."""
        if previous is None or sentence_of(previous) != sentence_of(money):
            return False
        between = money.doc[previous.end : money.start]
        words = {t.lower_ for t in between}
        if "(" in words and len(between) <= 6 and not any(t.ent_type_ in ("ORG", "LOC", "PER") for t in between):
            return True  # '120 millions de dollars (un peu plus de 110 millions d'euros)' (not '250 millions,
            # devant le Pas-de-Calais (120 millions)': a name's own amount)
        if "soit" in words and (len(between) <= 4 or (len(between) <= 7 and previous._.currency != money._.currency)):
            return True  # ('40 milliards de forints, soit un peu moins de 100 millions d'euros')
        soit = [t.i for t in between if t.lower_ == "soit"]
        if soit and money.start - soit[-1] <= 3 and len(between) <= 16 and previous._.currency != money._.currency:
            return True  # '600 milliards de francs CFA de son propre budget au raccordement des villages, soit environ 915 millions d'euros'
        if [t.lower_ for t in between] == ["ou"] and previous._.currency != money._.currency:
            return True  # 'soit environ 1,3 milliard de dollars ou 1 190 millions d'euros': a second rate
        # '42,1 milliards de yens, environ 260 millions d'euros': the same sum in another currency
        return (
            [t.text for t in between[:1]] == [","]
            and len(between) <= 3
            and bool(words & {"environ", "quelque", "près", "approximativement"})
            and previous._.currency is not None
            and money._.currency is not None
            and previous._.currency != money._.currency
        )

    @staticmethod
    def negated_by_verb(money: Span, cue: Cue) -> bool:
        """'n'investira pas 3 milliards': the verb the cue stands on is negated (the words around the amount
        are read by denied_by_words)."""
        doc = money.doc
        head = doc[cue.start]
        verb = head if head.pos_ in ("VERB", "AUX") else head.head
        if verb.i < money.start and any(t.lower_ == "mais" for t in doc[verb.i : money.start]):
            return False  # 'n'apporte pas 15 millions, mais une avance de 6 M€': the correction stands
        if across_clauses(doc, verb.i, money.start):
            return False  # 'ne pèsera pas sur son bilan : c'est la foncière qui le financera': another clause
        children = {c.lower_ for c in verb.children}
        return bool(children & NEGATIONS) and bool(children & {"ne", "n'"})

    @staticmethod
    def denied_by_words(money: Span, sent: Span) -> bool:
        """The words around the amount deny it, whatever governs it: '1,2 milliard ? Non', 'et non à 35
        millions', 'pas 500 millions mais ...', 'n'est pas de 840 millions'."""
        doc = money.doc
        following = [t.lower_ for t in doc[money.end : min(money.end + 5, len(doc))] if not t.is_space]
        if following[:1] == ["?"] and "non" in following[1:4]:
            return True
        preceding = [t.lower_ for t in doc[max(sent.start, money.start - 3) : money.start]]
        if "non" in preceding and "seulement" not in preceding:
            return True
        if preceding[-1:] == ["pas"] and [w for w in following if w != ","][:1] == ["mais"]:
            return True  # 'ce n'est pas 500 millions mais 750 millions que ...', 'n'apporte pas 15 millions, mais ...'
            # : the first is denied
        if preceding[-2:] == ["pas", "de"] and any(
            normalise_apostrophes(t.lower_) in ("ne", "n'") for t in doc[max(sent.start, money.start - 5) : money.start]
        ):
            return True  # 'le montant de l'aide d'État n'est pas de 840 millions'
        return False

    def compares_to_rejected(
        self, money: Span, previous: Optional[Span], rejected: set[int], cues: dict[int, Cue]
    ) -> bool:
        """'valorise la société à 4 milliards, contre 2,7 milliards en 2021', 'un chiffre d'affaires de
        15 milliards, et STMicroelectronics 13 milliards': same status as the amount before it, unless
        a commitment word comes between them."""
        if previous is None or previous.start not in rejected or sentence_of(previous) != sentence_of(money):
            return False
        between = money.doc[previous.end : money.start]
        if any(t.lower_ == "mais" for t in between):
            return False  # 'pas 500 millions mais 800 millions': the correction stands apart
        if self.split_colon(previous, sentence_of(previous)) is not None:
            return False  # 'apportent ensemble 60 millions : 25 millions pour ...': the parts of a rejected sum
        if any(t.lower_ == "soit" for t in between[-5:]):
            return True  # 'un dividende de 4,79 euros par action, soit une enveloppe de 5,4 milliards': the same money
        return not any(c.is_pledge for i, c in cues.items() if previous.end <= i < money.start)

    def is_sum(self, money: Span, sent: Span, moneys: list[Span]) -> bool:
        """'3,5 milliards en 2026, puis 3 milliards en 2027, soit 6,5 milliards sur deux ans', and a whole
        its parts follow."""
        doc = money.doc
        before = [t.lower_ for t in doc[max(sent.start, money.start - 3) : money.start]]
        earlier = [m for m in moneys if sent.start <= m.start < money.start]
        if "soit" in before and len(earlier) >= 2:
            return True
        # 'apportent ensemble 60 millions : 25 millions pour la Caisse d'Épargne, 20 millions pour ...': what
        # several givers put in together, broken down after a colon into parts that add up to it
        # (one giver's pledge broken into tranches stays a pledge: 'engagé à verser 2 milliards : 500 millions
        # immédiatement, puis 1,5 milliard')
        if self.split_in_percentages(money, sent):
            return True
        colon = self.split_colon(money, sent)
        if colon is None:
            return False
        parts = [m for m in moneys if colon < m.start < sent.end]
        value = money._.value or 0
        return len(parts) >= 2 and value > 0 and abs(sum(m._.value or 0 for m in parts) - value) <= 0.01 * value

    def split_in_percentages(self, money: Span, sent: Span) -> bool:
        """'Le coût de la phase est estimé à 2,9 milliards. Il sera partagé selon la clé habituelle : 40 % pour
        l'État, 20 % pour l'Union européenne et 40 % pour les collectivités': a whole that a verb splits, there
        or in the next sentence, into shares adding up to 100 %, with no other amount in between."""
        doc = money.doc
        following = next_sentence(sent)
        end = following.end if following is not None and not line_break_before(doc, following.start) else sent.end
        split = next((t for t in doc[money.end : end] if self.token_in_class(t, "split_verb")), None)
        if split is None or any(t.ent_type_ == "MONEY" for t in doc[money.end : split.i]):
            return False
        shares = [
            float(t.text.replace(",", ".")) for t in doc[split.i : sentence_of(split).end - 1]
            if t.like_num and re.fullmatch(r"\d+(,\d+)?", t.text) and doc[t.i + 1].text == "%"
        ]
        return len(shares) >= 2 and abs(sum(shares) - 100) <= 1

    @staticmethod
    def joint_sum(money: Span, sent: Span) -> bool:
        """'apportent ensemble 60 millions :': what several givers put in together, a colon list after it."""
        doc = money.doc
        colon = any(t.text == ":" for t in doc[money.end : min(money.end + 2, sent.end)])
        return colon and "ensemble" in words_before(money, sent, 4).split()

    def split_colon(self, money: Span, sent: Span) -> Optional[int]:
        """The colon after which a whole is broken down among its payers: right after a joint sum ('apportent
        ensemble 60 millions :'), or after a verb that splits it ('La facture, estimée à 36 millions, sera
        partagée selon un protocole :'), with no other amount between."""
        doc = money.doc
        if self.joint_sum(money, sent):
            return next(t.i for t in doc[money.end : min(money.end + 2, sent.end)] if t.text == ":")
        colon = next((t.i for t in doc[money.end : sent.end] if t.text == ":"), None)
        if colon is None or any(t.ent_type_ == "MONEY" for t in doc[money.end : colon]):
            return None
        return colon if any(self.token_in_class(t, "split_verb") for t in doc[money.end : colon]) else None

    def share_of_joint_sum(self, money: Span) -> Optional[Span]:
        """'... apportent ensemble 60 millions : 25 millions pour la Caisse d'Épargne, 20 millions pour ...': a
        part listed after a joint sum, followed by 'pour' and its giver; the giver's entity."""
        sent = sentence_of(money)
        doc = money.doc
        whole = next((e for e in sent.ents if e.label_ == "MONEY" and e.end <= money.start and self.joint_sum(e, sent)), None)
        if whole is None or doc_word(doc, money.end) != "pour":
            return None
        return next((e for e in sent.ents if e.start in (money.end + 1, money.end + 2) and e.label_ in ("ORG", "LOC")), None)

    def is_superseded(self, money: Span, sent: Span) -> bool:
        """'porté à 9,9 milliards, contre 6,8 milliards initialement': an earlier figure replaced by a new one,
        or the one it is measured against ('presque le double des 95 millions dépensés entre 2019 et 2025')."""
        doc = money.doc
        after = " ".join(t.lower_ for t in doc[money.end : min(money.end + 4, sent.end)])
        before = " ".join(t.lower_ for t in doc[max(sent.start, money.start - 4) : money.start])
        if any(before.endswith(w) for w in self.words["superseded_before"]):
            return True  # '85 milliards, contre 75 milliards au début de l'année'
        if before.endswith(", après") and self.past_year_after(money):
            return True  # 'entre 2 et 2,3 milliards cette année, après 2,53 milliards en 2024': last year's figure
        subject = " ".join(t.lower_ for t in self.subject_phrase(money))
        if after.startswith("dès "):
            after = ""  # 'il a engagé 180 millions dès le premier closing': when the ticket came, not a figure replaced
        following = doc[money.end : min(money.end + 8, sent.end)]
        if after.startswith("qui ") and not any(
            t.ent_type_ == "MONEY" or t.lower_ in ("celui", "celle", "ceux", "montant", "enveloppe", "chiffre") for t in following
        ):
            after = ""  # 'un projet de 9,6 millions qui remplacera les trois caves': what the project replaces, no figure
        # 'Un premier closing, en octobre, avait permis de réunir 95 millions': the subject says it
        return any(has_phrase(words, self.words["superseded"]) for words in (after, before, subject))

    @staticmethod
    def past_year_after(money: Span) -> bool:
        """'2,53 milliards en 2024' in an article of 2025: the amount is dated by a year before publication."""
        doc = money.doc
        published = _published_year(doc)
        following = doc[money.end + 1] if money.end + 1 < len(doc) else None
        return (
            doc_word(doc, money.end) == "en"
            and following is not None
            and following.ent_type_ == "DATE"
            and following.text.isdigit()
            and bool(published)
            and following.text < published
        )

    @staticmethod
    def subject_phrase(money: Span) -> list[Token]:
        """The words of the subject of the nearest verb above the amount, through infinitives
        ('Un premier closing avait permis de réunir 95 millions' -> 'Un premier closing')."""
        token = money.root
        for _ in range(6):
            if token.head.i == token.i:
                break
            token = token.head
            if token.pos_ in ("VERB", "AUX"):
                for child in token.children:
                    if child.dep_ in ("nsubj", "nsubj:pass"):
                        clauses = {t.i for c in child.children if c.dep_ in ("acl", "acl:relcl") for t in c.subtree}
                        return [t for t in child.subtree if t.i not in clauses]  # ('Bcomp, qui remplace ...')
                if token.dep_ not in ("xcomp", "ccomp"):
                    break
        if token.dep_ == "ROOT" and (token.pos_ in ("VERB", "AUX", "NOUN") or token.i >= money.start):
            # the parser lost the subject (or the verb: 'L'objectif affiché au lancement de la levée, ...,
            # n'était que de 900 millions'): the words that open the sentence, up to a comma or the verb
            opening = []
            for t in sentence_of(token):
                if t.i >= (token.i if token.pos_ in ("VERB", "AUX") else money.start) or t.text == ",":
                    break
                opening.append(t)
            return opening
        return []

    def is_rumour(self, cue_token: Token) -> bool:
        """'Dust lèverait 1,2 milliard': the conditional of a main clause reports an unconfirmed figure
        (after 'que', 'a confirmé qu'elle accompagnerait', it is only the sequence of tenses).
        Read from the form: the tagger often takes a conditional for an imperfect."""
        # the cue itself or the verb it depends on ('Mistral AI serait en discussions pour lever 1 milliard')
        # (not the verb a pledge noun is the subject of: 'la subvention avoisinerait 40 millions' sizes a real aid)
        chain = [cue_token] if cue_token.dep_.startswith("nsubj") else [cue_token, *list(cue_token.ancestors)[:3]]
        forms = [t for v in chain for t in (v, *[c for c in v.children if c.dep_.startswith(("aux", "cop"))])]
        conditional = [t for t in forms if t.lower_.endswith(("rait", "raient"))]
        if not conditional:
            return False
        sent = sentence_of(cue_token)
        return not any(t.lower_ in ("que", "qu'") for t in sent.doc[sent.start : conditional[0].i])

    def is_press_report(self, money: Span) -> bool:
        """'plusieurs journaux évoquaient un chèque de 4 milliards', 'Plusieurs médias avaient prêté à BYD
        l'intention d'annoncer une usine de 2 milliards': what the press reported is not what the actor
        committed."""
        verb = verb_above(money.root, 4)
        while verb.dep_ in ("acl", "xcomp") and (
            verb.lower_.endswith(("er", "ir", "re")) or verb.lower_.endswith("ant")
        ) and verb.head.i != verb.i:
            # 'prêté à BYD l'intention d'annoncer une usine de 2 milliards', 'avait évoqué une levée pouvant
            # atteindre 12 milliards': past an infinitive or a present participle to the verb that reports
            verb = verb_above(verb.head, 3)
        relative = any(
            c.lower_ in ("que", "qu'", "qu’") and c.i > 0 and money.doc[c.i - 1].text == "," for c in verb.children
        )
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "acl:relcl" or relative:
            return False  # ('sa contribution, que la presse évalue à 1 milliard': a real pledge, sized by the press)
        return any(
            t.lower_ in self.words["press_subject"]
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubj:pass")
            for t in c.subtree
        )

    def is_acquisition_price(self, money: Span, sent: Span) -> bool:
        """'Hartwig va racheter Sertiflex pour 185 millions', 'débourser 32 milliards pour racheter Wiz',
        'mis 3,6 milliards sur la table pour s'offrir l'américain Imperva': what a company is bought for is
        a price. Buying things ('un prêt pour acheter de nouveaux véhicules') stays a commitment: the
        thing bought must be a company (a named organisation) or its shares."""
        doc = money.doc
        before = [t for t in doc[sent.start : money.start] if t.lower_ not in self.words["amount_introducer"]]
        if before and before[-1].lower_ == "pour":
            # 'racheter le fabricant de vannes Sertiflex pour 185 millions': what lies between verb and price
            purchases = [(t, doc[t.i + 1 : before[-1].i]) for t in before[:-1] if self.token_in_class(t, "buy_verb")]
        else:
            after = doc[money.end : min(money.end + 8, sent.end)]  # '32 milliards (...) pour racheter Wiz'
            purchases = [
                (t, doc[t.i + 1 : min(t.i + 6, sent.end)])
                for t in after
                if self.token_in_class(t, "buy_verb") and doc[t.i - 1].lower_ in ("pour", "s'", "s’")
            ]
        # a company: a name not introduced by a preposition ('Sertiflex', not 'des terrains à Muhos'), or its shares
        return any(
            (t.ent_iob_ == "B" and t.ent_type_ in ("ORG", "LOC", "MISC") and doc[t.i - 1].pos_ != "ADP")
            or t.lower_ in self.words["company_share"]
            for _, bought in purchases
            for t in bought
        )

    def is_aggregate(self, money: Span, cue_token: Token) -> bool:
        """'les start-up françaises ont levé 8,3 milliards en 2023': a plural generic subject sums many
        deals; it is a market figure, not one actor's pledge ('Deux fonds ont participé : Friedland
        Gestion, pour 3 millions, ...' names each one's share)."""
        if self.actor_right_before(money):
            return False
        sent = sentence_of(money)
        text = text_of(sent.doc)[sent.start_char : money.start_char].lower().replace(",", " ,").replace(":", " :")
        text = " ".join(text.split()).lstrip("•·-–—* ")  # a summary bullet opens like a sentence
        if self.counted_subject.search(text):
            return True  # as the subject: opening the sentence or a clause ('Dans son sillage, quatre groupes')
        for phrase in self.words["aggregate_subject"]:
            at = f" {text} ".find(f" {phrase} ")
            if at < 0 or any(f" {text} "[at:].startswith(f" {longer} ") for longer in self.words["not_aggregate_subject"]):
                continue
            before = f" {text} "[:at].split()
            if (
                not before
                or before[-1] in (",", ":", "où", "que", "qu'", "qu’", "dont")  # a clause opening
                or (len(before) <= 3 and before[0] in ("en", "au", "sur", "depuis"))
            ):
                return True
        return False

    def is_currency_restatement(self, money: Span, sent: Span) -> bool:
        """'En monnaie locale, l'enveloppe représente 33,7 milliards de couronnes': the same pledge
        told again in another currency."""
        before = " ".join(t.lower_ for t in sent.doc[sent.start : money.start])
        return any(marker in before for marker in self.words["conversion_marker"])

    def continues_list(self, previous: Span, money: Span) -> bool:
        """'70 milliards de yens en novembre 2022, 260 milliards en avril 2023 et 590 milliards en
        avril 2024', '...; Safran, 500 millions': an amount listed after another, with no verb between,
        is read the same way."""
        between = money.doc[previous.end : money.start]
        if sentence_of(previous) != sentence_of(money):
            # 'Airbus consacrera 1 milliard à sa flotte ; Safran, 500 millions': a verbless clause after
            # a semicolon gaps the verb of the clause before
            clause = sentence_of(money)
            return (
                clause.start > 0
                and money.doc[clause.start - 1].text == ";"
                and sentence_of(money.doc[clause.start - 1]) == sentence_of(previous)
                and not any(t.pos_ in ("VERB", "AUX") for t in money.doc[clause.start : money.start])
            )
        return len(between) <= 15 and not any(t.pos_ in ("VERB", "AUX") or t.text in (";", ":") for t in between)

    def is_petty(self, money: Span) -> bool:
        """'la facture pourrait grimper de 14 euros': in investment news, a sum under ten thousand
        units of a major currency is a price, a fee or a wage, never a commitment."""
        return money._.currency in PETTY_CURRENCIES and (money._.value or 0) < PETTY_LIMIT

    def is_unit_price(self, money: Span) -> bool:
        """'29 euros par mois', '4,99 € l'unité', '65 000 euros par an', '33 millions la rame', 'des aides
        plafonnées à 150 000 euros': a price, a wage or a cap on each of many."""
        doc = money.doc
        words = [t.lower_ for t in doc[money.end : min(money.end + 4, len(doc))]]
        after = " ".join(words[:3])
        if any(after.startswith(p) for p in self.words["per_unit"]):
            return not (words[:2] in (["par", "an"], ["par", "année"]) and self.given_by_verb(money))
        before = words_before(money, sentence_of(money), 3)
        if phrase_ending(before, self.words["per_unit_before"]):
            return True  # 'des subventions directes, plafonnées à 50 000 euros': the cap of each one
        verb = verb_above(money.root, 3)
        clauses = [verb, verb.head] if verb.dep_ == "xcomp" else [verb]  # ('Chaque projet pouvait recevoir')
        if any(
            c.dep_ in SUBJECT_DEPS and any(d.lower_ == "chaque" or d.lower_ in self.words["per_unit_adjective"] for d in c.children)
            for clause in clauses
            for c in clause.children
        ):
            return True  # 'Chaque lauréat disposera au plus de 900 000 euros', 'Les financements unitaires iront
            # de 15 à 120 millions': what each of many gets
        if money._.amount_min is not None:
            band = before.split()
            if band[-1:] in (["compris"], ["comprises"]) and {"les", "des", "ces"} & set(band):
                return True  # 'les tours compris entre 20 et 100 millions d'euros': a size band (not 'un
                # investissement compris entre 30 et 50 milliards')
            # 'des participations de 15 à 50 millions d'euros dans une douzaine d'entreprises': a range
            # spread over a counted set is the size of each ticket
            following = f" {' '.join(words)} "
            if any(following.startswith(f" dans {count} ") for count in self.words["aggregate_count"]):
                return True
        # '33 millions d'euros la rame, maintenance comprise': a definite noun alone after the amount
        # is the unit it prices
        i = money.end
        return (
            i + 2 < len(doc)
            and doc[i].lower_ in ("le", "la", "l'", "l’")
            and doc[i + 1].pos_ == "NOUN"
            and doc[i + 2].is_punct
            and doc[i + 2].text not in ("«", "(")
        )

    def given_by_verb(self, money: Span) -> bool:
        """'continuerait d'apporter 300 millions d'euros par an', 'a débloqué 180 millions par an': an amount a
        give verb takes as its object is given, each year if so written (unlike a wage, a market's size, or
        what a household spends: 'les familles dépensent 2 milliards par an')."""
        verb = verb_taking(money)
        return verb is not None and self.token_in_class(verb, "give_verb") and not verb.lower_.startswith("dépens")

    def is_hypothetical(self, money: Span, sent: Span) -> bool:
        """'il faudrait trouver 30 à 50 millions', 'il faut débourser 200 dollars', 'chacune pourrait recevoir
        jusqu'à 169 millions', 'le tour de 100 millions dont elle aurait besoin': a need or a possibility,
        not a commitment."""
        doc = money.doc
        after = " ".join(t.lower_ for t in doc[money.end : min(sent.end, money.end + 6)]).removeprefix(", ")
        return has_phrase(words_before(money, sent), self.words["hypothetical"]) or any(
            f" {after} ".startswith(f" {p} ") for p in self.words["hypothetical_after"]
        )

    def is_past_year_spending(self, money: Span, sent: Span, cue: Cue) -> bool:
        """'Bouygues Telecom a investi 1,4 milliard dans ses réseaux en 2023', 'En 2024, Orange a consacré
        6,9 milliards à ses investissements': what a company spent on its own assets over a past year
        is a result (its capital expenditure), not a commitment. Needs a give verb in the past, a whole
        year before publication, and either a possessive target ('ses réseaux') or, for last year's
        accounts, nothing named that the money went to."""
        doc = money.doc
        verb = doc[cue.start]
        if cue.kind != "give_verb" or verb.pos_ not in ("VERB", "AUX"):
            # 'Il a consacré l'an dernier 7 milliards d'investissements', 'a accordé 1,3 milliard de prêts'
            verb = verb_above(money.root, 3)
            if not self.token_in_class(verb, "give_verb"):
                return False
        tense = auxiliaries(verb)
        # ('un rythme comparable aux 1,19 milliard d'euros dépensés l'an dernier': a past participle on the
        # amount tells past spending as a perfect does)
        participle = verb.dep_ == "acl" and verb.head.i in range(money.start, money.end) and "Part" in verb.morph.get("VerbForm")
        if not (tense & _PAST_AUXILIARIES or participle):
            return False
        published = _published_year(doc)
        years = [
            e for e in sent.ents
            if e.label_ == "DATE" and re.fullmatch(r"\d{4}", str(e._.value or "")) and published and str(e._.value) < published
        ]
        if not years:
            return False
        # ('à ses investissements' may hang on the amount: 'consacré 6,9 milliards à ses investissements')
        # ('à la modernisation de son site': the work on its own assets)
        own_assets = any(
            child.dep_ in ("obl", "obl:arg", "obl:mod", "iobj", "nmod")
            and child.i > money.start
            and any(
                d.dep_ == "det" and d.lower_ in POSSESSIVES
                for noun in (child, *(n for n in child.children if n.dep_ == "nmod" and child.lower_ in self.words["upkeep_noun"]))
                for d in noun.children
            )
            # ('consacré 9 millions en 2023 à la modernisation de ses centres': the parse hangs the work on the year)
            for child in [*verb.children, *money.root.children, *(g for c in verb.children if c.ent_type_ == "DATE" for g in c.children)]
        )
        # ('a investi 1,6 milliard d'euros en 2024, hors achats de fréquences': spent over the year on
        # nothing named, unlike 'a investi 2 milliards en 2023 dans Mistral AI')
        # (last year's accounts, in the perfect: 'Il avait investi 1,3 milliard en 2021 dans l'éolien'
        # recalls a deal)
        last_year = published.isdigit() and any(str(e._.value) == str(int(published) - 1) for e in years)
        perfect = bool(tense & _PERFECT_AUXILIARIES) or participle
        # (in the verb's own clause: 'a investi 1,3 milliard en 2024 dans les jeunes pousses, et la banque publique
        # prévoit ...' names no recipient)
        # (nor the spender: '... dépensés l'an dernier par l'opérateur Bouygues Telecom')
        other_clauses = {t.i for c in verb.children if c.dep_ in ("conj", "obl:agent") for t in c.subtree}
        nothing_named = not any(
            e.label_ in ("ORG", "PER") and e.root.i not in other_clauses for e in sent.ents if e.start >= money.end
        )
        # 'avec une Bourse French Tech de 30 k€' is one grant (not '1,3 milliard de prêts au logement social',
        # the year's lending)
        granted = any(t.lower_ in self.words["aid_noun"] and "Plur" not in t.morph.get("Number") for t in sent)
        return own_assets or (last_year and perfect and nothing_named and not granted)

    def is_past_capital_expenditure(self, money: Span) -> bool:
        """'Ses investissements avaient atteint 11 millions la même année', 'les dépenses d'investissement du
        groupe ont atteint 480 millions': a company's investments, in the plural, reaching an amount in a
        past tense is its accounts (unlike 'ses investissements atteindront 15 millions l'an prochain'); what
        a finished work cost ('Mise en service en 2018, cette ligne avait coûté 1,8 milliard') is a result."""
        verb = verb_above(money.root, 3)
        if verb.lemma_ == "coûter" or verb.lower_ == "coûté":
            doc = money.doc
            # (not 'Le chantier a coûté 6,3 millions à Méthamené': what it cost the one who paid)
            bearer = any(doc[i].lower_ in ("à", "au", "aux") for i in range(money.end, min(money.end + 2, len(doc))))
            return bool(auxiliaries(verb) & _PAST_AUXILIARIES) and not bearer
        if not self.token_in_class(verb, "cost_reach_verb"):
            return False
        past = auxiliaries(verb) & _PAST_AUXILIARIES or "Imp" in verb.morph.get("Tense")
        return bool(past) and any(
            c.dep_ == "nsubj" and c.lower_ in ("investissements", "dépenses") for c in verb.children
        )

    def is_restatement(self, money: Span, moneys: list[Span]) -> bool:
        """'Les 15 millions, c'était le montant demandé', 'Ces 109 milliards sont la somme de ...': an amount
        the definite or demonstrative article points back to, already stated earlier in the article, is
        that amount again (a pledge already recorded, or a figure already set aside)."""
        doc = money.doc
        if money.start == 0 or doc[money.start - 1].lower_ not in ("les", "ces", "ses"):
            return False
        value = money._.value or 0
        body = first_line_bounds(doc)[1]  # (the title's amount is restated by the body, not the reverse)
        return value > 0 and any(
            m.end <= money.start and m.start_char >= body and abs((m._.value or 0) - value) <= 0.005 * value for m in moneys
        )

    def is_own_budget(self, money: Span, sent: Span) -> bool:
        """'le club, dont le budget avoisine 38 millions', 'son budget 2025 atteint 3,4 milliards', 'l'essentiel
        du budget métropolitain, soit près de 3,5 milliards': the size of an organisation's whole budget is
        an account, not a commitment (unlike 'un budget de 5 millions pour la rénovation')."""
        doc = money.doc
        before = [t for t in doc[max(sent.start, money.start - 12) : money.start]]
        budget = next((t for t in reversed(before) if t.lower_ in self.words["budget_noun"]), None)
        if budget is None or any(t.ent_type_ == "MONEY" for t in doc[budget.i : money.start]):
            return False
        between = [t.lower_ for t in doc[budget.i + 1 : money.start]]
        if "soit" in between:
            # 'du budget métropolitain, soit 3,5 milliards': the amount restates the budget's size
            return len(between) - between.index("soit") <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in doc[budget.i + 1 : money.start] if t.lower_ != "soit")
        owner = [t.lower_ for t in doc[max(sent.start, budget.i - 2) : budget.i]]
        owned = owner[-1:] in (["son"], ["sa"], ["ses"], ["leur"], ["leurs"]) or owner in (["dont", "le"], ["dont", "la"], ["dont", "les"])
        reached = any(self.token_in_class(t, "cost_reach_verb") or t.lower_.startswith("avoisin") for t in doc[budget.i + 1 : money.start])
        purpose = any(w in ("pour", "consacré", "dédié", "destiné") for w in between)
        return owned and reached and not purpose

    def spending_verb(self, money: Span, cue: Cue) -> Optional[Token]:
        """The verb of giving the amount hangs on (the cue's, else the verb above it), when it spends: None
        for a promise ('a promis', 'a annoncé'), which commits whatever its tense."""
        verb = money.doc[cue.start] if cue.kind == "give_verb" else verb_above(money.root, 3)
        if not self.token_in_class(verb, "give_verb") or self.token_in_class(verb, "promise_verb"):
            return None
        return verb

    def spent_in_past_period(self, money: Span, cue: Cue) -> bool:
        """'C'est davantage qu'en 2024, où le Département avait investi 97 millions', 'lors de la mandature
        précédente, au cours de laquelle Chambéry avait investi 185 millions': spending told in a relative
        clause on a past year or period is a figure recalled to compare (not 'dans l'Ohio, où Intel avait
        promis 20 milliards': a place, and a promise)."""
        doc = money.doc
        verb = self.spending_verb(money, cue)
        if verb is None or not auxiliaries(verb) & _PAST_AUXILIARIES:
            return False
        sent = sentence_of(money)
        opener = next(
            (t for t in reversed(doc[max(sent.start, verb.i - 8) : verb.i]) if t.lower_ in ("où", "laquelle", "lequel", "duquel")),
            None,
        )
        if opener is None:
            return False
        before = [t for t in doc[max(sent.start, opener.i - 7) : opener.i] if not t.is_punct]
        return any(
            (t.ent_type_ == "DATE" and re.fullmatch(r"(19|20)\d\d", t.text)) or t.lower_ in self.words["period_noun"]
            for t in before
        )

    def is_past_activity(self, money: Span, cue: Cue) -> bool:
        """'Bpifrance a injecté 1,4 milliard d'euros dans des start-up au cours de l'année écoulée', 'Près de
        330 millions sont déjà engagés dans trois opérations': money already spread over many unnamed
        recipients is a record of activity, not a commitment ('investira 500 millions dans des start-up' is
        one; 'a investi 2 millions dans Kerlux' names its recipient)."""
        doc = money.doc
        verb = self.spending_verb(money, cue)
        if verb is None:
            return False  # ('a annoncé un investissement de 300 millions dans 12 entreprises' is a commitment)
        tense = auxiliaries(verb)
        # ('avec 24,1 milliards d'euros accordés à quelque 52 000 entreprises': a participle on the amount)
        participle = not tense and verb.i > money.start and verb.morph.get("VerbForm") == ["Part"]
        if not (tense & (_PAST_AUXILIARIES | {"sont", "été"}) or participle):
            return False
        sent = sentence_of(money)
        if any(t.lower_ in ("prochaines", "prochaine", "prochains", "prochain") for t in sent):
            return False  # ('... au cours des trois prochaines années': money still to come)
        into = next((t for t in doc[money.end : sent.end] if t.lower_ in ("dans", "à")), None)
        if into is None or into.i + 1 >= sent.end:
            return False
        following = doc[into.i + 1]
        if following.lower_ in ("quelque", "environ", "près", "plus") and into.i + 2 < sent.end:
            following = doc[into.i + 2] if doc[into.i + 2].like_num else doc[min(into.i + 3, sent.end - 1)]
        counted = following.lower_ == "des" or (following.like_num and following.lower_ not in ("un", "une", "1"))
        words = " ".join(re.findall(r"[\w-]+", doc[following.i + 1 : min(following.i + 5, sent.end)].text.lower()))
        many = counted and has_phrase(words, self.words["many_recipients"])
        clause_end = next((t.i for t in doc[into.i : sent.end] if t.text in (",", ";", ".", ":")), sent.end)
        named = any(t.ent_type_ in ("ORG", "PER") for t in doc[into.i : clause_end])
        return many and not named

    def is_abandoned(self, money: Span, sent: Span) -> bool:
        """'Intel a renoncé à son centre de Saclay, un projet qui devait représenter 450 millions': what a
        project given up was to cost or receive. Both the giving up (this sentence or the one before,
        in the same paragraph) and 'devait' before the amount are needed."""
        doc = money.doc
        if not has_phrase(words_before(money, sent), self.words["was_to"]):
            return False
        previous = previous_sentence(sent)
        start = sent.start if previous is None or line_break_before(doc, sent.start) else previous.start
        text = normalise_apostrophes(doc[start : money.start].text.lower())
        return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) for w in self.words["abandon_verb"])

    def is_past_cumulative(self, money: Span, sent: Span) -> bool:
        """'a déjà investi 20 milliards depuis 2010', '25 milliards promis depuis l'arrivée des
        travaillistes': a running total since a past point, not a new pledge."""
        words = [t.lower_ for t in sent]
        opening = [t for t in sent if not t.is_space][:4]
        for n in range(1, 4):
            if (
                len(opening) > n
                and " ".join(t.lower_ for t in opening[:n]) in self.words["as_of"]
                and opening[n].ent_type_ == "DATE"
            ):
                return True  # 'Au 30 juin 2024, environ 33 milliards avaient été engagés': a tally at a date
        texts = [t.lower_ for t in opening]
        published = _published_year(money.doc)
        if (
            len(texts) == 4 and texts[0] == "entre" and texts[2] == "et"
            and all(re.fullmatch(r"(19|20)\d\d", w) for w in (texts[1], texts[3]))
            and published and texts[3] < published
        ):
            return True  # 'Entre 2010 et 2020, plus de 400 millions avaient été investis': a tally over past years
        before = [t.lower_ for t in sent if t.i < money.start]
        past_period = any(
            (a, c) in (("entre", "et"), ("de", "à")) and re.fullmatch(r"(19|20)\d\d", b) and re.fullmatch(r"(19|20)\d\d", d)
            and published and d < published
            for a, b, c, d in zip(before, before[1:], before[2:], before[3:])
        )
        if past_period and amount_tense(money) & _PAST_AUXILIARIES:
            return True  # 'La première phase, menée entre 2018 et 2024 (conduite de 2019 à 2022), avait déjà mobilisé 22 millions'
        doc = money.doc
        if (
            money.end + 2 < len(doc)
            and (self.token_in_class(doc[money.end], "raise_verb") or self.token_in_class(doc[money.end], "give_verb"))
            and doc[money.end + 1].lower_ == "en"
            and doc[money.end + 2].ent_type_ == "DURATION"
        ):
            return True  # 'Cent trente millions levés en huit ans': what a span of years added up to
        if (
            money.end + 1 < sent.end
            and doc[money.end].lower_ == "en"
            and doc[money.end + 1].ent_type_ == "DURATION"
            and amount_tense(money) & _PERFECT_AUXILIARIES
        ):
            return True  # 'la banque a engagé 46 milliards en cinq ans': the same, in the perfect
        if money.start > sent.start and doc[money.start - 1].lower_ == "dont":
            whole = [e for e in sent.ents if e.label_ == "MONEY" and e.end < money.start]
            if whole and self.is_past_cumulative(whole[-1], sent):
                return True  # '38 milliards ont déjà été engagés, dont 11 milliards pour la décarbonation': part of the tally
        verb = money.root.head
        if (
            money.root.dep_ == "nsubj:pass"
            and verb.i > money.end and not any(t.lower_ in ("dont", "qui", "que") for t in money.doc[money.end : verb.i])
            and auxiliaries(verb) & {"été"}
            # (or in the pluperfect: 'lorsque 13,5 milliards avaient été investis dans l'écosystème')
            and (any(c.lower_ == "déjà" for c in verb.children) or auxiliaries(verb) & RECALLING_AUXILIARIES)
            and not any(c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and c.ent_type_ in ("ORG", "PER")) for c in verb.children)
        ):
            return True  # 'plus de 38 milliards d'euros ont déjà été engagés': a tally, with nobody who gave nor received
        for n, word in enumerate(words[:-1]):
            if word != "depuis":
                continue
            if n == 0 and sent[1].text == "," and "déjà" in words[: money.start - sent.start]:
                return True  # 'Depuis, Nevers a déjà bénéficié de 31 millions': since then, a tally
            at = sent.start + n
            if at > money.start and any(e.label_ == "MONEY" and money.end <= e.start < at for e in sent.ents):
                continue  # 'investit 40 millions dans la start-up, qui a levé 120 millions depuis sa création':
                # a 'depuis' after the amount belongs to the nearest amount before it
            clause = verb_above(sent.doc[at], 4)
            if at > money.end and clause.dep_ == "acl:relcl" and clause.i > money.end:
                continue  # '150 millions iront au SCK CEN, ..., qui travaille depuis plusieurs années sur un
                # prototype': the relative clause describes the recipient
            if sent.start + n + 1 <= money.start and all(
                t.lower_ in self.words["amount_introducer"] for t in sent.doc[sent.start + n + 1 : money.start]
            ):
                return True  # 'Elle a recueilli depuis quelque 40 millions d'euros': since then, a tally
            between = words[money.end - sent.start : n]
            if any(w == "plus" and b in ("le", "la", "les", "des", "son", "sa", "leur") for b, w in zip(between, between[1:])):
                continue  # 'soit le plus gros investissement annoncé en Moselle depuis l'arrivée de Smart', 'son plus
                # gros engagement dans l'Hexagone depuis trente ans',
                # 'l'un des plus gros investissements annoncés dans le Rhône depuis dix ans'
            nxt = sent[n + 1]
            opening = (
                nxt.head.i == sent.start
                and (nxt.head.pos_ in ("ADJ", "PROPN") or opening_participle(nxt.head))
                and nxt.head.i < money.start
            )  # ('Installée depuis 2018 à Gerland, Sepalia a bouclé une série B de 48 millions')
            if opening or self._describes_a_noun(sent[n], money) or _describes_an_actor_after(sent[n], money):
                continue  # 'Présent en France depuis 1992, le groupe annonce 100 millions', 'La BEI, partenaire
                # du gérant depuis ses débuts, apporte 150 millions': it describes the group
            # ('depuis l'ouverture de son site': the text itself, where the elided article holds on)
            following = normalise_apostrophes(sent[n + 1 : n + 4].text.lower())
            if (
                nxt.ent_type_ == "DATE"
                or nxt.like_num
                or any(following.startswith(w) for w in self.words["time_origin"])
            ):
                return True
        return False

    @staticmethod
    def _describes_a_noun(token: Token, money: Span) -> bool:
        """The word stands in an apposition or a relative clause on a noun, which the amount is not in."""
        money_heads = {a.i for a in money.root.ancestors} | {money.root.i}
        return any(
            a.dep_ in ("appos", "acl:relcl", "acl") and a.i < money.start and a.i not in money_heads
            for a in [token, *token.ancestors]
        )

    def is_total(self, money: Span, sent: Span, cues: dict[int, Cue], moneys: list[Span]) -> bool:
        """A sum of other amounts: a total cue in the sentence and two smaller amounts elsewhere;
        or a whole the sentence takes a part of ('Sur les quelque 37 milliards annoncés, ...')."""
        before = [t.lower_ for t in money.doc[max(sent.start, money.start - 3) : money.start]]
        if "sur" in before and ("les" in before or "ces" in before):
            return True
        if before[-1:] == ["à"] and any(tally in words_before(money, sent, 7) for tally in self.words["running_total"]):
            return True  # '..., ce qui porte à 13,5 millions les ressources réunies', '... ce qui porte le total à'
        # ('consacrera 1 milliard à l'IA dans l'ensemble de ses logiciels', 'à l'ensemble des communes': the
        # whole of what the money reaches, not a sum; 'Coût total de l'opération :' is what the project costs)
        totals = [
            i
            for i, c in cues.items()
            if c.kind == "total"
            and sent.start <= i < sent.end
            and doc_word(money.doc, c.start - 1) not in ("dans", "à", "coût")
            # ('Sur ce total, 150 millions iront au SCK CEN': the amount is a part of the total named before it)
            and not (c.start < money.start and [doc_word(money.doc, c.start - 2), doc_word(money.doc, c.start - 1)] in (["sur", "ce"], ["sur", "le"]))
            and not _totals_a_count(money.doc, c)
        ]
        if not totals:
            return False
        value = money._.value or 0
        in_sentence = [m for m in moneys if sent.start <= m.start < sent.end and m is not money]
        if any((m._.value or 0) > value for m in in_sentence) and not any(
            money.start - 8 <= i < money.end + 4 for i in totals
        ):
            return False  # 'L'État apporte 300 millions ; ..., soit 365 millions au total': the total is the other one
        smaller = [m for m in moneys if m is not money and m._.value and m._.value < value]
        return len(smaller) >= 2
