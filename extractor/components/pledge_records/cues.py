"""Cues: the verbs and nouns that say whether an amount is committed, raised, or only counted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ...canonical import normalise_apostrophes
from .text import (
    ACTOR_LABELS, POSSESSIVES, RELATIVE_PRONOUNS, across_clauses, amount_label, doc_word, has_phrase, is_cleft, opening_participle,
    sentence_of, verb_taking, words_before,
)

CUE_WINDOW_BEFORE = 12


CUE_WINDOW_AFTER = 6


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


# endings of nouns and adjectives built on a verb's stem: 'financement', 'dirigeables', 'finançable'
NOUN_ENDINGS = ("ment", "ments", "tion", "tions", "eur", "eurs", "euse", "euses", "age", "ages", "able", "ables", "ible", "ibles")


# pronouns that only stand before a verb: the word after them is a verb whatever the tagger says
CLITICS = {"en", "y", "lui", "leur", "se", "s'"}

# words between 'à' and an amount it introduces: 'à près de 300 millions', 'à plus d'un milliard'
AMOUNT_QUALIFIER_WORDS = {"près", "de", "d'", "d’", "plus", "environ", "quelque", "presque", "peu", "un"}

# words that only say "an amount": "le montant de la levée" is what the levée says
AMOUNT_WORDS = ("montant", "somme")


def _what_the_amount_is_of(doc: Doc, cue: Cue, cues: dict[int, Cue]) -> Cue:
    """'C'est le montant de la levée de fonds', 'la somme du rachat': a word that only says 'amount'
    yields to the cue it is the amount of."""
    if doc[cue.start].lower_ not in AMOUNT_WORDS or cue.end >= len(doc):
        return cue
    # 'son programme de rachat d'actions, d'un montant d'un milliard', 'une commande de 40 bus au
    # constructeur Solaris, pour un montant de 27 millions': the amount of what the apposition describes
    opening = cue.start - 2
    if opening > 0 and [t.lower_ for t in doc[opening : cue.start]] in (["d'", "un"], ["d’", "un"], ["pour", "un"]):
        if doc[opening - 1].text == ",":
            reach = max(0, opening - 16, doc[opening].sent.start)
            described = [cues[i] for i in range(reach, opening - 1) if i in cues]
            if described and described[-1].kind == "non_pledge":
                return described[-1]
    if doc[cue.end].lower_ not in ("de", "du", "d'", "d’", "des"):
        return cue
    following = [cues[i] for i in range(cue.end + 1, min(cue.end + 4, len(doc))) if i in cues]
    return following[0] if following else cue


def _complements_pledge_noun(doc: Doc, cue: Cue, cues: dict[int, Cue]) -> bool:
    """'prêts de trésorerie', 'avance de trésorerie': a non-pledge noun right after 'de' that follows a
    pledge noun only says what the pledge is for."""
    i = cue.start
    return (
        cue.kind == "non_pledge" and i >= 2 and doc[i - 1].lower_ in ("de", "d'", "d’")
        and (i - 2) in cues and cues[i - 2].kind == "pledge_noun"
    )


def _lemma(token: Token) -> str:
    """The lemma when a lemmatizer ran; else the form without a plural ending. The pipeline leaves
    the lemmatizer out (a fifth of the run time): see lemma_of for the forms the rules need."""
    return token.lemma_.lower() if token.lemma_ else token.lower_.rstrip("sx")


def _verb_stem(infinitive: str) -> str:
    """'injecter' -> 'inject', 'investir' -> 'invest', 'prévoir' -> 'prévo'."""
    for ending in ("oir", "er", "ir", "re"):
        if infinitive.endswith(ending) and len(infinitive) - len(ending) >= 3:
            return infinitive[: -len(ending)] + ("o" if ending == "oir" else "")
    return infinitive


def _takes_charge(token: Token) -> bool:
    """'Le Département prendra à sa charge la voie d'accès', 'prendra pour sa part en charge la
    viabilisation': 'prendre' with 'en charge' or 'à sa charge' a few words on, whatever comes between
    (the lexicon's phrases, 'prendra en charge', need the words side by side)."""
    if not token.lower_.startswith(("prend", "prenn", "pris")) or token.pos_ not in ("VERB", "AUX"):
        return False
    following = [t.lower_ for t in token.doc[token.i + 1 : token.i + 7]]
    return any(
        word == "charge" and n > 0 and following[n - 1] in ("en", "sa", "leur", "son")
        for n, word in enumerate(following)
    )


PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te", "ts", "tes")


def _qualifies_a_noun(token: Token) -> bool:
    """'un profil confirmé dépasse les 90 000 euros': a bare participle on a noun other than the amount
    says what that noun is like, not that money is given (unlike 'les 4 milliards engagés')."""
    return (
        token.dep_ in ("amod", "acl")
        and "Part" in token.morph.get("VerbForm")
        and token.lower_.endswith(PAST_PARTICIPLE_ENDINGS)  # (the parser calls 'financera' a participle too)
        and token.n_lefts + token.n_rights == 0
        and token.head.i < token.i
        and token.head.pos_ == "NOUN"
        and token.head.ent_type_ != "MONEY"
    )


def _speech_incise(token: Token) -> bool:
    """'..., a annoncé Fabrice Pannekoucke.': a verb set off by a comma, with no object and its subject
    after it, says who spoke; it is no pledge verb (unlike 'X a annoncé un plan de 2 milliards')."""
    i = token.i - 1
    while i > 0 and token.doc[i].pos_ == "AUX":
        i -= 1
    if token.doc[i].text != ",":
        return False
    if any(c.dep_ in ("obj", "ccomp", "xcomp") for c in token.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > token.i for c in token.children) or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_type_ in ("PER", "ORG", "LOC")
    )


def joined_to_relative(verb: Token) -> bool:
    """'PFZW, dont les actifs sont gérés par PGGM, signe le deuxième ticket': the parse joins the main verb
    to the relative clause before it; what that clause says (its subject, its verb) is not the amount's."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.pos_ in ("VERB", "AUX")
        and any(t.lower_ in RELATIVE_PRONOUNS + ("dont", "que", "qu'", "qu’") for t in verb.doc[head.left_edge.i : head.i])
    )


def _rank(kind: str) -> int:
    return {"non_pledge": 0, "total": 1, "raise_noun": 2, "raise_verb": 3, "give_verb": 4, "pledge_noun": 5}[
        kind
    ]


def _pos_fits(kind: str, token: Token) -> bool:
    if kind.endswith("_verb"):
        return token.pos_ in ("VERB", "AUX")
    if kind.endswith("_noun"):
        return token.pos_ in ("NOUN", "PROPN", "X")
    return True


def _indefinite(noun: Token) -> bool:
    """'une usine', 'un réacteur': any one of a kind, not the one the article is about."""
    return any(d.dep_ == "det" and d.lower_ in ("un", "une") for d in noun.children)


class CueMixin:
    """Methods of PledgeRecords (see component.py); they read self.words, self.mapping, self.nlp."""

    def find_cues(self, doc: Doc) -> dict[int, Cue]:
        """Map token index -> cue. Phrases first, then single words by lemma or form."""
        found: dict[int, Cue] = {}
        for match_id, start, end in self.matcher(doc):
            kind = self.nlp.vocab.strings[match_id]
            if kind in ("give_verb", "raise_verb", "pledge_noun", "raise_noun", "non_pledge", "total"):
                if doc[end - 1].lower_ == "plus" and end < len(doc) and doc[end].lower_ in ("de", "d'", "d’"):
                    continue  # 'le record de plus de 450 milliards': 'plus de' qualifies the amount, adds nothing
                cue = Cue(kind, start, end)
                for i in range(start, end):
                    old = found.get(i)
                    # (a phrase inside a longer one yields to it: 'complète le tour de table' gives, whatever
                    # 'tour de table' alone would say)
                    inside = old is not None and old.start <= start and end <= old.end and (old.end - old.start) > (end - start)
                    if old is None or (old.end - old.start) < (end - start) or (_rank(kind) < _rank(old.kind) and not inside):
                        found[i] = cue
        for token in doc:
            if token.i in found or token.ent_type_ in ACTOR_LABELS or token.ent_type_ == "MONEY":
                continue
            if _takes_charge(token):
                found[token.i] = Cue("give_verb", token.i, token.i + 1)
                continue
            for kind in (
                "raise_noun",
                "raise_verb",
                "non_pledge",
                "total",
                "give_verb",
                "pledge_noun",
                "non_pledge_verb",
            ):
                if self.token_in_class(token, kind):
                    if kind == "give_verb" and (
                        self.reflexive_not_given(token) or _speech_incise(token) or _qualifies_a_noun(token)
                    ):
                        break
                    found[token.i] = Cue(
                        "non_pledge" if kind == "non_pledge_verb" else kind, token.i, token.i + 1
                    )
                    break
        return found

    def reflexive_not_given(self, token: Token) -> bool:
        """'Cette rallonge s'ajoute aux enveloppes': reflexive, the verb adds up, nobody gives."""
        return (
            token.i > 0
            and token.doc[token.i - 1].lower_ in ("s'", "se", "s’")
            and token.lower_.startswith(tuple(self.words["reflexive_not_given"]))
        )

    def token_in_class(self, token: Token, kind: str) -> bool:
        """Word-class membership by form, by lemma ('totale' -> 'total'), and for verbs by stem: the tagger
        often reads a verb as an adjective ('injecte', 'débloque'), and then the lemma is wrong too."""
        words = self.words[kind]
        deps = {c.dep_ for c in token.children}
        if kind.endswith("_noun") and (token.pos_ == "VERB" or ("nsubj" in deps and "obj" in deps)):
            # 'Dust facture ses assistants 29 euros': the verb, not the bill (a word with a subject and
            # an object is a verb, whatever its tag)
            return False
        if token.lower_ in words:
            return True
        if not kind.endswith("_verb"):
            return (_lemma(token) in words or self.lemma_of(token) in words) and _pos_fits(kind, token)
        after_clitic = token.i > 0 and token.doc[token.i - 1].lower_ in CLITICS  # 'en finance', 'y injecte'
        # (a date is no verb: 'vendredi' is not a form of 'vendre')
        if token.pos_ in ("DET", "ADP", "PRON", "NUM") or token.ent_type_ in ("DATE", "DURATION") or (
            token.pos_ in ("NOUN", "PROPN")
            and kind != "non_pledge_verb"
            and not (after_clitic or opening_participle(token))
        ):
            return False
        if kind == "non_pledge_verb" and token.pos_ == "NOUN" and token.dep_ in ("nsubj", "nsubj:pass"):
            return False  # 'Le gérant a réuni 250 millions': a subject noun, not the verb 'gérer'
        if _lemma(token) in words:
            return True
        form = token.lower_
        noun_like = form.endswith(NOUN_ENDINGS) and token.pos_ not in ("VERB", "AUX")  # "engage" is a verb
        if noun_like:
            return False
        # 'rachète', 'mène', 'lève': the stem of the infinitive has a plain e; 'complète', 'cède': an é
        if any(self.verb_forms[kind].fullmatch(f) for f in {form, form.replace("è", "e"), form.replace("è", "é")}):
            return True
        # 'reçoit', 'obtient', 'promis': irregular verbs change their stem
        return token.pos_ in ("VERB", "AUX") and self.lemma_of(token) in words

    def lemma_of(self, token: Token) -> str:
        """'reçoit' -> 'recevoir', 'totale' -> 'total': the lemma when a lemmatizer ran, else the one
        inflections.jsonl (derived from the base model's lemmatizer for the lexicon's words) gives."""
        if token.lemma_:
            return token.lemma_.lower()
        return self.inflections.get((token.lower_, token.pos_), "")

    def non_pledge_introducing(self, money: Span, sent: Span, cues: dict[int, Cue]) -> Optional[Cue]:
        """'Valorisée autour de 500 millions de dollars, la jeune pousse consacrera ...', 'un chiffre
        d'affaires de 3 milliards': a non-pledge word joined to the amount by function words only
        says what the amount is, whatever verb the sentence hangs on."""
        i = money.start - 1
        while i >= sent.start and money.start - i <= 4 and money.doc[i].lower_ in self.words["amount_introducer"]:
            i -= 1
        cue = cues.get(i)
        return cue if cue is not None and cue.kind == "non_pledge" and i < money.start - 1 else None

    def non_pledge_subject(self, money: Span, cues: dict[int, Cue]) -> Optional[Cue]:
        """'dont la valorisation pourrait atteindre 86 milliards', 'le chiffre d'affaires dépasse
        3 milliards', 'son chiffre d'affaires, qui a atteint 22 milliards': the verb the amount hangs
        on has a non-pledge subject."""
        verb = money.root.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.dep_ in ("xcomp", "obj", "obl"):
            verb = verb.head
        for candidate in (verb, verb.head):
            if candidate is not verb and joined_to_relative(verb):
                continue  # (a relative clause the parse joined to the main verb keeps its own subject)
            for child in candidate.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and not (money.start <= child.i < money.end):
                    if child.lower_ in RELATIVE_PRONOUNS and candidate.dep_ == "acl:relcl":
                        # 'son chiffre d'affaires, qui a atteint 22 milliards': the antecedent, as parsed
                        # or as written right before the pronoun
                        written = child.i - 2 if money.doc[child.i - 1].text == "," else child.i - 1
                        cue = cues.get(candidate.head.i) or cues.get(written)
                    else:
                        cue = cues.get(child.i)
                    return cue if cue is not None and cue.kind == "non_pledge" else None
        # no subject found: the parse broke ('Le produit net bancaire, l'équivalent du chiffre d'affaires
        # pour un établissement de crédit, atteint 48,8 milliards'); the noun the sentence opens on
        sent = sentence_of(money)
        words = [t for t in sent if not t.is_space][:2]
        if len(words) == 2 and words[0].pos_ == "DET" and words[1].i < money.start:
            cue = cues.get(words[1].i)
            if cue is not None and cue.kind == "non_pledge" and verb.pos_ in ("VERB", "AUX"):
                return cue
        return None

    def amount_that_goes(self, money: Span) -> Optional[Cue]:
        """'Deux milliards iront aux tours de croissance', '15 milliards doivent aller aux centres de
        données', '180 millions serviront à électrifier les quais': an amount that is the subject of
        'aller' or 'servir' is allocated, a pledge."""
        root = money.root
        if root.dep_ in ("nsubj", "nsubj:pass"):
            head = root.head
            verbs = [head, *[c for c in head.children if c.dep_ == "xcomp"]]
        elif root.dep_ == "ROOT":  # (the parser may hang the verb on the amount: 'millions <-acl- serviront')
            verbs = [c for c in root.children if c.dep_ == "acl" and c.i >= money.end]
        else:
            return None
        for verb in verbs:
            if verb.lower_ in self.words["allocation_verb"] and any(
                c.lower_ in ("à", "au", "aux", "vers") for c in verb.subtree
            ):
                return Cue("give_verb", verb.i, verb.i + 1)
        return None

    @staticmethod
    def cue_before_colon(money: Span, cues: dict[int, Cue]) -> Optional[Cue]:
        """'Deux fonds ont participé à l'opération : Friedland Gestion, pour 3 millions d'euros, ...':
        a list after a colon takes the pledge word of the clause the colon closes."""
        doc = money.doc
        sent = sentence_of(money)
        colons = [t.i for t in doc[sent.start : money.start] if t.text == ":"]
        if not colons and sent.start > 0 and doc[sent.start - 1].text == ":":
            colons = [sent.start - 1]  # (a list on the lines after the colon)
        if not colons:
            return None
        clause = sentence_of(doc[colons[-1]])
        found = [c for i, c in cues.items() if clause.start <= i < colons[-1] and c.is_pledge]
        return found[-1] if found else None

    def granted_label(self, money: Span) -> bool:
        """'Hexana est retenue. Montant accordé : 22 M€.': a label whose participle grants ('accordé',
        'attribuée', 'alloué') hands the amount to whom the text is about; it does not name a giver ('Montant
        investi :' does)."""
        label = amount_label(money)
        words = [t for t in label if not t.is_space] if label is not None else []
        if not 1 <= len(words) <= 3:
            return False
        participle = words[-1]
        return participle.lower_.endswith(("é", "ée", "és", "ées")) and self.token_in_class(participle, "grant_verb")

    def cost_heading(self, money: Span) -> Optional[Cue]:
        """'Coût du projet : 16,5 milliards de yens': a sentence that opens on a project's cost and a colon,
        the amount right after it, states what the company spends."""
        label = amount_label(money)
        if label is None:
            return None
        opening = " ".join(normalise_apostrophes(label.text.lower()).split())
        if opening in self.words["cost_heading"]:
            return Cue("pledge_noun", label.start, label.end)
        return None

    def granted(self, noun: Token) -> bool:
        """'Une dette senior de 68 millions a été accordée par un pool de banques', 'une dette de 240
        millions, accordée par ...': a debt someone grants is a loan, not a balance-sheet figure."""
        if noun.pos_ != "NOUN" or noun.lower_ not in self.words["debt_noun"]:
            return False
        verbs = [c for c in noun.children if c.dep_ in ("acl", "acl:relcl")]
        if noun.dep_ in ("nsubj:pass", "nsubj"):
            verbs.append(noun.head)  # (the debt as the subject of 'a été accordée')
        return any(v.pos_ in ("VERB", "ADJ") and self.token_in_class(v, "give_verb") for v in verbs)

    def apposed_label(self, money: Span, sent: Span, cues: dict[int, Cue]) -> Optional[Cue]:
        """'un forfait de 15 milliards, le prix convenu pour ...', '4 milliards de dollars, soit 3,7 milliards
        d'euros, la valorisation retenue': a noun phrase set after the amount (past its conversion) that names
        it a price or a value says the amount is no pledge, whatever the verb. (A pledge noun there, 'la plus
        grosse levée', is left to the verb, which finds the parties.)"""
        doc = money.doc
        i = money.end
        if i + 1 < sent.end and doc[i].text == "," and doc[i + 1].lower_ == "soit":
            following = next((e for e in sent.ents if e.label_ == "MONEY" and e.start > i), None)
            if following is None or not self.is_conversion(following, money):
                return None
            i = following.end
        if i + 2 >= sent.end or doc[i].text != "," or doc[i + 1].lower_ not in ("le", "la", "l'", "l’", "un", "une"):
            return None
        for token in doc[i + 2 : min(i + 6, sent.end)]:
            if token.pos_ in ("ADV", "ADJ"):
                continue  # 'la plus grosse levée'
            cue = cues.get(token.i)
            return cue if cue is not None and cue.kind == "non_pledge" else None
        return None

    def governing_cue(self, money: Span, sent: Span, cues: dict[int, Cue]) -> Optional[Cue]:
        """The cue that decides what an amount is (see _governing_cue); a debt someone grants is a loan."""
        cue = self._governing_cue(money, sent, cues)
        if cue is not None and cue.kind == "non_pledge":
            noun = money.doc[cue.start]
            if self.granted(noun) or self.debt_given(money, noun) or self.cost_of_building(noun):
                return Cue("pledge_noun", cue.start, cue.end)
        return cue

    def cost_of_building(self, verb: Token) -> bool:
        """'la construction des six réacteurs coûtera 72,8 milliards', 'le chantier coûtera 510 millions', 'va
        construire une unité, pour un coût de 400 millions': what a thing built costs is its builder's
        commitment (not 'l'abonnement coûte 20 euros')."""
        if verb.pos_ == "NOUN" and verb.lower_ == "coût" and verb.dep_ in ("obl", "obl:mod", "nmod"):
            builder = verb.head
            return self.token_in_class(builder, "build_verb") or (
                builder.pos_ == "NOUN" and builder.lower_ in self.words["built_noun"]
            )
        if verb.pos_ not in ("VERB", "AUX") or not verb.lower_.startswith("coût"):
            return False
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ in ("amod", "acl"):
            subjects = [verb.head, verb.head.head]  # (a parse that hangs the verb on the noun before it)
        # (not a generic one: 'Une usine pilote coûte souvent entre 20 et 50 millions')
        return any(s.lower_ in self.words["built_noun"] and not _indefinite(s) for s in subjects)

    def project_cost(self, money: Span) -> Optional[Token]:
        """'L'usine représente un investissement de 16 millions', 'le réservoir, chiffré à 21 millions', 'il
        coûtera 19 millions', 'La facture totale atteindra 1,3 milliard': the amount is what a project costs.
        Returns the project (or the cost noun, or the pronoun standing for the project), else None."""
        token, cost_noun = money.root, None
        for _ in range(3):
            if token.head.i == token.i or token.head.pos_ in ("VERB", "AUX") or self.is_cost_verb(token.head):
                break
            token = token.head
            if cost_noun is None and self.token_in_class(token, "cost_noun"):
                cost_noun = token
        verb = token.head
        if verb.pos_ not in ("VERB", "AUX") and not self.is_cost_verb(verb):
            return None
        if verb.lower_.endswith(("rait", "raient")):
            return None  # 'Le premier réacteur coûterait entre 350 et 450 millions': an estimate, no commitment
        if verb.lemma_ == "coûter" or verb.lower_.startswith("coût"):
            tense = [c for c in verb.children if c.dep_ == "aux:tense"]
            if tense and not tense[0].lower_.startswith("aur"):
                return None  # 'le parc avait finalement coûté 2,5 milliards': spent (not 'qui aura coûté')
        subject = self.cost_subject(verb)
        if subject is None:
            return None
        if any(c.dep_ == "nmod" and _indefinite(c) for c in subject.children):
            return None  # 'le coût d'un grand réacteur est estimé entre 10 et 20 milliards': any one
        if self.token_in_class(subject, "cost_noun") and subject.lower_ != "investissement":
            reached = self.token_in_class(verb, "cost_reach_verb") or self.is_cost_verb(verb)
            return subject if reached else None  # 'La facture totale atteindra 1,3 milliard'
        if self.is_cost_verb(verb) or (
            cost_noun is not None and cost_noun.lower_ == "investissement" and self.token_in_class(verb, "cost_reach_verb")
        ):
            generic = subject.dep_ == "nsubj" and _indefinite(subject)
            if subject.lower_ in ("il", "elle") or (self.token_in_class(subject, "project_noun") and not generic):
                return subject  # (not 'Une usine coûte souvent entre 20 et 50 millions')
        return None

    def is_cost_word(self, token: Token) -> bool:
        """'coûter', 'chiffrer', 'investissement', 'facture': the words a project's cost is stated with."""
        return self.is_cost_verb(token) or self.token_in_class(token, "cost_noun")

    def is_cost_verb(self, token: Token) -> bool:
        """'coûtera', 'évalué', and 'chiffré' that the tagger reads as a noun or an adjective."""
        if self.token_in_class(token, "cost_verb"):
            return True
        return token.pos_ in ("NOUN", "ADJ") and self.cost_participle.fullmatch(token.lower_) is not None

    def cost_subject(self, verb: Token) -> Optional[Token]:
        """What a cost verb speaks of, through the parses it gets: its subject; a participle's noun ('un
        réservoir, chiffré à', 'La facture totale atteindra' read as a noun and its participle); the subject
        of the verb it is coordinated with ('La facture, que la Ville assumera, s'élève à'); the antecedent
        of 'qui' ('Le projet, qui comprend un bassin, coûtera')."""
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i]
            subjects.sort(key=lambda c: not (self.token_in_class(c, "cost_noun") or self.token_in_class(c, "project_noun")))
        if not subjects:
            return verb.head if verb.dep_ in ("acl", "amod") and verb.head.i < verb.i else None
        subject = subjects[0]
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "acl:relcl":
            return subject.head.head
        return subject

    def debt_given(self, money: Span, noun: Token) -> bool:
        """'la BEI nous prête 15 millions d'euros de dette', 'lève 12,5 milliards de dollars de dette': an
        amount of debt that a give or raise verb takes as its object is a loan, not a balance-sheet figure
        ('croule sous 2 milliards de dette')."""
        if noun.lower_ not in self.words["debt_noun"]:
            return False
        measured = money.root.head
        if noun.i < money.start and measured.i == noun.i and noun.dep_ in ("nsubj:pass", "nsubj") and (
            self.token_in_class(noun.head, "give_verb") or self.token_in_class(noun.head, "debt_give_verb")
        ):
            return True  # 'La dette senior, soit 120 M€, est fournie par un pool de banques': a debt someone grants
        if noun.i >= money.start:
            verb = verb_taking(money)
        elif noun.head.i == measured.i < noun.i and (
            measured.lower_ in ("ligne", "lignes", "facilité") or self.token_in_class(measured, "pledge_noun")
        ):
            return True  # 'une ligne de dette de 15 millions', 'un financement en dette de 4 millions': a loan
        else:
            # 'a arrangé une dette de 90 millions': the debt noun the amount measures, object of the verb
            verb = noun.head if noun.dep_ == "obj" and measured.i == noun.i and noun.head.pos_ in ("VERB", "AUX") else None
        return verb is not None and any(self.token_in_class(verb, kind) for kind in ("give_verb", "raise_verb", "debt_give_verb"))

    def _governing_cue(self, money: Span, sent: Span, cues: dict[int, Cue]) -> Optional[Cue]:
        """The cue that decides what an amount is.

        Order: a cue right after the amount ("3 milliards d'euros de chiffre d'affaires",
        "800 milliards d'investissements cumulés"), then the nearest cue among the amount's
        syntactic ancestors, then the nearest cue in a window of the sentence.
        """
        heading = self.cost_heading(money)
        if heading is not None:
            return heading
        taking = verb_taking(money)
        if taking is not None and taking.i in cues and cues[taking.i].kind == "non_pledge":
            return cues[taking.i]  # 'le décret a annulé 500 millions d'euros de crédits': the verb says what they are
        after = [cues[i] for i in range(money.end, min(money.end + 4, sent.end)) if i in cues]
        # ('800 millions d'euros de prêts de trésorerie': what a loan is for does not make it a cash balance)
        after = [c for c in after if not _complements_pledge_noun(money.doc, c, cues)]
        if doc_word(money.doc, money.end + 1) in POSSESSIVES:
            after = []  # '50 millions d'euros de son propre bilan', 'de sa trésorerie': where the money comes from
        if after and doc_word(money.doc, money.end) in ("de", "d'", "du", "des", "au", "aux"):
            strongest = min(after, key=lambda c: _rank(c.kind))
            return strongest
        totals_after = [c for c in after if c.kind == "total"]
        if totals_after:
            return totals_after[0]
        label = self.apposed_label(money, sent, cues)
        if label is not None:
            return label
        introducer = self.non_pledge_introducing(money, sent, cues) or self.non_pledge_subject(money, cues)
        if introducer is not None:
            return introducer
        going = self.amount_that_goes(money)
        if going is not None:
            return going
        source = self.source_verb(money)
        if source is not None:
            return Cue("give_verb", source.i, source.i + 1)  # 'Un million d'euros viendra de la Région'
        reached = self.raise_reaching(money, sent, cues)
        if reached is not None:
            return reached
        token, steps = money.root, 0
        noun_cue = None
        while token.head.i != token.i and steps < 4 and not joined_to_relative(token):
            token, steps = token.head, steps + 1
            cue = cues.get(token.i) if not (money.start <= token.i < money.end) else None
            if noun_cue is not None:
                if token.pos_ in ("VERB", "AUX"):
                    # 'rachète la totalité du capital pour 140 M€': a price verb over a pledge noun decides
                    # (within its clause: not 'Le bâtiment ne pèsera pas sur son bilan : c'est la foncière qui le
                    # financera, pour un investissement de 58 millions')
                    if cue is not None and cue.kind == "non_pledge" and not across_clauses(money.doc, token.i, money.start):
                        return cue
                    return _what_the_amount_is_of(money.doc, noun_cue, cues)
                continue
            if cue is not None and cue.kind != "total":
                if cue.kind != "pledge_noun" or token.pos_ in ("VERB", "AUX"):
                    return self.object_it_prices(token, money, cues) or cue
                noun_cue = cue
        if noun_cue is not None:
            return _what_the_amount_is_of(money.doc, noun_cue, cues)
        # '173 millions d'euros : c'est la somme que X a levée auprès de Y' - the amount is announced
        # first and the clause that says what it is follows the colon
        # (or stands alone as a sentence that the next one explains: '75 millions d'euros. C'est la somme ...')
        # ('150 millions d'euros, c'est la somme que l'industriel affectera ...')
        following = [normalise_apostrophes(t.lower_) for t in money.doc[money.end : money.end + 3]]
        announced = (
            (following[:1] and following[0] in (":", "."))
            or following == [",", "c'", "est"]
            or sent.end > sentence_of(money).end
            # 'C'est enfin 1,1 Md€ que le groupe hôtelier Al Bidda compte consacrer à ...': a cleft puts the verb far after
            or is_cleft(money, sent)
        )
        best, best_distance = None, None
        reach = self.cap_phrase_start(money, sent)
        for i, cue in cues.items():
            if not (sent.start <= i < sent.end) or cue.kind == "total":
                continue
            if i < money.start:
                distance = (reach if reach is not None and i < reach else money.start) - i
                if distance > CUE_WINDOW_BEFORE:
                    continue
            elif i >= money.end:
                distance = (i - money.end) * 2 + 1
                if i - money.end > CUE_WINDOW_AFTER and not announced:
                    continue
            else:
                continue
            if (
                best_distance is None
                or distance < best_distance
                or (distance == best_distance and _rank(cue.kind) < _rank(best.kind))
            ):
                best, best_distance = cue, distance
        if best is None:
            return self.facility_worth(money) or self.alone_share_taken(money, sent)
        return _what_the_amount_is_of(money.doc, best, cues)

    def cap_phrase_start(self, money: Span, sent: Span) -> Optional[int]:
        """Where 'pouvant atteindre jusqu'à', 'susceptible d'atteindre' opens before the amount: the cap
        belongs to the noun before the phrase ('un prêt de la Banque européenne d'investissement (BEI)
        pouvant atteindre jusqu'à 20 millions'), however long its name."""
        doc = money.doc
        for i in range(money.start - 1, max(sent.start, money.start - 7) - 1, -1):
            words = normalise_apostrophes(doc[i : money.start].text.lower())
            if any(words.startswith(p + " ") or words == p for p in self.words["cap_phrase"]):
                return i
        return None

    def alone_share_taken(self, money: Span, sent: Span) -> Optional[Cue]:
        """'un club deal mené par Crédit Agricole Assurances, qui prend à lui seul 35 millions': whatever the
        verb, a share taken 'alone' is a ticket in the operation the sentence is about."""
        verb = verb_taking(money)
        if verb is None or not self.alone_share_before(money, sent, 4):
            return None
        return Cue("give_verb", verb.i, verb.i + 1)

    def alone_share_before(self, money: Span, sent: Span, reach: int) -> bool:
        """'à lui seul', 'à elle seule' within ``reach`` words before the amount: a share taken alone."""
        return has_phrase(words_before(money, sent, reach), self.words["alone_share"])

    @staticmethod
    def object_it_prices(verb: Token, money: Span, cues: dict[int, Cue]) -> Optional[Cue]:
        """'KNDS a reçu une commande de chars d'environ 2,9 milliards': an amount the parser hangs on the verb
        after its object, a non-pledge noun ('commande', 'contrat'), prices that object."""
        if verb.pos_ not in ("VERB", "AUX") or money.root.head.i != verb.i:
            return None
        for child in verb.children:
            cue = cues.get(child.i)
            if child.dep_ == "obj" and child.i < money.start and cue is not None and cue.kind == "non_pledge":
                between = money.doc[child.i + 1 : money.start]
                if not any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") for t in between):
                    return cue
        return None

    def raise_reaching(self, money: Span, sent: Span, cues: dict[int, Cue]) -> Optional[Cue]:
        """'a annoncé le closing final de son fonds, consacré à la décarbonation, à 215 millions', 'a porté
        sa levée à 50 millions': an amount that a raise reaches ('à') is the raise's size, however far
        the parser hangs it (on the verb 'annoncer', on 'fonds')."""
        doc = money.doc
        i = money.start - 1
        while i > sent.start and doc[i].lower_ in AMOUNT_QUALIFIER_WORDS:
            i -= 1  # 'à près de 300 millions', 'à plus de 1 milliard'
        if doc[i].lower_ != "à":
            return None
        # (an incise between commas describes the fund: 'son fonds, consacré à l'industrie, à 215 millions')
        incise = doc[i - 1].text == ","
        for j in range(i - 2 if incise else i - 1, max(sent.start, i - 25) - 1, -1):
            token = doc[j]
            if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
                # 'boucle son deuxième fonds à 1,4 milliard' (not 'la levée, qui valorise la société à 1
                # milliard': another verb's complement)
                cue = cues.get(j)
                return cue if cue is not None and cue.kind == "raise_verb" and not incise else None
            if incise:
                incise = token.text != ","
                continue
            cue = cues.get(j)
            if cue is not None and not (cue.kind == "pledge_noun" and token.lower_ in self.words["fund_noun"]):
                # (past the fund that the raise closes: 'le closing de son fonds à 3,1 milliards')
                return cue if cue.kind == "raise_noun" else None
        return None

    def facility_worth(self, money: Span) -> Optional[Cue]:
        """'construit une usine de 10 milliards d'euros', 'un campus de calcul de 4 milliards': a site
        priced by the amount it costs its builder, when nothing else in the sentence says what it is."""
        doc = money.doc
        i = money.start - 1
        if i < 1 or doc[i].lower_ not in ("de", "d'", "d’"):
            return None
        for j in range(i - 1, max(-1, i - 6), -1):
            token = doc[j]
            if token.is_punct or token.pos_ in ("VERB", "AUX") or token.ent_type_:
                return None
            if token.pos_ == "NOUN" and self.token_in_class(token, "target_noun"):
                return Cue("pledge_noun", j, j + 1)
        return None
