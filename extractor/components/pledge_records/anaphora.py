"""Anaphora: what 'il', 'la société', 'l'américain', 'C'est lui qui' or 'Son président, X' point back to."""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span, Token

from ...canonical import default_table
from .text import (
    POSSESSIVES,
    doc_word,
    article_phrase,
    PLACE_PREPOSITIONS,
    acts_as_subject,
    is_topic,
    SUBJECT_DEPS,
    per_doc,
    _ent_spans,
    _is_source,
    _name_tokens,
    first_line_bounds,
    has_title,
    title_ents,
    previous_sentence,
    sentence_of,
)

# what 'le fonds', 'la banque' and 'l'assureur' may point back to: gazetteer kinds, and words of a name
KIND_OF_ANAPHOR = {
    "investor": ("investor",),
    "bank": ("bank", "investor"),
    "insurer": ("insurer",),
    "company": ("company", "group", "startup"),
    "public": ("institution",),
}
# ('le groupe' may be an investment group, 'le groupe canadien Brookfield', or an insurer, 'le groupe
# Covéa'; a bank lends to the company the article is about)
LENDER_KINDS = ("bank", "institution")
KIND_NAMES = {
    "investor": re.compile(r"\b(?:Capital|Ventures|Partners|Investment|Investments|Invest|Fund|Fonds|Gestion|Equity)\b"),
    "bank": re.compile(r"\b(?:Banque|Bank|Crédit|Caisse|Bpifrance)\b"),
    "insurer": re.compile(r"\b(?:Assurances?|Mutuelle|AXA|Allianz|Generali|Covéa|Macif|Maif|Groupama)\b"),
    "public": re.compile(r"\b(?:Agence|Centre national|Institut|Office|Commissariat|Autorité|Grand Port|Établissement public)\b"),
}


def _set_as_place(ent: Span) -> bool:
    """'aux Pays-Bas', 'en Lituanie', 'à Vilnius': a place named as where things happen."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in PLACE_PREPOSITIONS


class AnaphoraMixin:
    """Methods of PledgeRecords (see component.py); they read self.words, self.mapping, self.nlp."""

    def opening_anaphor(self, sent: Span, money: Span) -> Optional[str]:
        """'Le fabricant néerlandais, fournisseur de TSMC, y injecte 1,3 milliard': a sentence that opens
        on a generic organisation head with no name points back to the organisation named before it."""
        words = [t for t in sent if not t.is_space][:4]
        if len(words) < 2 or words[0].lower_ not in ("le", "la", "l'", "les"):
            return None
        head = words[1]
        phrase = article_phrase(words[0].lower_, head.lower_)
        if head.i >= money.start or head.dep_ == "nsubj:pass":
            return None  # ('La société de projet sera dotée de 22 millions par ...': it receives)
        if any(t.text in (":", ";") for t in sent.doc[head.i : money.start]):
            return None  # ('La société n'en est pas à son premier soutien : Bpifrance lui avait accordé 30 000 euros')
        # 'L'américain, qui avait inauguré ...': a nationality used as a noun stands for the company
        demonym = head.lower_ in self.mapping["nationality"] and (
            head.i + 1 < len(sent.doc) and (sent.doc[head.i + 1].text == "," or sent.doc[head.i + 1].pos_ in ("VERB", "AUX"))
        )
        # ('Le groupe Brookfield ...', 'Le groupe dirigé par Olivier Andriès', 'L'entrepreneur Xavier Niel'
        # name themselves)
        names_itself = any(t.ent_type_ in ("ORG", "PER") for t in sent.doc[head.i : min(head.i + 4, money.start)])
        if head.lower_ in self.words["person_anaphor"] and not names_itself:
            return self.previous_person(sent)
        if names_itself or (phrase not in self.words["org_anaphor"] and not demonym):
            return None
        apposed = self.apposed_to_head(head)
        if apposed:
            return apposed  # 'Le gestionnaire du réseau à haute tension, Elia, ...'
        for token in sent.doc[head.i : min(head.i + 8, money.start)]:
            if token.ent_type_ == "ORG":
                return None  # 'Le fonds d'infrastructures parisien InfraVia Capital Partners, qui ...'
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                break
        if demonym:
            country = self.mapping["nationality"].get(head.lower_)
            return self.previous_org(sent.doc, sent.start, topic_first=False, country=country)
        home = self.company_of_home_town(head)
        if home:
            return home
        # 'La société compte y consacrer ...' speaks of the article's company; 'Le fabricant néerlandais,
        # fournisseur de TSMC, y injecte ...' describes the one just named
        described = any(c.dep_ in ("amod", "nmod", "appos", "acl") for c in head.children)
        company = head.lower_ in self.words["topic_anaphor"]  # 'le fonds' is not the start-up of the title
        return self.previous_org(
            sent.doc, sent.start, topic_first=company and not described, head=head.lower_, country=self.nationality_of(head)
        )

    def previous_person(self, sent: Span) -> Optional[str]:
        """'Yann Le Goff ... L'entrepreneur a investi à lui seul 200 000 euros': the last person named in the
        three sentences before, when one is."""
        start = sent.start
        for _ in range(3):
            previous = previous_sentence(sentence_of(sent.doc[start])) if start > 0 else None
            if previous is None:
                return None
            people = [e for e in previous.ents if e.label_ == "PER"]
            if people:
                return self.name_of(people[-1])
            start = previous.start
        return None

    def previous_subject_actor(self, token: Token, givers_only: bool = False) -> Optional[str]:
        """The actor the subject of the sentence before names (with givers_only, not one that took money in)."""
        previous = previous_sentence(sentence_of(token))
        if previous is None:
            return None
        for candidate in previous:
            if candidate.dep_ in SUBJECT_DEPS and not (givers_only and self.receives_as_subject(candidate)):
                actor = self.actor_of_phrase(candidate)
                if actor:
                    return actor
        # 'Temasek, dont le portefeuille atteignait 434 milliards, s'intéresse ...': a name opening the sentence
        # before an apposition or a relative clause is its subject, whatever the parse made of it
        words = [t for t in previous if not t.is_space]
        opening = next((e for e in previous.ents if words and e.start == words[0].i), None)
        if (
            opening is not None
            and opening.label_ in ("ORG", "PER")
            and doc_word(previous.doc, opening.end) == ","
            and self.may_act(opening)
        ):
            return self.name_of(opening)
        # 'L'opération est menée par Kreaxi, ... Elle y apporte 2 millions': with no actor as subject,
        # the agent of the main verb is what the next sentence goes on about
        root = next((t for t in previous if t.dep_ == "ROOT"), None)
        return self.passive_agent(root) if root is not None and root.pos_ in ("VERB", "AUX") else None

    def speaks_for_previous(self, token: Token) -> bool:
        """'Son président, Hervé Morin': a leader named by his role in the body named before."""
        opening = [t.lower_ for t in token.doc[token.left_edge.i : min(token.left_edge.i + 2, token.right_edge.i + 1)]]
        return len(opening) == 2 and opening[0] in ("son", "sa", "leur") and opening[1] in self.words["leader_role"]

    def body_spoken_for(self, token: Token) -> Optional[str]:
        """The organisation or place named before that 'Son président' (a leader named by role) speaks for."""
        if not self.speaks_for_previous(token):
            return None
        return self.previous_sentence_actor(sentence_of(token), labels=("ORG", "LOC"))

    def main_clause_subject(self, pronoun: Token) -> Optional[str]:
        """'la région a confirmé qu'elle accompagnerait le projet': 'elle' is the main subject."""
        verb = pronoun.head
        while verb.dep_ in ("ccomp", "advcl", "xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS and child.i < pronoun.i and child.lower_ not in ("il", "elle"):
                    actor = self.actor_of_phrase(child)  # also 'le groupe de Vas Narasimhan'
                    if actor:
                        return actor
        return self.first_bare_actor(sentence_of(pronoun), pronoun.i)

    def first_bare_actor(self, sent: Span, before: int) -> Optional[str]:
        """When the parser loses the main subject ('Présente lors de l'annonce, la région
        Nouvelle-Aquitaine, déjà actionnaire de l'entreprise, a confirmé qu'elle ...', 'Côté français,
        le CNES a notifié ...'): the first name before token `before` that no preposition introduces."""
        doc = sent.doc
        for ent in sent.ents:
            if ent.start >= before:
                break
            if ent.label_ in ("ORG", "LOC", "PER") and self.may_act(ent, unknown_place=True):
                opening = " ".join(t.lower_ for t in doc[max(sent.start, ent.start - 2) : ent.start])
                if opening in ("quant à", "quant au", "quant aux"):
                    return self.name_of(ent)  # 'Quant à SpaceRISE, il apportera ...'
                head = ent.root if ent.root.pos_ != "PROPN" or ent.root.dep_ != "nmod" else ent.root.head
                leading = list(doc[max(sent.start, ent.start - 2) : ent.start])
                introduced = bool(leading) and (
                    leading[-1].pos_ == "ADP" or (leading[-1].pos_ == "DET" and len(leading) > 1 and leading[0].pos_ == "ADP")
                )  # 'de Bpifrance', 'de la BEI'
                if not any(c.dep_ == "case" for c in head.children) and not introduced:
                    return self.name_of(ent)
        return None

    def anaphor_in_sentence(self, sent: Span) -> Optional[str]:
        """'La facture atteindra 5,2 milliards, selon l'entreprise': the company named before."""
        words = [t.lower_ for t in sent]
        for n in range(len(words) - 1):
            pair = article_phrase(words[n], words[n + 1])
            if pair in self.words["org_anaphor"] and sent[n + 1].pos_ == "NOUN":
                apposed = [
                    e for e in sent.ents
                    if e.label_ == "ORG" and n >= 2 and e.end == sent.start + n - 1
                    and not (e.start > 0 and sent.doc[e.start - 1].pos_ == "ADP")
                ]
                if apposed and words[n - 1] == ",":
                    # 'que GIC, le fonds souverain de Singapour, réservera' (not 'injectés dans Aura Aero, le
                    # constructeur toulousain', who receives)
                    return self.name_of(apposed[0])
                company = words[n + 1] in self.words["topic_anaphor"]
                return self.previous_org(sent.doc, sent.start, topic_first=company, head=words[n + 1])
        return None

    def kind_anaphor_at(self, doc: Doc, i: int, kind: str) -> Optional[str]:
        """'le fonds allemand', 'l'investisseur' at token i, with no name of its own: the last
        organisation of that kind named before (None when the article names none: not the start-up)."""
        if i + 1 >= len(doc):
            return None
        phrase = article_phrase(doc[i].lower_, doc[i + 1].lower_)
        head = doc[i + 1].lower_
        if phrase not in self.words["org_anaphor"] or head not in self.words[f"{kind}_anaphor"]:
            return None
        head_phrase = doc[i + 1 : max(doc[i + 1].right_edge.i + 1, min(i + 7, len(doc)))]
        for token in head_phrase:
            if token.ent_type_ in ("ORG", "PER"):
                return None  # 'le fonds de dette britannique Kreos Capital' names itself
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                break
        orgs = [e for e in doc.ents if e.label_ == "ORG" and e.end <= i and not _is_source(e) and self.is_kind(e, kind)]
        country = next((self.mapping["nationality"].get(t.lower_) for t in head_phrase[1:3] if t.pos_ == "ADJ"), None)
        described = self.described_as(orgs, head, country) if country and country != "@national" else None
        if described:
            return described  # 'le fonds danois' after 'Nordhavn Capital, un fonds basé à Copenhague'
        return self.name_of(orgs[-1]) if orgs else None

    def own_fund_manager(self, verb: Token) -> Optional[str]:
        """'Son précédent fonds, bouclé en 2021, avait réuni 1,9 milliard', 'Le véhicule précédent avait
        réuni 650 millions': a manager's own fund that raises is its manager raising (ANNOTATION.md), the
        last investment firm named before, else the one the title names."""
        for subject in verb.children:
            if subject.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            if subject.lower_ == "qui" and verb.dep_ == "acl:relcl":
                subject = verb.head  # 'son premier véhicule, qui avait réuni 650 millions': the antecedent
            if subject.lower_ not in self.words["fund_noun"]:
                continue
            if any(c.ent_type_ in ("ORG", "PER") for c in subject.subtree):
                return None  # 'le fonds Partech Growth' names itself
            owned = any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in subject.children) or any(
                c.dep_ == "amod" and c.lower_ in ("précédent", "dernier", "nouveau", "premier") for c in subject.children
            )
            if not owned:
                return None
            doc = verb.doc
            # (the manager the title names first: its subscribers are investors named in between)
            topic = self.title_org(doc)
            if topic and self.is_investor_name(topic):
                return topic
            firms = [e for e in doc.ents if e.label_ == "ORG" and e.end <= subject.i and self.is_kind(e, "investor")]
            return self.name_of(firms[-1]) if firms else topic
        return None

    def last_named_before(self, sent: Span) -> Optional[str]:
        """'Cette offensive ...' points at the organisation or project named last before it."""
        doc = sent.doc
        named = [e for e in doc.ents if e.label_ in ("ORG", "MISC") and e.end <= sent.start]
        previous = previous_sentence(sent)
        if not named or sentence_of(named[-1]).start < (previous.start if previous else 0):
            return None
        return self.name_of(named[-1])

    def previous_sentence_actor(self, sent: Span, labels=("ORG", "LOC", "PER")) -> Optional[str]:
        previous = previous_sentence(sent)
        if previous is None:
            return None
        ents = [e for e in previous.ents if e.label_ in labels and self.may_act(e)]
        subjects = [
            e
            for token in previous
            if token.dep_ in SUBJECT_DEPS
            for e in _ent_spans(previous.doc, _name_tokens(token))
            if e.label_ in labels and self.may_act(e, unknown_place=True)
            # where the site is; 'L'industriel de Rueil-Malmaison': the company's home town
            and not (e.label_ == "LOC" and (token.lower_ in self.words["site_noun"] or self.is_org_head(token.lower_)))
            # ('Omnes Capital obtient 120 millions. Enfin, 80 millions seront confiés à Eiffel': who received
            # the money before does not give the next sum)
            and not self.receives_as_subject(token)
        ]
        if not subjects:
            # 'Le fonds bostonien ... prend un siège. Il y apporte 40 millions': a subject that refers back
            # (a pronoun, 'le groupe') is what the sentence is about, not a name it mentions in passing
            actor = self.previous_subject_actor(sent[0], givers_only=True)
            if actor:
                return actor
        # a name merely mentioned there acts only if it is an organisation or a state: a town ('près de
        # la Guillotière'), a person or a product named in passing pays nothing
        # ('Aux Pays-Bas, les pelleteuses sont entrées en action': a state named as the setting is where)
        chosen = subjects[0] if subjects else next(
            (
                e for e in ents
                if not self.receives_as_subject(e.root)
                and (e.label_ == "ORG" or (e.label_ == "LOC" and self.is_public(self.name_of(e)) and not _set_as_place(e)))
            ),
            None,
        )
        return self.name_of(chosen) if chosen else None

    def receives_as_subject(self, token: Token) -> bool:
        """The subject of a verb that takes money in ('obtient', 'reçoit', 'lève')."""
        verb = token.head
        return token.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and (
            self.token_in_class(verb, "receive_verb") or self.token_in_class(verb, "raise_verb")
        )

    def previous_org(
        self, doc: Doc, before: int, topic_first: bool = False, head: str = "", country: Optional[str] = None
    ) -> Optional[str]:
        """What 'la société', 'le laboratoire', 'il' points back to: the last organisation the article
        introduced by that noun or nationality ('le constructeur espagnol CAF'); else the last organisation
        named in the same sentence; else the organisation subject of the sentence before (not a product or
        a partner named after it), or past sentences that name none, of the last one that names only its
        subject; else the last organisation named. 'le fonds', 'l'investisseur' point to investors only,
        when the article names one."""
        # (not a stock exchange named as where the shares trade: 'coté sur Euronext Paris')
        orgs = [
            e for e in doc.ents
            if e.label_ == "ORG" and e.end <= before and not _is_source(e) and not self.is_council(e)
            and default_table().kinds.get(e._.canonical or e.text) != "exchange"
        ]
        manager = self.title_fund_manager(doc) if head == "fonds" and country is None else None
        if manager:
            # 'Le fonds a mené la série A de X' in 'Solstice Capital boucle son fonds climat' (not the pension
            # fund introduced as 'le fonds de pension néerlandais PFZW' among its backers)
            return manager
        described = self.described_as(orgs, head, country)
        if described:
            return described  # 'le constructeur espagnol CAF' ... 'Le constructeur investira 30 millions'
        for kind in KIND_OF_ANAPHOR:
            if head in self.words[f"{kind}_anaphor"]:
                orgs = [e for e in orgs if self.is_kind(e, kind)] or orgs
        if head in self.words["company_anaphor"] and head not in self.words["manager_anaphor"]:
            # 'Ardens Partners entre au capital de Roussel Industries ... Car le groupe a des projets': a name
            # the gazetteer does not know that says it is a fund is no 'groupe' ('la société' may be its manager)
            orgs = [
                e for e in orgs
                if not (default_table().kinds.get(self.name_of(e)) is None and KIND_NAMES["investor"].search(self.name_of(e)))
            ] or orgs
        if not orgs:
            return None
        start = sentence_of(doc[before]).start if before < len(doc) else len(doc)
        # ('Celui-ci', the latter: the last name of the sentence before, when it names one; 'le budget
        # primitif. Celui-ci s'élève à' points to no name)
        if head in self.words["latter_anaphor"]:
            latter = start > 0 and orgs[-1].start >= sentence_of(doc[start - 1]).start
            return self.name_of(orgs[-1]) if latter else None
        if orgs[-1].start >= start:
            return self.name_of(orgs[-1])  # 'Quant à CoreWeave, ..., il ajoute'
        back = start
        for step in range(3):  # ('Aldis placera 120 M€ dans le fonds d'Ardian. Un format qui plaît. Le groupe
            # apportera 80 M€': back past sentences that name no organisation, to one that names only its subject)
            if back <= 0:
                break
            sent = sentence_of(doc[back - 1])
            named = [e for e in orgs if sent.start <= e.start < sent.end]
            subjects = [e for e in named if acts_as_subject(e) or is_topic(e)]
            if subjects and (step == 0 or len({self.name_of(e) for e in named}) == 1):
                return self.name_of(subjects[-1])
            if named or country:
                break  # ('l'industriel sarrois': a nationality the subjects before may not have)
            back = sent.start
        topic = self.title_org(doc) if topic_first else None
        if topic and any(self.name_of(e) == topic for e in orgs):
            return topic  # 'la société' in an article titled 'Back Market lève 335 millions'
        return self.name_of(orgs[-1])

    def title_fund_manager(self, doc: Doc) -> Optional[str]:
        """'Solstice Capital boucle son fonds climat à 310 millions': the article is about a fund its title's
        manager raises; 'le fonds', unnamed, is that fund, which the records give as its manager. Found once
        per doc: every 'le fonds' asks."""
        return per_doc("title_fund_manager", doc, lambda: self._title_fund_manager(doc))

    def _title_fund_manager(self, doc: Doc) -> Optional[str]:
        if not has_title(doc):
            return None
        start, end = first_line_bounds(doc)
        words = [t.lower_ for t in doc if start <= t.idx < end]
        owned = any(a in ("son", "sa", "ses") and b in ("fonds", "nouveau", "deuxième", "troisième", "premier")
                    for a, b in zip(words, words[1:]))
        return self.title_org(doc) if owned and "fonds" in words else None

    def described_as(self, orgs: list[Span], head: str, country: Optional[str]) -> Optional[str]:
        """The last of the organisations the article introduced with this noun ('le constructeur espagnol
        CAF', 'Alstom, le constructeur') or of this nationality (so introduced, 'le géant américain
        Microsoft', or so the gazetteer says), when only one organisation qualifies: the press names a
        company once by its trade, then by the trade alone. Generic heads ('le groupe') say too little."""
        generic = not head or head in self.words["generic_org_head"]
        if not orgs or (generic and not country):
            return None
        descriptions = per_doc("descriptions", orgs[0].doc, lambda: self._descriptions(orgs[0].doc))
        home = default_table().countries
        matching = []
        for ent in orgs:
            words = descriptions.get(ent.start, ())
            # 'l'agence' after 'l'Agence spatiale européenne' (not 'le fonds': the article's own fund, whatever
            # other 'Fonds ...' it names)
            named_by_head = ent[0].lower_ == head and head not in self.words["investor_anaphor"]
            if (generic or head in words or named_by_head) and (
                not country
                or country in {self.mapping["nationality"].get(w) for w in words}
                or home.get(self.name_of(ent)) == country
            ):
                matching.append(self.name_of(ent))
        return matching[-1] if matching and len(set(matching)) == 1 else None

    def _descriptions(self, doc: Doc) -> dict[int, tuple[str, ...]]:
        """Entity start -> the nouns and adjectives that introduce it: the phrase before the name, back to
        its article ('du constructeur espagnol CAF', "l'opérateur américain de centres de données Digital
        Realty"), and an apposition after it ('Tencent, le géant chinois de l'internet,')."""
        descriptions: dict[int, tuple[str, ...]] = {}
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            words: list[str] = []
            i = ent.start - 1
            while i >= max(0, ent.start - 8) and (doc[i].pos_ in ("NOUN", "ADJ") or doc[i].lower_ in ("de", "d'", "d’")):
                words.append(doc[i].lower_)
                i -= 1
            if i < 0 or doc[i].lower_ not in ("le", "la", "l'", "l’", "du", "au", "un", "une"):
                words = []
            elif ent.start > 0 and doc[ent.start - 1].lower_ in ("de", "d'", "d’"):
                words = []  # 'l'assureur de La Banque Postale' is CNP, not the bank: an owner, not a description
            j = ent.end
            if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ in ("le", "la", "l'", "l’", "un", "une"):
                j += 2
                apposed = []
                while j < min(len(doc), ent.end + 8) and doc[j].pos_ in ("NOUN", "ADJ"):
                    apposed.append(doc[j].lower_)
                    j += 1
                if j < len(doc) and (doc[j].text in (",", ".", ";", ")") or doc[j].lower_ in ("de", "du", "d'", "d’")):
                    words += apposed  # not 'Chez Tikehau, l'assureur prend un ticket': a new subject
                elif apposed and j + 2 < len(doc) and doc[j].lower_ in self.words["based_participle"] and doc[j + 1].lower_ in ("à", "en", "au"):
                    # 'Nordhavn Capital, un fonds basé à Copenhague': a fund, and a Danish one
                    place = next((e for e in doc.ents if e.start == j + 2 and e.label_ == "LOC"), None)
                    country = self.country_of_place(place.text) if place is not None else None
                    words += apposed + [a for a, c in self.mapping["nationality"].items() if c == country][:1]
            descriptions[ent.start] = tuple(w for w in words if w not in ("de", "d'", "d’"))
        return descriptions

    def country_of_place(self, name: str) -> Optional[str]:
        """'Copenhague' -> 'Danemark': a capital's state, or the country above a place in the gazetteer."""
        metonymy = self.mapping["capital_metonymy"].get(name.lower())
        if metonymy:
            return metonymy
        table = default_table()
        found = table.lookup(name)
        place = found[0] if found else name
        return place if table.kinds.get(place) == "country" else table.above(place, ("country",))

    def is_kind(self, ent: Span, kind: str) -> bool:
        """An investor (a fund, an investment firm), a bank or an insurer: so the gazetteer says, or the
        name does ('X Capital', 'Y Ventures'; 'Banque Z', 'Crédit W'; 'Z Assurances'); a company: so the
        gazetteer says, or at least neither a bank nor a public body (an insurer may be 'le groupe')."""
        name = self.name_of(ent)
        known = default_table().kinds.get(name)
        if kind == "company":
            return known in KIND_OF_ANAPHOR[kind] or (
                known not in LENDER_KINDS and not KIND_NAMES["bank"].search(name)
            )
        return known in KIND_OF_ANAPHOR[kind] or KIND_NAMES[kind].search(name) is not None

    @staticmethod
    def is_investor_name(name: str) -> bool:
        """A fund, an investment firm, a bank, an insurer or a public body, by the gazetteer or by the name
        ('X Capital')."""
        known = default_table().kinds.get(name)
        return known in ("investor", "bank", "insurer", "institution") or (
            known is None and (KIND_NAMES["investor"].search(name) or KIND_NAMES["bank"].search(name)) is not None
        )

    def interviewee_org(self, doc: Doc) -> Optional[str]:
        """'Anne-Laure Bessière (Sidermeca) : « Nous allons investir ... »': an interview's title names the
        speaker and, in brackets, the organisation every 'nous' of the answers speaks for."""
        for ent in title_ents(doc):
            if (
                ent.label_ in ("ORG", "MISC")  # (the model often calls a company in brackets MISC)
                and ent.start >= 2
                and doc[ent.start - 1].text == "("
                and doc[ent.start - 2].ent_type_ == "PER"
                and ent.end < len(doc)
                and doc[ent.end].text == ")"
            ):
                return self.name_of(ent)
        return None

    def title_org(self, doc: Doc) -> Optional[str]:
        """The organisation the title is about: the first one its first line names."""
        return next(iter(self.title_orgs(doc)), None)

    def title_orgs(self, doc: Doc) -> list[str]:
        """The organisations the first line names, in order; named once per doc (title_org is asked for
        every anaphor and every round)."""
        offset = first_line_bounds(doc)[0]
        return per_doc("title_orgs", doc, lambda: [
            self.name_of(ent)
            for ent in title_ents(doc)
            if ent.label_ == "ORG"
            # ('Semi-conducteurs : ...' is the rubric)
            and not (ent.end < len(doc) and doc[ent.end].text == ":" and ent.start_char == offset)
        ])
