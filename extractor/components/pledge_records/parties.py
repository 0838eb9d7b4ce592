"""Parties: who puts the money in and who receives it, read from the subject, a passive agent, a
nationality, a genitive; round leads are in rounds.py and what pronouns point back to in anaphora.py."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING, Optional

from spacy.tokens import Doc, Span, Token

if TYPE_CHECKING:
    from .component import PledgeRecords

from ...canonical import default_table, normalise_apostrophes, strip_article
from .cues import CLITICS, Cue, joined_to_relative
from .merge import Candidate
from ..spans import line_break_before
from .text import (
    POSSESSIVES,
    amount_label,
    article_phrase,
    PLACE_PREPOSITIONS,
    doc_word,
    ACTOR_LABELS,
    ACTOR_PREFERENCE,
    DEFINITE_ARTICLES,
    has_phrase,
    is_cleft,
    phrase_ending,
    previous_sentence,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    _contains,
    _ent_spans,
    _is_source,
    _name_tokens,
    _starts_with_demonstrative,
    next_sentence,
    first_line_bounds,
    has_title,
    opening_participle,
    per_doc,
    sentence_of,
    title_ents,
    verb_above,
)


def _home_country(doc: Doc, component: PledgeRecords) -> str:
    """'l'État', 'le gouvernement' with no adjective: the article's most named country, else France.
    Counted once per doc: the linker asks for it for every state noun it meets."""
    counts = per_doc("country_counts", doc, lambda: _count_countries(doc, component))
    return max(counts, key=counts.get) if counts else "France"


def _federal_country(doc: Doc, component: PledgeRecords) -> Optional[str]:
    """'le gouvernement fédéral', 'l'État fédéral': the federal country the article names most."""
    counts = per_doc("country_counts", doc, lambda: _count_countries(doc, component))
    federal = {c: n for c, n in counts.items() if c.lower() in component.words["federal_country"]}
    return max(federal, key=federal.get) if federal else None


def _count_countries(doc: Doc, component: PledgeRecords) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    # 'l'État' is a state: not the European institutions that 'européen' and 'Bruxelles' name
    countries = {c for c in component.mapping["nationality"].values() if c.lower() not in component.words["supranational"]}
    table = default_table()
    for ent in doc.ents:
        if ent.label_ in ("LOC", "ORG") and strip_article(ent.text).lower() not in component.words["state_noun"]:
            # ('l'État' is whichever state the article is about: it does not vote for France)
            name = ent._.canonical or strip_article(ent.text)
            name = component.mapping["capital_metonymy"].get(name.lower(), name)  # 'Tokyo' speaks of Japan
            if name in countries and ent.label_ == "LOC":
                counts[name] += 1
            elif table.in_france(name):
                counts["France"] += 1  # 'la Région Grand Est', 'Metz': an article on French towns and regions
    public = component.words["state_noun"] | component.words["state_body_head"] | component.words["aid_noun"]
    for token in doc:
        country = component.mapping["nationality"].get(token.lower_)
        heads = {token.head.lower_, token.head.head.lower_}  # 'le ministère de l'Économie japonais'
        if country in countries and token.pos_ == "ADJ" and heads & public:
            counts[country] += 1  # 'le gouvernement japonais', 'l'État fédéral allemand'
    return counts


def _before_clitics(verb: Token) -> int:
    """The index of the word before a verb's auxiliaries and clitic pronouns ('Bpifrance l'accompagne',
    'la Région lui a accordé'): where its subject ends when the parse loses it."""
    doc, i = verb.doc, verb.i - 1
    while i > 0 and (
        doc[i].pos_ == "AUX" or doc[i].lower_ in CLITICS or (doc[i].pos_ == "PRON" and doc[i].lower_ in DEFINITE_ARTICLES)
    ):
        i -= 1
    return i


GOVERNED = ("country", "region")  # places whose name alone can stand for a government that pays
FEDERAL = ("fédéral", "fédérale", "fédéraux")  # 'le gouvernement fédéral' is the federal country named
BULLETS = ("•", "-", "–", "—", "*", "·", "▪", "►")
FIRST_PERSON_REACH = 3  # sentences back to the question an interview answer replies to
TITLE_WEIGHT = 3  # a public body the title makes its subject counts as three mentions


# what opens an apposition or an incise between a name and its verb: 'SE Ventures, le fonds de ..., engage',
# 'Bpifrance, par l'intermédiaire de son fonds InnoBio 2, s'était engagée', 'L'Ademe, de son côté, verse'
INCISE_OPENERS = ("le", "la", "l'", "l’", "un", "une", "par", "via", "de", "pour", "déjà", "elle", "lui", "quant", "au", "à")


def _home_place(doc: Doc, *kinds: str) -> Optional[str]:
    """'la Région', 'le Département', 'la collectivité' with no name: the region (département, either)
    the article names most."""
    counts = per_doc("local_governments", doc, lambda: _count_local_governments(doc))
    named = {name: n for name, (kind, n) in counts.items() if kind in kinds}
    if not named:
        # 'la Région apportera 2,5 millions' in an article that names only Chambéry: the region above
        # the town or département it names (the gazetteer's parents: Chambéry, Savoie, Auvergne-Rhône-Alpes)
        table = default_table()
        for name, (kind, n) in counts.items():
            above = table.above(name, kinds)
            if above is not None:
                named[above] = named.get(above, 0) + n
    return max(named, key=named.get) if named else None


def _count_local_governments(doc: Doc) -> dict[str, tuple[str, int]]:
    kinds = default_table().kinds
    countries = {name for name, kind in kinds.items() if kind in ("country", "continent")}
    counts: dict[str, tuple[str, int]] = {}
    for ent in doc.ents:
        name = ent._.canonical or strip_article(ent.text)
        kind = kinds.get(name) or ("city" if ent.label_ == "LOC" and name not in countries else None)
        if (ent.label_ == "LOC" and kind in ("region", "department", "city")) or (
            ent.label_ == "ORG" and kind in ("region", "department", "city")  # 'la Région Bretagne', 'la Ville de Paris'
        ):
            counts[name] = (kind, counts.get(name, (kind, 0))[1] + 1)
    return counts


def _named_body(doc: Doc, kinds: tuple[str, ...]) -> Optional[str]:
    """The intercommunal body the article names most in full, by one of the words of its kind in its
    name ('Métropole Rouen Normandie', 'Loudéac Communauté Bretagne Centre'), else None."""
    bodies = [
        e._.canonical or strip_article(e.text) for e in doc.ents
        if e.label_ == "ORG" and len(e) > 1 and any(k in (e._.canonical or e.text).lower() for k in kinds)
    ]
    return max(set(bodies), key=bodies.count) if bodies else None


def _article_funder(doc: Doc, component: PledgeRecords) -> Optional[str]:
    """The public body the article names most as an actor: a public bank or agency by name, a country
    or a region as a subject ('l'État', 'la région Occitanie'). It gives the grants whose giver a
    sentence leaves out ('Sunbirds reçoit une subvention de 350 000 euros')."""
    return per_doc("article_funder", doc, lambda: _count_article_funder(doc, component))


def _count_article_funder(doc: Doc, component: PledgeRecords) -> Optional[str]:
    counts: dict[str, int] = defaultdict(int)
    kinds = default_table().kinds
    countries = set(component.mapping["nationality"].values())
    title_end = first_line_bounds(doc)[1]
    for ent in doc.ents:
        if ent.label_ == "ORG" and (ent._.canonical or "").lower() in component.words["public_funder"]:
            counts[ent._.canonical] += 1
        elif ent.label_ == "ORG" and ent.text in ("Région", "Département") and ent.root.dep_ in SUBJECT_DEPS:
            place = _home_place(doc, {"Région": "region", "Département": "department"}[ent.text])
            if place:
                counts[place] += 1  # 'la Région vole au secours de ses usines'
        elif (ent.label_ == "LOC" or component.is_council(ent)) and component.may_act(ent) and (
            ent.root.dep_ in SUBJECT_DEPS or _after_authority(doc, ent.start, component.words["authority_head"])
        ):
            name = component.name_of(ent)
            # a state or a local government, not a name the model took for a place ('Arc mise sur l'électricité')
            if component.is_council(ent) or name in countries or kinds.get(name) in ("country", "region", "department"):
                # (the subject of the title is what the article is about: 'Hydrogène : le Grand Est débloque 60 M€')
                counts[name] += TITLE_WEIGHT if ent.start_char < title_end and ent.root.dep_ in SUBJECT_DEPS else 1
    for token in doc:
        if token.dep_ in SUBJECT_DEPS and token.lower_ in ("état", "etat", "gouvernement", "exécutif"):
            counts[component.nationality_of(token) or _home_country(doc, component)] += 1

    return max(counts, key=counts.get) if counts else None


def _after_authority(doc: Doc, start: int, heads) -> bool:
    """'la région Occitanie', 'le conseil régional des Hauts-de-France': a place named as the government."""
    words = [t.lower_ for t in doc[max(0, start - 3) : start]]
    if words and words[-1] in ("de", "des", "du", "d'", "d’"):
        words = words[:-1]
    return bool(words) and (words[-1] in heads or " ".join(words[-2:]) in heads)


def _word_before_opener(ent: Span, openers: tuple[str, ...]) -> Optional[Token]:
    """The word before the opener of a name ('du' in 'la reconstruction complète du collège X', '«' in 'le
    plan pluriannuel « Lycées 2032 »'), past its adjectives: the noun the name complements; else None."""
    doc = ent.doc
    i = ent.start - 1
    if i < 1 or normalise_apostrophes(doc[i].lower_) not in openers:
        return None
    i -= 1
    while i >= 0 and doc[i].pos_ == "ADJ":
        i -= 1  # ('complète', 'pluriannuel')
    return doc[i] if i >= 0 else None


def _coordinated(first: Span, second: Span, joiners: tuple[str, ...] = ("et",)) -> bool:
    """'Bpifrance et la Région Occitanie': two names joined by 'et' (or by one of ``joiners``; by default
    not a comma, which may close an incidental phrase: 'face à un site en République tchèque, la Région
    Grand Est accorde ...')."""
    between = [t for t in first.doc[first.end : second.start] if t.lower_ not in DEFINITE_ARTICLES]
    if len(between) > 1 and between[0].lower_ in joiners and between[-1].lower_.replace("’", "'") in ("de", "d'", "du"):
        # 'le Brabant-Septentrional et la ville d'Eindhoven': the second name under its council's head noun
        return len(between) <= 3 and all(t.is_lower and t.is_alpha or t.lower_ in ("d'", "d’") for t in between[1:])
    return len(between) == 1 and between[0].lower_ in joiners


def _names_itself(noun: Token) -> bool:
    """'la banque belge Belfius', 'le fonds américain General Catalyst': a common noun with its name in
    apposition (not 'la série C de Nabla', where the name is another's)."""
    return any(
        c.ent_type_ in ("ORG", "PER") and c.i > noun.i and not any(g.dep_ == "case" for g in c.children)
        for c in noun.children
    )


def _complement_in_apposition(ent: Span, head: Token) -> bool:
    """'L'entreprise familiale, propriétaire de la marque Connétable, y investira': a name brought in by 'de'
    inside an apposition to the subject is what the subject owns or belongs to, not the subject."""
    token = ent.root
    doc = ent.doc
    while token.i != head.i and token.head.i != token.i:
        # ('Léa Bonnefoy, ancienne formatrice en CFA, investit 80 000 euros': the parse may hang a person's
        # apposition as a plain complement, after its comma)
        apposed = token.dep_ == "appos" or (
            token.dep_ == "nmod" and head.ent_type_ == "PER" and any(t.text == "," for t in doc[head.i : token.left_edge.i])
        )
        if apposed and token.head.i == head.i:
            linking = doc[token.i + 1 : ent.start]
            return token.i != ent.root.i and any(t.lower_ in ("de", "du", "d'", "d’", "des", "en", "chez") for t in linking)
        token = token.head
    return False


class PartyMixin:
    """Methods of PledgeRecords (see component.py); they read self.words, self.mapping, self.nlp."""

    def labelled_entry(self, money: Span) -> Optional[str]:
        """'• ProLogium : 5,2 milliards d'euros, gigafactory de batteries, Dunkerque': a line (a bullet
        of a brief) that opens on an actor's name and a colon gives that actor's amount."""
        doc = money.doc
        i = money.start - 1
        while i > 0 and doc[i].lower_ in self.words["amount_introducer"]:
            i -= 1
        if i < 1 or doc[i].text != ":":
            return None
        if doc[i - 1].text == ")":
            # '• Goodman (Australie) : 1,8 Md€': the name before a parenthesis that says where it is from
            opening = next((j for j in range(i - 2, max(0, i - 8), -1) if doc[j].text == "("), None)
            if opening is not None:
                i = opening
        for ent in doc.ents:  # (the sentence may start after the colon)
            if ent.end == i and ent.label_ in ("ORG", "LOC", "PER") and self.may_act(ent, unknown_place=True):
                start = ent.start
                while start > 0 and not line_break_before(doc, start) and doc[start - 1].text in BULLETS:
                    start -= 1
                if start == 0 or line_break_before(doc, start):
                    return self.name_of(ent)
        return None

    def find_parties(self, money: Span, sent: Span, cue: Cue) -> tuple[Optional[str], Optional[str], int]:
        doc = money.doc
        entry = self.labelled_entry(money)
        if entry is not None:
            return entry, None, 2
        stated = self.parties_before_nominal_amount(sent, money)
        if stated is not None:
            return stated
        source = self.source_actor(money)
        if source is not None:
            return source, None, 2
        if self.unnamed_alone_share(sent, money):
            lead = self.lead_statement(sent) or self.round_lead_before(sent)
            if lead:
                return lead, None, 2  # 'Il y apporte à lui seul près de 120 millions': the round's lead
        share = self.share_of_joint_sum(money)
        if share is not None:
            return self.name_of(share), None, 2  # '... apportent ensemble 60 millions : 25 millions pour la Caisse d'Épargne'
        respective = self.respective_actor(sent, money)
        if respective is not None:
            return respective, None, 2
        marker_actor = self.actor_after_marker(sent, "investor_marker", exclude_span=money)
        subject = (
            self.cleft_actor(money, sent) or self.topic_amount_actor(money, sent) or self.own_clause_actor(money, cue)
            or self.subject_actor(money, cue)
            or self.actor_before_verb(money, cue)
        )
        if cue.is_raise and self.led_by_subject(sent, money):
            # 'X et Y mènent le tour de table de 45 M€ de la start-up Nabla'; with no owner named, 'Fin 2020,
            # 83North avait déjà emmené une série C de 90 millions' is a round of the title's company
            owner = self.genitive_owner(money) or (self.campaign_owner(sent, money) if subject is None else None)
            if owner is None and has_title(doc):
                topic = self.title_org(doc)
                owner = topic if topic and topic != subject and not self.is_funder(topic) else None
            return subject, owner, 2 if subject else 0
        if cue.is_raise and money.start > 0 and doc[money.start - 1].lower_ == "pour":
            ticket = self.actor_right_before(money)
            if ticket:
                return ticket, None, 2  # 'complètent le tour de table : CNP Assurances pour 25 millions, Covéa ...'
        if cue.is_raise or self.raised_by_verb(money) or self.added_to_own_round(money) or self.borrowed(money, cue):
            # the agent of 'une série B était pilotée par Eurazeo' leads the round: it does not raise it
            raiser = subject if subject != marker_actor else None
            recipient = raiser or self.own_fund_manager(doc[cue.start]) or self.nearest_actor(sent, money, before=True, labels=("ORG",))
            standalone = money.end < len(money.doc) and money.doc[money.end].text == "."
            if recipient is None and (standalone or sent.end > sentence_of(money).end):
                # 'C'est la somme qu'a obtenue Pennylane': the inverted subject of the explanation
                # (not the agent: 'une série B de 30 M€ était pilotée par Eurazeo')
                recipient = self.nearest_actor(sent, money, before=False, labels=("ORG",))
                if recipient == marker_actor:
                    recipient = None
            if recipient is None:
                recipient = self.campaign_owner(sent, money)
            if recipient is None and cue.kind == "raise_noun":
                # 'Un premier tour d'amorçage de 1,2 million, souscrit par une vingtaine de business angels, a
                # suivi en 2023': a round nobody is said to raise is raised by the company the title is about
                topic = self.title_org(doc)
                if topic and not self.is_funder(topic) and topic != marker_actor:
                    recipient = topic  # (not the one the text says subscribes: 'Tencent entre au capital de ...')
            given = self.given_by_voir(money.root)  # 's'est vu accorder 3 millions par la Région'
            investor = (
                marker_actor
                or self.lead_named_before_phrase(sent, money)
                or (self.passive_agent(given) if given is not None else None)
                or self.genitive_owner(money)
                or self.public_funder(money)
                or self.marker_in_next_sentence(sent, money)
                or self.lead_in_answer(sent, money)
                or self.payer_in_next_sentence(sent, money)
                or (self.aid_granter_before(sent, money) if cue.kind != "raise_noun" else None)
            )
            if investor == recipient:
                investor = None
            return investor, recipient, 2 if investor else 0
        recipient = self.actor_after_marker(sent, "recipient_marker", exclude_span=money, labels=("ORG",)) or self.dative_recipient(money, sent)
        national = self.nationality_of(doc[cue.start]) if cue.kind == "pledge_noun" else None
        own = self.nationality_of_amount(money)
        if own and not (marker_actor and self.marker_follows(sent, money)):
            return own, recipient, 2  # (not '7 millions de fonds européens accordés par l'Union européenne')
        # (its own agent first: '20 millions à la charge de la Région, 12 millions apportés par la Ville')
        elided = self.agent_right_after(money) or self.actor_right_before(money)
        if elided and elided != recipient:
            return elided, recipient, 2
        if not (subject or marker_actor):
            payer = self.payer_in_next_sentence(sent, money)
            if payer and payer != recipient:
                return payer, recipient, 2
        agent_first = marker_actor and self.marker_follows(sent, money)
        if agent_first and subject and any(
            t.lower_ in self.words["channel_participle"] and doc[t.i + 1].lower_ == "par" and doc[t.i - 1].pos_ != "AUX"
            for t in doc[money.end : sent.end - 1]
        ):  # (not the passive of the clause: 'qu'une subvention serait versée par l'État')
            # 'L'État accompagne le projet à hauteur de 15 millions, sous forme d'une subvention versée par la
            # Direction générale de l'armement': who hands the money over pays on the subject's behalf
            agent_first = False
        ordered = ((marker_actor, 2), (subject, 2)) if agent_first else ((subject, 2), (marker_actor, 2))
        for actor, strength in (*ordered, (national, 2)):
            if actor and actor != recipient:
                return actor, recipient, strength
        owner = self.genitive_owner(money) or self.cost_bearer(money, cue)
        if owner:
            return owner, recipient, 2
        restated = self.restated_giver(sent)
        if restated and restated != recipient:
            return restated, recipient, 2
        if _starts_with_demonstrative(sent):
            previous = self.last_named_before(sent)
            if previous:
                return previous, recipient, 1
        main_subject = self.main_subject_actor(sent, money.start)
        if main_subject and main_subject != recipient:
            return main_subject, recipient, 1
        nearby = self.nearest_actor(sent, money, before=True)
        if nearby and nearby != recipient:
            return nearby, recipient, 1
        mentioned = self.anaphor_in_sentence(sent)
        if mentioned:
            return mentioned, recipient, 1
        speaker = self.first_person_actor(sent, cue)
        if speaker and speaker != recipient:
            return speaker, recipient, 1
        previous = self.previous_sentence_actor(sent)
        if previous:
            return previous, recipient, 1
        after = self.nearest_actor(sent, money, before=False, acting_only=True)
        if after and after != recipient:
            return after, recipient, 1
        return None, recipient, 0

    def dative_recipient(self, money: Span, sent: Span) -> Optional[str]:
        """'Un emprunt de 600 millions a été consenti à Northvolt par la KfW', 'avait prêté 350 millions à
        Northvolt', 'promis au taïwanais TSMC': the organisation a verb of giving hands the money to ('à',
        past a description), in the amount's clause."""
        doc = money.doc
        verb = verb_above(money.root, 4)
        if not self.token_in_class(verb, "dative_give_verb"):
            return None
        start = max((t.i + 1 for t in doc[sent.start : money.start] if t.text in (";", ":")), default=sent.start)
        end = next((t.i for t in doc[money.end : sent.end] if t.text in (";", ":", ".")), sent.end)
        for token in doc[start:end]:
            if token.lower_ not in ("à", "au", "aux") or money.start <= token.i < money.end:
                continue
            if token.i > 0 and doc[token.i - 1].lower_ == "quant":
                continue  # ('Quant à SpaceRISE, il apportera ...': the topic, not a receiver)
            for follower in doc[token.i + 1 : min(end, token.i + 8)]:
                if follower.ent_type_ == "ORG":
                    ent = _ent_spans(doc, [follower])[0]
                    return self.name_of(ent) if self.may_act(ent) else None
                if follower.text == "-" and not follower.whitespace_:
                    continue  # the hyphen inside 'la start-up lyonnaise Voltacharge'
                if (
                    follower.ent_type_ or follower.is_punct
                    or follower.pos_ not in ("DET", "NOUN", "ADJ", "ADP", "PROPN", "X")
                    or (follower.pos_ == "ADP" and follower.lower_ not in ("de", "d'", "d’"))
                ):
                    break  # ('accordé à l'école par le Crédit Agricole': the agent gives)
        # 'Cyclomo a bouclé un plan de sauvetage. Le fonds Kreaxi lui apporte 5 millions': the dative clitic
        # stands for the organisation the sentence before is about (not for the giver of an amount there:
        # 'La Macif souscrit pour 4 millions. La Banque postale lui accorde un prêt')
        if not any(t.lower_ in ("lui", "leur") for t in doc[_before_clitics(verb) + 1 : verb.i]):
            return None
        antecedent = self.previous_sentence_actor(sent, labels=("ORG",))
        givers = {
            self.name_of(_ent_spans(doc, [doc[_before_clitics(t)]])[0])
            for t in previous_sentence(sent) or ()
            if t.pos_ == "VERB" and self.token_in_class(t, "give_verb") and doc[_before_clitics(t)].ent_type_ == "ORG"
        }
        # (nor for the subject: 'Kerlan prête aux artisans. La fintech leur prête 150 000 euros')
        givers |= {self.actor_of_phrase(c) for c in verb.children if c.dep_ in SUBJECT_DEPS}
        return antecedent if antecedent not in givers else None

    def acts_after_amount(self, ent: Span) -> bool:
        """Named after the amount, a name acts as the subject of 'tel est le montant que Sanofi entend
        investir', as the agent of 'seront injectés par Servier', or as the speaker's company ('a déclaré
        Paul Hudson, directeur général de Sanofi'); elsewhere it receives ('sera versée à l'Institut
        Laplace', 'ira au fonds X', 'dans le développement de Révizio')."""
        token = ent.root
        if token.dep_ in SUBJECT_DEPS or token.dep_ == "obl:agent" or (
            ent.start > 0 and ent.doc[ent.start - 1].lower_ == "par"
        ):
            return True
        for _ in range(3):
            if token.dep_ not in ("nmod", "appos", "flat:name") or token.head.i == token.i:
                return False
            token = token.head
            if self.token_in_class(token, "leader_role"):
                return True
        return False

    @staticmethod
    def _relative_verb_after(money: Span) -> list[Token]:
        """The verb of 'que X a annoncé' right after the amount, even when the parse hangs the clause on
        the main verb: its subject is still the one who commits the amount."""
        doc = money.doc
        if money.end + 1 >= len(doc) or doc[money.end].lower_ not in ("que", "qu'", "qu’"):
            return []
        for token in doc[money.end + 1 : min(len(doc), money.end + 9)]:
            if token.pos_ == "VERB":
                return [token] if token.dep_ != "acl:relcl" else []  # (acl:relcl ones are read above)
            if token.is_punct:
                break
        return []

    def subject_actor(self, money: Span, cue: Cue) -> Optional[str]:
        """Subject (or passive agent) of the verb that governs the cue, outside the amount's own phrase."""
        doc = money.doc
        opening = self.opening_anaphor(sentence_of(money), money)
        if opening:
            return opening
        verb = doc[cue.start]
        relatives = [c for c in (*verb.children, *money.root.children) if c.dep_ == "acl:relcl"]
        for clause in relatives + self._relative_verb_after(money):
            if self.token_in_class(clause, "give_verb") or self.token_in_class(clause, "promise_verb"):
                # 'une aide de 2,9 milliards que Paris versera à STMicroelectronics', 'le plan de 4 milliards
                # que l'américain avait annoncé en mai': who gives, in the relative clause on the pledge
                for child in clause.children:
                    if child.dep_ in SUBJECT_DEPS and child.lower_ not in RELATIVE_PRONOUNS:
                        actor = self.actor_of_phrase(child)
                        if actor:
                            return actor
        if opening_participle(verb):
            # 'Doté de 900 millions par le gouvernement fédéral, le dispositif a rendu son verdict': the
            # opening participle's agent gives; the main clause's subject is what receives
            return self.opening_participle_agent(verb)
        verb = self.verb_before_misread_subject(verb)
        for _ in range(5):
            if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
                break  # (a clause head with its own subject, even tagged a noun: 'tandis que Bpifrance a consenti')
            if verb.dep_ == "conj" and verb.ent_type_ in ACTOR_LABELS and verb.i < money.start and verb.head.pos_ == "VERB":
                # 'X lui prête 15 millions, et Bpifrance complète avec un prêt de 6 millions': the parser
                # joins the second clause's subject to the first verb; it gives the second amount
                return self.actor_of_phrase(verb)
            verb = verb.head
        for _ in range(4):
            if self.token_in_class(verb, "approval_verb"):
                return None  # 'La Commission a autorisé une aide de 2,9 milliards': it approves, it does not pay
            # (not the agent of 'X s'est vu accorder ... par Y': X, the subject, receives)
            agent = self.passive_agent(verb) if self.given_by_voir(verb) is None else None
            if agent:
                return agent
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS and not _contains(child, money):
                    actor = self.subject_after_semicolon(child, verb) or self.apposed_name(child) or self.actor_of_phrase(child)
                    if actor:
                        return actor
            if verb.dep_ in ("advcl", "xcomp", "acl", "conj", "ccomp", "acl:relcl") and verb.head.i != verb.i:
                if (
                    verb.dep_ == "acl:relcl"
                    and not any(t.lower_ in RELATIVE_PRONOUNS for t in doc[verb.head.i : verb.i])
                    and doc[_before_clitics(verb)].ent_type_ in ACTOR_LABELS
                ):
                    return None  # 'X apporte 120 millions, et Bpifrance l'accompagne avec 20 millions': a clause
                    # the parser read as relative, with no relative pronoun, has its subject right before it
                if joined_to_relative(verb) and verb.head.head.i != verb.head.i:
                    # 'PFZW, dont les actifs sont gérés par PGGM, signe le deuxième ticket': the main verb the
                    # parse joined to the relative clause has the clause's antecedent as subject
                    return self.actor_of_phrase(verb.head.head)
                if verb.dep_ == "acl" and verb.head.ent_type_ in ACTOR_LABELS:
                    return self.actor_of_phrase(verb.head)
                if verb.dep_ == "xcomp":
                    controller = self.object_controller(verb)
                    if controller:
                        return controller
                verb = verb.head
                while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
                    verb = verb.head
            else:
                break
        return None

    def subject_after_semicolon(self, subject: Token, verb: Token) -> Optional[str]:
        """'Léa Bonnefoy investit 80 000 euros ; son associé Karim Haddad en ajoute 50 000': no subject
        reaches across a semicolon, whatever the parse says; the clause's own first name is its subject."""
        doc = verb.doc
        semicolon = next((t.i for t in reversed(doc[subject.i : verb.i]) if t.text == ";"), None)
        if semicolon is None:
            return None
        named = [e for e in doc.ents if semicolon < e.start and e.end <= verb.i and e.label_ in ACTOR_LABELS and self.may_act(e)]
        return self.name_of(named[0]) if named else None

    @staticmethod
    def verb_before_misread_subject(noun: Token) -> Token:
        """'Le Département a voté en septembre une subvention de 3 millions, la Région apportera 2,5 millions':
        the parser makes the noun the subject of the next clause's verb; it is the object of the verb
        before it, with no comma between them. That verb, else the noun itself."""
        if noun.pos_ != "NOUN" or noun.dep_ not in SUBJECT_DEPS or noun.head.i < noun.i:
            return noun
        for i in range(noun.i - 1, noun.sent.start - 1, -1):
            token = noun.doc[i]
            if token.is_punct:
                return noun
            if token.pos_ == "VERB" and any(c.dep_ in SUBJECT_DEPS for c in token.children):
                return token
        return noun

    def own_clause_actor(self, money: Span, cue: Cue) -> Optional[str]:
        """'Sofinnova a apporté 8 M€, tandis que le fonds américain Perceptive Advisors a placé un ordre de 10
        millions de dollars': the cue is in the clause above, but the amount's own clause has its own subject,
        and it is that subject which puts the amount in."""
        doc = money.doc
        verb, cue_token = verb_above(money.root, 4), doc[cue.start]
        if verb.pos_ != "VERB" or verb.i == cue_token.i or verb.dep_ not in ("advcl", "conj") or not cue_token.is_ancestor(verb):
            return None
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS and child.i < money.start and child.lower_ not in RELATIVE_PRONOUNS:
                return self.apposed_name(child) or self.actor_of_phrase(child)
        return None

    def opening_participle_agent(self, participle: Token) -> Optional[str]:
        """The 'par' agent of a participle phrase opening the sentence, before its closing comma."""
        doc = participle.doc
        for token in doc[participle.i + 1 : sentence_of(participle).end]:
            if token.text == ",":
                return None
            if token.lower_ == "par" and token.i + 1 < len(doc):
                head = next((t for t in doc[token.i + 1 : token.i + 4] if t.pos_ in ("NOUN", "PROPN")), None)
                return self.actor_of_phrase(head) if head is not None else None
        return None

    def respective_actor(self, sent: Span, money: Span) -> Optional[str]:
        """'Engie et TotalEnergies vont investir respectivement 1 milliard et 2 milliards': the n-th
        amount after 'respectivement' belongs to the n-th of the names coordinated before it."""
        marker = next((t.i for t in sent if t.lower_ == "respectivement" and t.i < money.start), None)
        if marker is None:
            return None
        amounts = [e for e in sent.ents if e.label_ == "MONEY" and e.start > marker]
        names = [e for e in sent.ents if e.label_ in ("ORG", "LOC", "PER") and e.end <= marker]
        run: list[Span] = names[-1:]
        for ent in reversed(names[:-1]):
            if not _coordinated(ent, run[0], joiners=("et", ",")):
                break
            run.insert(0, ent)
        index = next((n for n, e in enumerate(amounts) if e.start == money.start), None)
        if index is None or len(run) != len(amounts) or len(run) < 2:
            return None
        return self.name_of(run[index])

    def cleft_actor(self, money: Span, sent: Span) -> Optional[str]:
        """'C'est enfin 1,1 Md€ que le groupe hôtelier Al Bidda Hospitality compte consacrer à ...': in a
        cleft, the actor named first after 'que' (the parse rarely finds that subject)."""
        if not is_cleft(money, sent):
            return None
        for ent in sent.ents:
            if ent.start > money.end and ent.label_ in ACTOR_LABELS and self.may_act(ent):
                return self.name_of(ent)
            if ent.start > money.end + 10:
                break
        return None

    def topic_amount_actor(self, money: Span, sent: Span) -> Optional[str]:
        """'Quant aux 2,1 millions de subvention ..., c'est l'Ademe qui les versera', 'Quant aux 3 millions
        restants, la Région les apportera': an amount set up as the topic is taken up by a pronoun ('les',
        'en') in the clause after the comma; that clause's actor gives it."""
        doc = money.doc
        if sent[0].lower_ != "quant" or money.start > sent.start + 3:
            return None
        for comma in (t for t in doc[money.end : sent.end] if t.text == ","):
            clause = doc[comma.i + 1 : min(sent.end, comma.i + 16)]
            resumed = next((t for t in clause if t.pos_ == "PRON" and t.lower_ in ("les", "la", "l'", "l’", "en")), None)
            if resumed is None or resumed.head.pos_ not in ("VERB", "AUX"):
                continue
            named = [e for e in sent.ents if comma.i < e.start and e.end <= resumed.i and e.label_ in ACTOR_LABELS]
            if named and self.may_act(named[0], unknown_place=True):
                return self.name_of(named[0])
        return None

    def actor_before_verb(self, money: Span, cue: Cue) -> Optional[str]:
        """'..., la Région Grand Est accorde au groupe une subvention de 4 millions': when the parser
        loses the subject, the name written right before the verb (past its clitics and auxiliaries)
        is it."""
        doc = money.doc
        verb = verb_above(doc[cue.start], 3)
        main = verb.head
        if (
            verb.dep_ == "xcomp" and main.pos_ == "VERB" and main.i < verb.i and any(c.dep_ == "mark" for c in verb.children)
            and not any(c.dep_ in SUBJECT_DEPS for c in main.children)
            and any(t.text == "," for t in doc[max(main.i - 3, 0) : main.i])
        ):
            verb = main  # 'X, par l'intermédiaire de ..., s'était engagée à souscrire 12 millions': a lost subject
        if verb.pos_ not in ("VERB", "AUX") or self.token_in_class(verb, "approval_verb"):
            return None
        i = _before_clitics(verb)
        words = " ".join(t.lower_ for t in doc[max(sentence_of(money).start, i - 3) : i + 1])
        phrase = phrase_ending(words, [a for a in self.words["org_anaphor"] if " " in a])
        if phrase is not None:
            # 'La jeune pousse consacrera 9 millions': the tagger reads 'pousse' as a verb and leaves
            # 'consacrera' without a subject; the phrase still points back to the company
            head = phrase.split()[-1]
            return self.previous_org(doc, i, topic_first=head in self.words["topic_anaphor"], head=head)
        if doc[i].text == "," and i > 0:
            # 'SE Ventures, le fonds de capital-risque de Schneider Electric, engage': an apposition
            # stands between the verb and its subject
            return self.name_before_apposition(doc[i - 1])
        ents = [e for e in sentence_of(money).ents if e.label_ in ("ORG", "LOC", "PER")]
        for n, ent in enumerate(ents):
            if ent.end == i + 1 and self.may_act(ent, unknown_place=True):
                # 'Bpifrance et la Région Occitanie accordent ...': the first of the coordinated names
                while n > 0 and _coordinated(ents[n - 1], ents[n]):
                    n -= 1
                return self.name_of(ents[n])
        return None

    def apposed_name(self, subject: Token) -> Optional[str]:
        """'SE Ventures, le fonds de capital-risque de Schneider Electric, engage 1,5 million': the parser
        takes a word of the apposition for the subject; the name before the apposition is the actor."""
        if subject.ent_type_ or subject.pos_ != "NOUN":
            return None  # ('Roubaix, le 14 mars - OVHcloud va investir': a named subject is the subject)
        return self.name_before_apposition(subject)

    def name_before_apposition(self, inside: Token) -> Optional[str]:
        """The name before the apposition `inside` belongs to: 'SE Ventures' for any word of 'SE Ventures,
        le fonds de capital-risque de Schneider Electric, engage ...'."""
        doc = inside.doc
        sent = sentence_of(inside)
        i = inside.i
        while i > sent.start and doc[i - 1].text != ",":
            i -= 1
        if i <= sent.start + 1 or doc[i].lower_ not in INCISE_OPENERS or inside.i - i > 8:
            return None
        if any(t.ent_type_ == "DATE" or (t.text in ("-", "–", "—") and doc[t.i - 1].whitespace_) for t in doc[i : inside.i]):
            return None  # a dateline, not an apposition: 'Lannion, le 12 mai 2025 - L'équipementier Nokia
        for ent in sent.ents:
            if ent.end == i - 1 and ent.label_ in ("ORG", "PER", "LOC") and self.may_act(ent, unknown_place=True):
                before = doc[ent.start - 1] if ent.start > sent.start else None
                if before is None or before.text == ",":
                    return self.name_of(ent)
        return None

    def object_controller(self, infinitive: Token) -> Optional[str]:
        """'Bruxelles a autorisé l'Allemagne à verser 5 milliards', 'a convaincu Nvidia d'investir':
        the direct object of the governing verb is who does the infinitive (the subject only
        authorised or persuaded)."""
        doc = infinitive.doc
        for child in infinitive.head.children:
            if child.dep_ == "obj" and child.i < infinitive.i and child.ent_type_ in ("ORG", "LOC", "PER"):
                return self.actor_of_phrase(child)
        # ('a autorisé vendredi la France à verser': the parser hangs the object on the date) the name
        # right before the infinitive's 'à' or 'de', unless a preposition makes it a complement
        mark = next((c for c in infinitive.children if c.dep_ == "mark" and c.i < infinitive.i), None)
        if mark is None or mark.i < 2 or not (infinitive.head.i < mark.i):
            return None
        for ent in _ent_spans(doc, [doc[mark.i - 1]]):
            before = doc[ent.start - 1]
            if ent.label_ in ("ORG", "LOC", "PER") and ent.end == mark.i and before.pos_ not in ("ADP",):
                return self.name_of(ent)
        return None

    def passive_agent(self, verb: Token) -> Optional[str]:
        if self.describes_a_name(verb.doc, verb.i) or verb.lower_ in self.words["description_participle"]:
            return None  # 'le conglomérat fondé par Masayoshi Son', 'l'appel à projets opéré par Bpifrance'
        for child in verb.children:
            if child.lower_ in ("intermédiaire", "biais", "truchement", "voie"):
                continue  # 'investit 1,5 million par l'intermédiaire de son fonds X': a vehicle, not who pays
            if child.dep_ in ("obl:agent",) or (
                child.dep_.startswith("obl") and any(g.lower_ == "par" for g in child.children)
            ):
                actor = self.actor_of_phrase(child)
                if actor:
                    return actor
        return None

    def unnamed_giver(self, money: Span, cue: Cue) -> Optional[Token]:
        """'tandis que les actionnaires historiques ont apporté ensemble 15 millions', '185 000 euros ont été
        prêtés par 620 contributeurs', 'collectés auprès de 1 240 particuliers': the text says who gives, and
        it is a crowd it does not name; no organisation of the article gives that amount. Returns the
        crowd's noun."""
        doc = money.doc
        verbs = {verb_above(money.root, 4), doc[cue.start], *(c for c in money.root.children if c.dep_ == "acl")}
        givers = [
            child for verb in verbs if verb.pos_ in ("VERB", "AUX", "ADJ")
            for child in verb.children if child.dep_ in (*SUBJECT_DEPS, "obl:agent")
        ]
        sent = sentence_of(money)
        for near in sent:
            between = doc[money.end : near.i]
            if near.lower_ == "auprès" and near.i > money.start and not any(t.pos_ == "VERB" and t not in verbs for t in between):
                # ('collecté ..., elle aussi toulousaine, auprès de 612 particuliers': wherever the parser hangs
                # it, in the amount's clause; not 'confiés à des gérants, à charge pour eux de lever autant auprès de ...')
                givers += [t for t in doc[near.i + 1 : min(near.i + 6, sent.end)] if t.pos_ == "NOUN"][:1]
        # ('Le plan repose sur ses actionnaires historiques. Ils remettent 9 millions au pot': the plural
        # pronoun stands for the nearest plural noun before it)
        givers = [self.plural_antecedent(g) if g.lower_ in ("ils", "elles") else g for g in givers]
        return next(
            (
                g for g in givers
                if g is not None and not _contains(g, money) and (self.is_crowd(g, counted=cue.is_raise) or self.is_anonymous(g))
            ),
            None,
        )

    @staticmethod
    def plural_antecedent(pronoun: Token) -> Optional[Token]:
        """The nearest plural noun before 'ils' or 'elles', in its sentence or the one before."""
        sent = sentence_of(pronoun)
        start = (previous_sentence(sent) or sent).start
        return next(
            (t for t in reversed(pronoun.doc[start : pronoun.i]) if t.pos_ == "NOUN" and "Plur" in t.morph.get("Number")),
            None,
        )

    def is_anonymous(self, head: Token) -> bool:
        """'une fondation familiale européenne qui souhaite rester anonyme', 'un couple d'anciens chercheurs':
        a giver the text introduces with 'un', 'une' and never names."""
        return (
            any(c.dep_ == "det" and c.lower_ in ("un", "une") for c in head.children)
            and (self.token_in_class(head, "investor_crowd_noun") or self.token_in_class(head, "unnamed_giver_noun"))
            and not any(t.ent_type_ in ("ORG", "PER") for t in head.subtree)
        )

    def is_crowd(self, head: Token, counted: bool = False) -> bool:
        """'620 contributeurs', 'une quinzaine de gestionnaires de réseau', 'les actionnaires historiques':
        a plural of givers that no name in the phrase identifies ('ses actionnaires, dont Bpifrance' names one).
        ``counted``: only a crowd the text counts ('levé 12 millions auprès de ses actionnaires existants' may
        have a lead the article names elsewhere; '1 240 investisseurs' has none)."""
        quantity = self.token_in_class(head, "crowd_quantity_noun")
        if quantity:
            head = next((c for c in head.children if c.dep_ == "nmod"), head)
        plural = "Plur" in head.morph.get("Number") or head.lower_.endswith(("s", "x"))
        if not (plural and self.token_in_class(head, "investor_crowd_noun")):
            return False
        numbers = [c for c in head.children if c.dep_ in ("nummod", "det") and c.like_num]
        if any(c.lower_ == "ces" for c in head.children) or any(not c.text[0].isdigit() or (len(numbers) == 1 and c.text.isdigit() and int(c.text) < 10) for c in numbers):
            return False  # 'ces investisseurs', 'ses quatre associés': the few named before
        if counted and not (quantity or numbers):
            return False
        if head.dep_ == "conj" and head.head.ent_type_ in ACTOR_LABELS:
            return False  # 'Quadrille Capital et ses associés'
        doc, left, right = head.doc, head.left_edge.i, head.right_edge.i
        beside = [doc[left - 2] if left >= 2 and doc[left - 1].text == "," else None,
                  doc[right + 2] if right + 2 < len(doc) and doc[right + 1].text == "," else None]
        # ('Bpifrance et Partech, ses actionnaires historiques, ont apporté ...': named beside it; not the
        # platform of '1 240 investisseurs sur la plateforme Tudigo')
        platform = {t.i for c in head.children if c.i > head.i and c.left_edge.lower_ in ("sur", "via") for t in c.subtree}
        phrase = [t for t in head.subtree if t.i not in platform]
        return not any(t is not None and t.ent_type_ in ACTOR_LABELS for t in (*phrase, *beside))

    def unnamed_alone_share(self, sent: Span, money: Span) -> bool:
        """'Il y apporte à lui seul 120 millions', '..., Meridiam, qui y engage à lui seul 150 millions': a share
        taken 'alone' by a pronoun, a relative or a noun that does not name itself is the round lead's ticket."""
        if not self.alone_share_before(money, sent, 8):
            return False
        verb = money.root.head
        # ('Le spécialiste du diagnostic bioMérieux ... apporte à lui seul 6 millions': the subject names itself)
        return not any(
            c.dep_ in SUBJECT_DEPS and any(t.ent_type_ in ("ORG", "PER") for t in _name_tokens(c)) for c in verb.children
        )

    def first_person_actor(self, sent: Span, cue: Cue) -> Optional[str]:
        """'Qu'est-ce que l'État met sur la table ? Deux choses. D'abord, nous allons consacrer 200 millions':
        'nous' answers for the actor the question (or the sentence before) made the subject, a few sentences up."""
        verb = sent.doc[cue.start]
        if verb.pos_ not in ("VERB", "AUX") and verb.dep_ == "obj":
            verb = verb.head  # 'nous lançons un appel à projets de 100 millions'
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        heads = [verb, verb.head] if verb.dep_ in ("xcomp", "ccomp") else [verb]
        if not any(c.lower_ == "nous" and c.dep_ in SUBJECT_DEPS for h in heads for c in h.children):
            return None
        interviewee = self.interviewee_org(sent.doc)
        if interviewee:
            return interviewee
        earlier = sent
        for _ in range(FIRST_PERSON_REACH):
            earlier = previous_sentence(earlier)
            if earlier is None:
                break
            # (a question's inverted subject often parses as an object: 'Que fera la Région Occitanie ?')
            question = earlier.text.rstrip().endswith("?")
            deps = (*SUBJECT_DEPS, "obj") if question else SUBJECT_DEPS
            for token in earlier:
                if token.head.dep_ == "advcl":
                    continue  # ('parce que l'Espagne et l'Italie perdent plus d'eau': a clause of cause or time)
                if token.dep_ in deps and token.lower_ not in ("nous", "je", "j'", "on", "vous", "que", "qu'"):
                    actor = self.actor_of_phrase(token)
                    if actor:
                        return actor
        return self.title_org(sent.doc)  # ('nous' with no actor asked about: the company the interview is with)

    def is_org_head(self, head: str) -> bool:
        """'groupe', 'industriel', 'société': a noun the press uses, with its article, to point back to a company."""
        return any(article_phrase(article, head) in self.words["org_anaphor"] for article in ("le", "la", "l'"))

    def actor_of_phrase(self, token: Token) -> Optional[str]:
        """The actor a subject phrase names: an entity in it, a relative pronoun's antecedent,
        a pronoun or generic head ('le groupe') referring back, or the state."""
        doc = token.doc
        ordinal = self.ordinal_actor(token)
        if ordinal:
            return ordinal
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in ("acl:relcl", "dep"):
            antecedent = token.head.head
            if self.described_agent(doc, antecedent.i) and antecedent.head.head.i != antecedent.head.i:
                antecedent = antecedent.head.head  # 'le fonds Meridiam, fondé par Thierry Déau, qui apporte ...'
            nearest = doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].text == "," else None
            if nearest is not None and nearest.dep_ == "conj" and nearest.ent_type_ in ACTOR_LABELS and nearest.head == antecedent:
                antecedent = nearest  # '..., Korelya Capital et Bpifrance, qui remet 25 millions': the last of a list
            if (
                antecedent.ent_type_ in ("ORG", "LOC", "PER")
                or antecedent.lower_ in self.words["state_noun"]
                or (antecedent.pos_ == "NOUN" and _names_itself(antecedent))
            ):
                return self.actor_of_phrase(antecedent)
            if antecedent.lower_ in ("lui", "elle", "eux"):
                return self.previous_subject_actor(antecedent)  # 'Le fonds a emporté la mise. C'est lui qui mène ...'
            return None
        spans = [
            e for e in _ent_spans(doc, [t for t in _name_tokens(token) if t.ent_type_ in ACTOR_LABELS])
            if self.may_act(e, unknown_place=True) and not _complement_in_apposition(e, token)
        ]
        if (
            spans
            and token.ent_type_ == ""
            and self.is_org_head(token.lower_)
            and all(e.label_ in ("PER", "LOC", "MISC") and e.start > 0 and doc[e.start - 1].lower_ in ("de", "d'") for e in spans)
        ):
            # 'le groupe de Vas Narasimhan', 'le groupe de Mountain View': a company named by its boss or
            # its home town, which the press uses for a few famous ones ('le géant de Redmond')
            # ('le conglomérat de Masayoshi Son': the company its known boss leads; 'le groupe de Yongin',
            # a home town the model calls MISC)
            return self.institution_of(spans[0]) or self.company_of_home_town(token) or self.previous_org(
                doc, token.i, topic_first=token.lower_ in self.words["topic_anaphor"]
            )
        if (
            spans
            and token.lower_ in self.words["relation_noun"]
            and all(e.start > 0 and doc[e.start - 1].lower_ in ("de", "d'", "d’") for e in spans)
        ):
            return self.previous_org(doc, token.i)  # 'Le fournisseur d'Apple y porte son investissement'
        if spans and token.lower_ in self.words["law_noun"] and all(
            e.label_ in ("ORG", "MISC") and e.start > token.i for e in spans
        ):
            spans = []  # 'la loi dite Chips and Science prévoit 52,7 milliards': the law's name pays nothing, its state does
        if spans and token.lower_ in self.words["site_noun"] and all(e.label_ == "LOC" for e in spans):
            return None  # 'Le site de Sisteron, dans les Alpes-de-Haute-Provence, recevra': where the site is
        if spans and token.lower_ in self.words["subsidiary_noun"]:
            subsidiary = self.subsidiary_named_before(token, self.name_of(spans[0]))
            if subsidiary:
                return subsidiary
        if spans:
            spans.sort(key=lambda s: (ACTOR_PREFERENCE[s.label_], s.start))
            body = self.body_spoken_for(token) if spans[0].label_ == "PER" else None
            if body:
                return body  # 'Son président, Hervé Morin, a confirmé une enveloppe': the region
            return self.name_of(spans[0])
        start = token.left_edge.i
        while start < token.i and doc[start].dep_ == "case":
            start += 1  # 'par l'institution financière publique': the phrase the agent names
        phrase = doc[start : token.right_edge.i + 1].text.lower()
        head = token.lower_
        if doc[token.i : token.i + 3].text.lower() in self.words["latter_anaphor"]:
            head = doc[token.i : token.i + 3].text.lower()  # 'Celui-ci', which the tokenizer splits in three
        after = token.right_edge.i + 1
        if token.pos_ == "NOUN" and after < len(doc) and doc[after].ent_iob_ == "B" and doc[after].ent_type_ == "ORG":
            # 'L'entreprise britannique Fluidstack marque les esprits', 'le fonds souverain singapourien
            # Temasek apporte': the parse cut the name off its head noun; the name that follows is the one
            # the phrase gives, not an antecedent nor the fund's state
            return self.name_of(_ent_spans(doc, [doc[after]])[0])
        if head in self.words["relation_noun"] and any(c.dep_ == "det" and c.lower_ in POSSESSIVES for c in token.children):
            country = self.nationality_of(token)
            if country:
                # 'STMicroelectronics financera 4,35 milliards. Son partenaire américain mettra 3,15 milliards': the
                # company of that country named before
                return self.previous_org(doc, token.i, country=country)
        demonym = self.mapping["nationality"].get(head)
        if demonym and demonym != "@national" and token.ent_type_ == "" and any(
            c.dep_ == "det" and c.lower_ in ("le", "l'", "l’") for c in token.children
        ):
            # "le plan que l'américain avait annoncé": the company of that country named before
            return self.previous_org(doc, token.i, country=demonym)
        body = self.body_spoken_for(token)
        if body:
            return body  # 'Son président-directeur général, Marc Delorme, a présenté un plan': the group's, not the state's
        if head in self.words["state_noun"] or head.capitalize().lower() in self.words["state_noun"]:
            # ('la loi de programmation militaire' is France's, whatever country the article is about)
            return self.programme_owner(doc[start : token.right_edge.i + 1]) or self.nationality_of(token) or _home_country(doc, self)
        if head in ("fonds", "fond") and any(c.lower_ == "souverain" for c in token.children):
            country = self.nationality_of(token)
            if country:
                return country  # 'le fonds souverain norvégien' invests the state's money
        if token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ == "":
            # a name the entity recogniser missed ('Pfizer consacrera ...'): the name itself, or the
            # state of a capital ('Copenhague a annoncé ...')
            name = doc[token.i : token.i + 1 + sum(1 for c in token.children if c.dep_ == "flat:name")].text
            return self.mapping["capital_metonymy"].get(name.lower(), name)
        if token.pos_ == "PRON" and token.lower_ in ("il", "elle", "ils", "elles"):
            main = self.main_clause_subject(token)
            if main:
                return main
            topic = self.dislocated_topic(token)
            if topic:
                return topic
            sent = sentence_of(token)
            if token.i > sent.start and doc[token.i - 1].text in (":", ";"):
                # 'Le laboratoire prendra une participation au capital de la biotech : il souscrira ...': the
                # subject of the clause before the colon
                before_colon = self.main_subject_actor(sent, token.i - 1)
                if before_colon:
                    return before_colon
            if token.i == sent.start or token.doc[token.i - 1].is_punct:
                # a sentence opening on 'Il' goes on about the subject of the sentence before
                previous = self.previous_subject_actor(token)
                if previous:
                    return previous
        led = self.company_of_its_boss(token)
        if led:
            return led  # 'Le groupe dirigé par Olivier Andriès engagera 120 millions'
        if any(phrase.startswith(a) for a in self.words["buyer_anaphor"]):
            buyer = self.buyer_named_before(token)
            if buyer:
                return buyer  # 'La Foncière Alizé rachète douze hôtels ... Le nouveau propriétaire s'engage à verser'
        if any(phrase.startswith(a) for a in self.words["lead_anaphor"]):
            lead = self.round_lead_before(sentence_of(token))
            if lead:
                return lead  # 'Le chef de file y engage à lui seul 20 millions d'euros'
        if head in ("ville", "mairie", "municipalité", "commune") and token.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("la", "l'", "l’") for c in token.children
        ) and not any(c.dep_ in ("nmod", "amod") for c in token.children):
            # 'La ville investira 240 millions': the town the article is about (not 'la ville voisine')
            town = _home_place(doc, "city")
            if town:
                return town
        if head == "intercommunalité" and token.pos_ == "NOUN" and not any(c.dep_ == "nmod" and c.lower_ != "côté" for c in token.children):
            # 'L'intercommunalité verse une subvention de 120 000 euros': the intercommunal body the article
            # names in full ('Loudéac Communauté Bretagne Centre')
            body = _named_body(doc, ("communauté", "agglo", "métropole"))
            if body:
                return body
        if head in ("collectivité", "collectivités") and token.pos_ == "NOUN":
            # 'la collectivité apportera 185 000 euros': the council just named ('Le conseil de Nantes
            # Métropole a adopté ... La collectivité s'engage'), else the local government the article is about
            local = self.council_named_before(token) or _home_place(doc, "department", "region")
            if local:
                return local
        if head in self.words["council_noun"] and token.pos_ == "NOUN":
            # 'les élus régionaux ont voté', 'le conseil départemental a adopté': the council of the region
            # (département, town) the article is about
            level = next((self.mapping["council_level"][c.lower_] for c in token.children if c.lower_ in self.mapping["council_level"]), None)
            local = _home_place(doc, level) if level else None
            if local:
                return local
        if head in self.words["org_anaphor"] or any(
            phrase.startswith(a) for a in self.words["org_anaphor"] if " " in a or "'" in a
        ):
            apposed = self.apposed_to_head(token)
            if apposed:
                return apposed
            public = next((c.lower_ for c in token.children if c.dep_ == "amod" and c.lower_ in ("public", "publique")), None)
            if public and f"{head} {public}" in self.words["public_anaphor"]:
                head = f"{head} {public}"  # 'l'établissement public': a public body, not any bank
            return self.previous_org(doc, token.i, topic_first=head in self.words["topic_anaphor"], head=head)
        return self.named_by_its_head(token)

    def dislocated_topic(self, pronoun: Token) -> Optional[str]:
        """'Quant au transporteur Ouest Logistique Marine, il mettra 12 millions': the pronoun takes up the
        topic the sentence opens on."""
        sent = sentence_of(pronoun)
        if sent[0].lower_ != "quant" or pronoun.i < 2 or pronoun.doc[pronoun.i - 1].text != ",":
            return None
        if any(t.text == "," for t in pronoun.doc[sent.start : pronoun.i - 1]):
            return None  # (the topic phrase ends at the comma before the pronoun)
        named = [e for e in sent.ents if e.end < pronoun.i and e.label_ in ACTOR_LABELS and self.may_act(e, unknown_place=True)]
        return self.name_of(named[-1]) if named else None

    def subsidiary_named_before(self, token: Token, parent: str) -> Optional[str]:
        """'La filiale d'Amazon y consacrera 6 milliards' after 'Amazon Web Services': the subsidiary of
        that parent the article named last (so the gazetteer says, or its name says: 'Amazon Web Services'),
        else the parent's only subsidiary in the gazetteer."""
        parents = default_table().parents
        for ent in reversed([e for e in token.doc.ents if e.label_ == "ORG" and e.end <= token.i]):
            name = self.name_of(ent)
            if name != parent and (parents.get(name) == parent or name.startswith(parent + " ")):
                return name
        # none named: the parent's only subsidiary the gazetteer knows ('la filiale de la BEI' is the FEI)
        children = [child for child, of in parents.items() if of == parent]
        return children[0] if len(children) == 1 else None

    def apposed_to_head(self, head: Token) -> Optional[str]:
        """'Le gestionnaire du réseau à haute tension, Elia, a confirmé ...': a generic head names itself
        by a name set off by commas after its complement."""
        doc = head.doc
        for child in head.children:
            if child.dep_ in ("appos", "nmod") and child.ent_type_ in ("ORG", "PER") and doc[child.i - 1].text == ",":
                return self.name_of(_ent_spans(doc, [child])[0])
        return None

    def named_by_its_head(self, token: Token) -> Optional[str]:
        """'le port lui-même' after 'le Grand Port maritime de Marseille', 'la métropole' after 'la
        Métropole de Lyon': a definite noun that is a word of an organisation named before names it."""
        if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in token.children):
            return None
        for ent in reversed([e for e in token.doc.ents if e.end <= token.i and e.label_ == "ORG"]):
            if any(t.lower_ == token.lower_ for t in ent) and not _is_source(ent):
                return self.name_of(ent)
        return None

    def buyer_named_before(self, token: Token, sentences: int = 4) -> Optional[str]:
        """The actor subject of the last verb of buying ('rachète', 'acquiert', 'reprend') in the few
        sentences before, else in the title: who 'le nouveau propriétaire' or 'le repreneur' is."""
        doc = token.doc
        start = sentence_of(token).start
        for _ in range(sentences):
            if start == 0:
                break
            start = sentence_of(doc[start - 1]).start
        title = doc[: first_line_bounds(doc)[1]] if has_title(doc) and start > 0 else doc[0:0]
        for verb in (*reversed(doc[start : token.i]), *reversed(title)):
            if verb.pos_ != "VERB" or not self.token_in_class(verb, "buy_verb"):
                continue
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
            buyer = self.actor_of_phrase(subject) if subject is not None else None
            if buyer:
                return buyer
        return None

    def company_of_its_boss(self, head: Token) -> Optional[str]:
        """'le groupe dirigé par Olivier Andriès': the company the lexicon says that person leads."""
        for child in head.children:
            if child.dep_ == "acl" and child.pos_ == "VERB":
                for agent in child.children:
                    if agent.ent_type_ == "PER" and agent.dep_.startswith("obl"):
                        return self.institution_of(_ent_spans(head.doc, [agent])[0])
        return None

    def institution_of(self, person: Span) -> Optional[str]:
        """The state a head of state, or the company a known boss, stands for (lexicon person_institution)."""
        if person.label_ != "PER":
            return None
        return self.mapping["person_institution"].get((person._.canonical or strip_article(person.text)).lower())

    def company_of_home_town(self, head: Token) -> Optional[str]:
        """'le géant de Redmond', 'la firme de Cupertino': the press names a few famous companies by
        their home town; a town home to several ('le groupe de Shenzhen') names the one the article names."""
        for child in head.children:
            if child.dep_ == "nmod" and child.ent_type_ == "LOC":
                town = _ent_spans(head.doc, [child])[0]
                companies = self.all_values["headquarters"].get(strip_article(town.text).lower(), [])
                named = {e._.canonical for e in head.doc.ents if e.label_ == "ORG"}
                return next((c for c in companies if c in named), companies[0] if len(companies) == 1 else None)
        return None

    def is_public(self, name: str) -> bool:
        """A state, a region, a département or a public funder of the lexicon."""
        kind = default_table().kinds.get(name)
        return (
            name in self.mapping["nationality"].values()
            or kind in ("country", "region", "department")
            or name.lower() in self.words["public_funder"]
        )

    def is_funder(self, name: str) -> bool:
        """A public body, a fund or a bank: one that finances others rather than a company with projects."""
        return self.is_public(name) or self.is_investor_name(name)

    def may_act(self, ent: Span, unknown_place: bool = False) -> bool:
        """Can this entity put money in? Not a source ('selon X'), and a place only when a government
        stands behind it: a country, a region, a capital for its state, 'la ville de Lyon',
        'Lorient Agglomération'. A town ('un campus à Mougins', 'le groupe de Redmond') or a continent
        pays nothing. A place the gazetteer does not know acts only where the caller says so (as the
        subject of a verb it may be a foreign region; picked up as the nearest name it is a town)."""
        if _is_source(ent) or self.described_agent(ent.doc, ent.start):
            return False
        doc = ent.doc
        if len(ent) == 1 and ent.root.pos_ == "NOUN" and ent.start > 0 and doc[ent.start - 1].lower_ == "des":
            return False  # 'des obligations émises par des États': any states, no one in particular
        if self.worked_on(ent) or self.programme_name(ent):
            return False  # 'la reconstruction complète du collège de Segré': what the money is spent on
        if self.is_channel(ent):
            return False  # 'une campagne close sur la plateforme Enerfip': the channel the money goes through
        if ent.label_ != "LOC":
            return True
        government = self.words["local_government"] | self.words["authority_head"]
        if any(t.lower_ in government for t in doc[max(0, ent.start - 3) : ent.end]):
            return True
        if (
            ent.start >= 2
            and doc[ent.start - 1].lower_ in ("de", "d'", "d’", "du")
            and doc[ent.start - 2].lower_ in self.words["site_noun"]
        ):
            return False  # 'Le site de Sisteron recevra 150 millions': the place of a site pays nothing
        name = self.name_of(ent)
        if (
            ent.start > 0
            and doc[ent.start - 1].lower_ in ("en", "au", "aux")
            and doc[ent.start - 1].is_sent_start
            and ent.end < len(doc)
            and doc[ent.end].text == ","
        ):
            return False  # 'En Allemagne, l'enveloppe atteint 3,5 milliards': the setting of the sentence
        if name in self.mapping["nationality"].values():
            return True
        kind = default_table().kinds.get(name)
        if kind == "department":
            return unknown_place  # mostly says where ('Fos-sur-Mer, dans les Bouches-du-Rhône'); pays as a subject
        before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start] if t.lower_ not in ("le", "la", "les", "l'")]
        if kind == "region" and before and before[-1] in PLACE_PREPOSITIONS and ent.root.dep_ not in SUBJECT_DEPS:
            return unknown_place  # 'un site implanté à Greenville, en Caroline du Sud': where, not who
        opening = ent.start == ent.sent.start or doc[ent.start - 1].is_space
        if kind == "city" and unknown_place and ent.root.dep_ in SUBJECT_DEPS and opening:
            return True  # 'Montluçon engage 7,2 millions dans ses écoles': the town as subject is its council
        if kind is not None:
            return kind in GOVERNED
        # the base model also tags unknown companies as places: only 'à Mougins', 'près de Turin'
        # say for sure that the name is a town
        return unknown_place or not (before and (before[-1] in PLACE_PREPOSITIONS or before[-2:] == ["près", "de"]))

    def campaign_owner(self, sent: Span, money: Span) -> Optional[str]:
        """'La campagne de financement participatif, close sur la plateforme Enerfip, a permis de collecter
        128 000 euros': a campaign with no owner named raises for the company the article is about."""
        doc = money.doc
        if not any(t.dep_ in SUBJECT_DEPS and t.lower_ in self.words["campaign_noun"] for t in doc[sent.start : money.start]):
            return None
        topic = self.title_org(doc) or self.previous_org(doc, sent.start, topic_first=True)
        return topic if topic and not self.is_funder(topic) else None

    def is_channel(self, ent: Span) -> bool:
        """'sur la plateforme Enerfip', 'via la plateforme de financement participatif Tudigo': a name after a
        channel noun brought in by 'sur', 'via' or 'par'."""
        doc = ent.doc
        i = ent.start - 1
        while i > 0 and ent.start - i <= 5 and doc[i].is_lower and doc[i].lower_ not in self.words["channel_noun"]:
            i -= 1
        return (
            i >= 2 and doc[i].lower_ in self.words["channel_noun"] and doc[i - 1].lower_ in ("la", "le", "l'")
            and doc[i - 2].lower_ in ("sur", "via", "par")
        )

    def worked_on(self, ent: Span) -> bool:
        """'la reconstruction complète du collège de Segré', 'la rénovation de l'école Jean-Jaurès': a name
        after a noun of works is the thing worked on."""
        noun = _word_before_opener(ent, ("de", "du", "des", "d'"))
        return noun is not None and noun.pos_ == "NOUN" and noun.lower_ in self.words["works_noun"]

    def programme_name(self, ent: Span) -> bool:
        """'Le plan pluriannuel « Lycées 2032 » est doté de 1,4 milliard': a name in quotes after a plan or a
        programme names the plan, not who funds it."""
        noun = _word_before_opener(ent, ("«", '"', "“"))
        return noun is not None and noun.lower_ in self.words["endowed_noun"]

    def is_council(self, ent: Span) -> bool:
        """'la Région Bretagne', 'le Département', 'Rennes Métropole': an ORG that is a place's council.
        It pays like the place it governs, and 'la société' or 'le groupe' never points back to it."""
        if ent.label_ != "ORG":
            return False
        heads = self.words["authority_head"] | self.words["local_government"]
        return (
            ent[0].lower_ in heads
            or ent[-1].lower_ in heads
            or default_table().kinds.get(ent._.canonical or ent.text) in ("region", "department", "city")
        )

    def council_named_before(self, token: Token) -> Optional[str]:
        """The council ('Nantes Métropole', 'la Région Bretagne') named last before token, in its sentence
        or the one before."""
        sent = sentence_of(token)
        previous = previous_sentence(sent)
        start = previous.start if previous is not None else sent.start
        councils = [e for e in token.doc.ents if start <= e.start and e.end <= token.i and self.is_council(e)]
        return self.name_of(councils[-1]) if councils else None

    def described_agent(self, doc: Doc, i: int) -> bool:
        """'Meridiam, fondé par Thierry Déau', 'la Région, présidée par Xavier Bertrand': the agent of
        a participle that describes a name tells who that name is; it puts no money in."""
        return i >= 2 and doc[i - 1].lower_ == "par" and doc[i - 2].lower_ in self.words["description_participle"]

    def name_of(self, span: Span, as_actor: bool = True) -> str:
        """Canonical name. As an actor, 'l'État' is the home country, a head of state stands for
        the state, and a capital city for its state ('Berlin débloque ...')."""
        text = strip_article(span.text)
        known = span._.canonical
        if known and known != text and known.lower() != text.lower():
            text = known  # the gazetteer knows this alias: 'Région Sud' is Provence-Alpes-Côte d'Azur
        for kind, nouns in (
            ("region", ("région", "conseil régional")),
            ("department", ("département", "conseil départemental")),
            ("city", ("ville", "mairie")),
        ):
            home = _home_place(span.doc, kind) if strip_article(text).lower() in nouns else None
            if home:
                return home  # 'La présidente de la Région, Carole Delga, ...'
        if as_actor and text.lower() in ("métropole", "agglomération", "agglo", "communauté"):
            # 'la Métropole versera 14 millions': the intercommunal body the article names in full
            body = _named_body(span.doc, (text.lower(),))
            if body:
                return body
        if text.lower().split(" ")[0] in self.words["state_body_head"]:
            return _home_country(span.doc, self)  # 'ministère des Armées' spends the state's money
        for head in self.words["authority_head"]:
            for link in (" ", " de ", " du ", " d'", " de la ", " de l'"):
                rest = text[len(head) + len(link) :]
                if text.lower().startswith(head + link) and rest[:1].isupper() and (
                    span.label_ == "LOC" or default_table().kinds.get(rest) in ("region", "department", "country")
                ):
                    # 'région Hauts-de-France', 'Land de Schleswig-Holstein' -> the region
                    # (not 'Région Sud Investissement', a fund, nor 'la Métropole de Lyon', a council of its own)
                    return rest
        if text.lower() in self.words["state_noun"]:
            return _home_country(span.doc, self)
        head, _, adjective = text.lower().partition(" ")
        if head in self.words["state_noun"] and adjective:
            country = self.mapping["nationality"].get(adjective)
            if country and country != "@national":
                return country  # 'État polonais', 'gouvernement allemand'
            if adjective in FEDERAL:
                return _federal_country(span.doc, self) or _home_country(span.doc, self)  # 'l'État fédéral'
            return _home_country(span.doc, self)  # 'l'État central'

        name = span._.canonical or text
        if as_actor and span.label_ == "PER":
            return self.institution_of(span) or name
        if as_actor and span.label_ == "LOC":
            before = {t.lower_ for t in span.doc[max(0, span.start - 2) : span.start]}
            if before & self.words["local_government"]:
                return name  # 'la maire de Paris', 'la Ville de Berlin': the town's council, not the state
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
            if (
                country
                and country != "@national"
                and (
                    self.token_in_class(neighbour, "pledge_noun")
                    or self.token_in_class(neighbour, "raise_noun")
                )
            ):
                return country
        return None

    def parties_before_nominal_amount(
        self, sent: Span, money: Span
    ) -> Optional[tuple[Optional[str], Optional[str], int]]:
        """'EyeD Pharma a bouclé un tour emmené par Noshaq. Montant de l'opération : 22 M€.': a verbless
        'Montant ... :' sentence gives the amount of the deal the sentence before describes."""
        label = amount_label(money)
        words = [t for t in label if not t.is_space] if label is not None else []
        if not words or (words[0].lower_ not in self.words["nominal_amount_head"] and self.cost_heading(money) is None):
            return None
        if sent.end > sentence_of(money).end:
            return None  # explained by the sentence after ('C'est ce qu'a obtenu Electra'), not the one before
        previous = previous_sentence(sent)
        if previous is None:
            return None
        investor = self.actor_after_marker(previous, "investor_marker", exclude_span=money) or self.lead_statement(
            previous
        )
        if investor is None:
            subject = self.previous_subject_actor(money.root)
            raised = any(self.token_in_class(t, "raise_verb") or self._raise_noun(t) for t in previous) or has_phrase(
                " ".join(t.lower_ for t in previous), [w for w in self.words["raise_noun"] if " " in w]
            )  # ('une augmentation de capital')
            if raised and self.cost_heading(money) is None:  # (a cost is spent, not raised: 'Coût de l'opération')
                # 'Enyo Pharma boucle un tour de table. Montant de l'opération : 12 M€.': it raises, and
                # the lead may come next ('Le tour est mené par X', 'X en a pris la tête')
                lead = self.marker_in_next_sentence(sent, money)
                return lead, subject, 2 if lead else 0
            named = [
                t for t in previous
                if t.dep_ in SUBJECT_DEPS
                and (t.ent_type_ == "ORG" or t.lower_ in self.words["company_anaphor"] or _names_itself(t))
            ]
            if subject and named:
                # 'Digital Realty a présenté un sixième campus. Montant de l'investissement : 1,2 milliard.'
                # (not 'Le projet, présenté comme la première usine du Moyen-Orient, ...')
                return subject, None, 1
            if named:
                return None  # a company as the subject before, its name lost in the parse: the usual reading
            return None, None, 0  # no company as the subject before: a place or a project does not pay
        return investor, self.previous_subject_actor(money.root), 2

    def payer_in_next_sentence(self, sent: Span, money: Span) -> Optional[str]:
        """'Une enveloppe de 45 millions va être débloquée ... Elle sera entièrement financée par la Région
        Occitanie', '... Une subvention accordée par la Commission européenne': the next sentence of the
        paragraph speaks of the same money and names who pays it after a 'par' marker."""
        following = next_sentence(sent)
        if following is None or line_break_before(money.doc, following.start):
            return None
        if any(e.label_ == "MONEY" for e in following.ents) or self.states_no_lead(following):
            return None  # another amount: another pledge; or 'un pool de banques, sans chef de file'
        opening = {t.lower_ for t in following[:3]}
        if not opening & (self.words["amount_anaphor"] | self.words["aid_noun"]):
            return None
        return self.actor_after_first_marker(following, lambda parts: parts[-1] == "par", money)

    def _raise_noun(self, token: Token) -> bool:
        """'une levée', 'un tour de table'; 'l'extension' or 'la rallonge' only of a round ('l'extension de
        sa série B'), not of a factory ('l'extension de son usine de Chartres')."""
        if not self.token_in_class(token, "raise_noun"):
            return False
        if token.lower_ not in ("extension", "rallonge"):
            return True
        return any(self._raise_noun(t) for t in token.doc[token.i + 1 : token.i + 5])

    def public_funder(self, money: Span) -> Optional[str]:
        """'a reçu 650 millions d'euros de subventions publiques': public aid is the state's money."""
        doc = money.doc
        window = [t.lower_ for t in doc[money.end : min(money.end + 4, len(doc))]]
        if window[:1] not in (["de"], ["d'"]) or not any(w in self.words["public_qualifier"] for w in window[2:4]):
            return None
        return _home_country(doc, self) if window[1] in self.words["aid_noun"] else None

    def nationality_of(self, token: Token) -> Optional[str]:
        for child in token.children:
            country = self.mapping["nationality"].get(child.lower_)
            if country and child.dep_ in ("amod", "nmod", "flat:name"):
                return _home_country(token.doc, self) if country == "@national" else country
        for child in token.children:
            if child.dep_ != "amod":
                continue
            if child.lower_ in FEDERAL:
                return _federal_country(token.doc, self)
            if child.lower_ in ("régional", "régionale"):  # 'l'exécutif régional' is the region's council
                return _home_place(token.doc, "region")
            if child.lower_ in ("départemental", "départementale"):
                return _home_place(token.doc, "department")
        return None

    def nearest_actor(
        self, sent: Span, money: Span, before: bool, labels=ACTOR_LABELS, acting_only: bool = False
    ) -> Optional[str]:
        ents = [e for e in sent.ents if e.label_ in labels and self.may_act(e)]
        ents = (
            [e for e in ents if e.end <= money.start] if before else [e for e in ents if e.start >= money.end]
        )
        if acting_only:
            ents = [e for e in ents if self.acts_after_amount(e)]
        if before:
            # ('La Banque des Territoires, filiale de la Caisse des dépôts, complète avec 6 millions': the owner
            # named in an apposition to an actor is not the actor)
            ents = [e for e in ents if not any(o.end <= e.start and _complement_in_apposition(e, o.root) for o in ents)]
        if not ents:
            return None
        countries = set(self.mapping["nationality"].values())
        pool = (
            [e for e in ents if e.label_ == "ORG" and not self.is_council(e)]
            or [e for e in ents if e.label_ == "PER"]
            or [e for e in ents if e.label_ == "LOC" and self.name_of(e) in countries]
            or [e for e in ents if e.label_ != "MISC"]
            or ents
        )
        chosen = pool[-1] if before else pool[0]
        if chosen.label_ == "LOC" and chosen.root.dep_ == "nmod" and self.is_org_head(chosen.root.head.lower_):
            company = self.company_of_home_town(chosen.root.head)
            if company:
                return company  # 'représente pour le groupe de Shenzhen un investissement': BYD, not the town
        return (self.company_of_speaker(chosen) if chosen.label_ == "PER" else None) or self.name_of(chosen)

    def company_of_speaker(self, person: Span) -> Optional[str]:
        """'a précisé Henri Poupart-Lafarge, le directeur général du groupe': a person speaks for the
        body his role names, or for the one the lexicon says he leads."""
        known = self.institution_of(person)
        if known:
            return known
        doc = person.doc
        if person.end + 2 >= len(doc) or doc[person.end].text != ",":
            return None
        end = min(person.end + 9, len(doc))
        role = next((t for t in doc[person.end + 1 : min(person.end + 4, end)] if self.token_in_class(t, "leader_role")), None)
        if role is None:
            return None
        for token in doc[role.i + 1 : end]:
            if token.is_punct:
                break
            if token.ent_type_ == "ORG":
                return self.name_of(_ent_spans(doc, [token])[0])
            if token.pos_ == "NOUN" and self.is_org_head(token.lower_):
                # (the body a speaker heads is the article's company when its title names one)
                return self.previous_org(doc, person.start, topic_first=True, head=token.lower_)
        return None

    def ordinal_actor(self, token: Token) -> Optional[str]:
        """'Le tour est co-mené par Redwood Peak Capital et Harbor Lane Ventures. Le premier apporte 160
        millions, le second 120 millions': 'le premier' and 'le second' are the two names the sentence
        before joins with 'et', in that order."""
        doc = token.doc
        rank = {"premier": 0, "première": 0, "second": 1, "seconde": 1, "deuxième": 1}.get(token.lower_)
        if rank is None or token.i == 0 or doc[token.i - 1].lower_ not in ("le", "la"):
            return None
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN") and doc[token.i + 1].ent_type_ != "MONEY":
            return None  # 'le premier fonds', 'la seconde tranche'
        before = previous_sentence(sentence_of(token))
        if before is None:
            return None
        ents = [e for e in before.ents if e.label_ in ("ORG", "PER") or (e.label_ == "LOC" and self.may_act(e))]
        pairs = [
            (a, b) for a, b in zip(ents, ents[1:])
            if [t.lower_ for t in doc[a.end : b.start] if t.lower_ not in ("le", "la", "l'", "les", ",")] == ["et"]
        ]
        return self.name_of(pairs[-1][rank]) if pairs else None

    def actor_right_before(self, money: Span) -> Optional[str]:
        """'..., et la communauté urbaine de Dunkerque 30 millions d'euros': a verbless clause where
        the actor stands right before its amount ('la métropole de Rennes 2 millions')."""
        doc = money.doc
        start = money.start
        if start > 2 and doc[start - 3].text == ",":
            ordinal = self.ordinal_actor(doc[start - 1])
            if ordinal:
                return ordinal  # '..., le second 120 millions'
        while start > 0 and doc[start - 1].lower_ in self.words["amount_introducer"] | {"jusqu'", "jusqu’"}:
            start -= 1  # 'et Mitsubishi Motors jusqu'à 200 millions'
        by_noun = start > 2 and self.token_in_class(doc[start - 1], "pledge_noun") and doc[start - 2].lower_ in ("un", "une")
        if by_noun:
            start -= 2  # '..., et la Région Bretagne une subvention de 400 000 euros' ('de' introduces amounts)
        if start > 1 and doc[start - 1].lower_ == "pour":
            # 'ont suivi : Friedland Gestion, pour 3 millions d'euros, et Vatel Capital, pour deux';
            # 'Axa s'engage pour 150 millions, CNP Assurances pour 120 millions': the verb is left out
            start -= 2 if doc[start - 2].text == "," else 1
        elif start > 1 and doc[start - 1].text in (",", "("):
            # 'Airbus consacrera 1 milliard à la décarbonation ; Safran, 500 millions'; 'Le Nord s'engage sur
            # 250 millions, devant le Pas-de-Calais (120 millions)'
            start -= 1
        for ent in sentence_of(money).ents:
            # (the subject of a verb left out: a département pays there as it does as a subject, 'les Hautes-Pyrénées
            # mettront 12 millions, les Pyrénées-Orientales 9 millions')
            if (
                ent.end not in (money.start, start) or ent.start == 0 or ent.label_ not in ("ORG", "LOC")
                or not self.may_act(ent, unknown_place=True)
            ):
                continue
            if by_noun and not (
                doc[ent.start - 1].lower_ in ("et", ",", ";")
                or (ent.start > 1 and doc[ent.start - 1].lower_ in DEFINITE_ARTICLES and doc[ent.start - 2].lower_ in ("et", ",", ";"))
            ):
                continue  # (a clause of its own, not 'représente pour le groupe de Shenzhen un investissement de')
            i = ent.start - 1
            while i > max(0, ent.start - 6) and doc[i].is_lower and (
                doc[i].pos_ in ("NOUN", "ADJ", "PROPN") or (doc[i].lower_ in ("de", "d'", "d’") and doc[i - 1].pos_ == "NOUN")
            ):
                i -= 1  # 'et le milanais Alba Partners 250 millions', 'et le fonds de pension néerlandais PFZW 120
                # millions': the words that describe it
            before = doc[i].lower_
            if before in ("la", "le", "les", "l'") and i > 0 and doc[i - 1].lower_ in PLACE_PREPOSITIONS:
                continue  # 'Dans la Meuse, 42 millions serviront ...': where, not who
            if before in ("la", "le", "les", "l'", "et", ",", ";", ":"):
                return self.name_of(ent)
            if (
                before in ("de", "du", "d'")
                and ent.start >= 2
                and doc[ent.start - 2].lower_ in self.words["authority_head"] | self.words["local_government"]
            ):
                return self.name_of(ent)
        return None

    def agent_right_after(self, money: Span) -> Optional[str]:
        """'dotée de 22 millions par la Banque des Territoires et de 28 millions par Axione': an agent
        right after an amount belongs to that amount, not to the verb's first amount."""
        doc = money.doc
        i = money.end
        if i + 1 < len(doc) and doc[i + 1].lower_ == "par" and self.token_in_class(doc[i], "give_verb"):
            i += 1  # '12 millions apportés par la Ville de Limoges': its participle comes first
        if i >= len(doc) or doc[i].lower_ != "par":
            return None
        i += 1
        if i < len(doc) and doc[i].lower_ in DEFINITE_ARTICLES:
            i += 1
        # ('et 6 millions par l'agglomération GrandAngoulême', 'par le fonds américain General Catalyst': the
        # words that describe the name)
        described = i
        while described < min(i + 3, len(doc)) and doc[described].is_lower and doc[described].pos_ in ("NOUN", "ADJ"):
            described += 1
        for ent in sentence_of(money).ents:
            if ent.start in (i, described) and ent.label_ in ("ORG", "LOC") and self.may_act(ent):
                return self.name_of(ent)
        return None

    def raised_by_verb(self, money: Span) -> bool:
        """'a reçu 650 millions d'euros de subventions', 's'est vu octroyer un prêt de 2 millions': the
        verb, not the noun, says who receives."""
        if self.given_by_voir(money.root) is not None:
            return True
        token = money.root
        fund = False
        for _ in range(3):
            if token.head.i == token.i:
                return False
            token = token.head
            fund = fund or token.lower_ in self.words["fund_noun"]
            if token.pos_ in ("VERB", "AUX"):
                # 'Demeter lance un fonds de 400 millions': a manager raises its fund from others
                return self.token_in_class(token, "raise_verb") or (fund and token.lower_ in self.words["fund_launch_verb"])
        return False

    def borrowed(self, money: Span, cue: Cue) -> bool:
        """'le distributeur a signé un crédit syndiqué de 200 millions auprès d'un pool de six banques': a loan
        taken 'auprès de' lenders is borrowed by the subject, as with 'emprunter'."""
        doc = money.doc
        noun = doc[cue.start]
        if cue.kind != "pledge_noun" or noun.lower_ not in self.words["loan_noun"] or noun.i > money.start:
            return False
        sent = sentence_of(money)
        return any(t.lower_ == "auprès" for t in doc[money.end : min(sent.end, money.end + 3)])

    def added_to_own_round(self, money: Span) -> bool:
        """'La licorne a annoncé avoir ajouté 300 millions de dollars à sa série C': money a company puts into
        its own round comes from the round's investors; the company receives it."""
        verb = verb_above(money.root, 3)
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        return any(
            c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and self._raise_noun(c)
            and any(d.dep_ == "det" and d.lower_ in ("sa", "son", "ses", "leur", "leurs") for d in c.children)
            for c in verb.children
        )

    def given_by_voir(self, token: Token) -> Optional[Token]:
        """The giving verb of a 'se voir + infinitive' passive ('se voit attribuer', 's'est vu
        octroyer') that governs the token, within three heads; else None."""
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX"):
                if self.passive_with_voir(token):
                    return token
                for child in token.children:
                    if child.dep_ == "xcomp" and self.passive_with_voir(child):
                        return child
            if token.head.i == token.i:
                return None
            token = token.head
        return None

    @staticmethod
    def passive_with_voir(token: Token) -> bool:
        """'se voit attribuer', 's'est vu accorder', 'se verront octroyer': the French passive of
        giving, whose subject is the one who receives."""
        doc = token.doc
        words = [t.lower_ for t in doc[max(0, token.i - 3) : token.i]]
        return any(w.startswith(("voi", "vu", "ver")) for w in words[-2:]) and any(
            w in ("se", "s'", "s’") for w in words
        )

    def main_subject_actor(self, sent: Span, before: int) -> Optional[str]:
        """The first subject before token ``before`` (the amount, a colon) that names an actor, whatever verb it
        hangs on: the parser often loses the link between a participle ('représentant ...') and its subject."""
        for token in sent:
            if token.i >= before:
                break
            if token.dep_ in SUBJECT_DEPS:
                actor = self.actor_of_phrase(token)
                if actor:
                    return actor
        return None

    def source_verb(self, money: Span) -> Optional[Token]:
        """'Un million d'euros viendra de la Région': the verb saying where the amount, its subject, comes from."""
        root = money.root
        if root.dep_ == "nsubj" and root.head.lower_ in self.words["source_verb_form"]:
            return root.head
        # ('S'y ajoutent 38 millions d'euros issus de France 2030': a participle on the amount, when no subject
        # gives it; 'Bruxelles y consacrera 1,2 milliard, issus du Fonds pour l'innovation' is Bruxelles's)
        if any(c.dep_ in SUBJECT_DEPS for c in root.head.children) and root.head.i != root.i:
            return None
        return next(
            (c for c in root.children if c.dep_ in ("acl", "amod") and c.lower_ in self.words["source_verb_form"]), None
        )

    def source_actor(self, money: Span) -> Optional[str]:
        """'Deux milliards de livres viendront par ailleurs de la jeune pousse londonienne Nscale', 'proviennent
        directement du budget de l'Union européenne': the first actor after the 'de' that follows the verb."""
        verb = self.source_verb(money)
        if verb is None:
            return None
        doc, sent = money.doc, sentence_of(money)
        for i in range(verb.i + 1, min(verb.i + 5, sent.end)):
            if doc[i].lower_.replace("’", "'") in ("de", "du", "des", "d'"):
                actor = next(
                    (e for e in sent.ents if i < e.start <= i + 8 and e.label_ in ("ORG", "LOC", "PER") and self.may_act(e)),
                    None,
                )
                if actor is not None:
                    return self.name_of(actor)
                return self.programme_owner(doc[i : min(i + 6, sent.end)])  # 'issus de France 2030'
        return None

    def cost_bearer(self, money: Span, cue: Cue) -> Optional[str]:
        """'L'usine représente un investissement de 150 millions pour la société', 'Pour l'industriel, le
        chantier représente un investissement de 3,4 milliards': a project's cost is borne by the actor the
        cost is 'pour', when no one is said to pay it."""
        if cue.kind != "pledge_noun":
            return None
        noun = money.doc[cue.start]
        if noun.pos_ in ("VERB", "AUX"):
            return self.cost_dative(noun, money)  # 'Le chantier a coûté 6,3 millions à Méthamené'
        phrases = [c for c in noun.children if c.i > money.end]
        if noun.dep_ in ("obj", "nsubj", "nsubj:pass"):
            phrases += [c for c in noun.head.children if c.i < noun.head.i and c.dep_ in ("obl:mod", "obl:arg", "obl")]
        for phrase in phrases:
            cases = [c for c in phrase.children if c.dep_ in ("case", "mark") and c.i < phrase.i]
            if cases and cases[0].lower_ == "pour" and phrase.ent_type_ not in ("LOC", "DATE", "MONEY"):
                actor = self.actor_of_phrase(phrase)
                if actor:
                    return actor
        return None

    def cost_dative(self, verb: Token, money: Span) -> Optional[str]:
        """'coûtera 14,5 M€ à la collectivité': the one a cost verb says the amount costs pays it (wherever
        the parser hangs 'à X': on the verb or on the amount)."""
        for phrase in (*verb.children, *money.root.children):
            if (
                phrase.i > money.end
                and any(t.ent_type_ in ("ORG", "LOC") for t in phrase.doc[phrase.i : phrase.i + 2])  # 'à la coopérative X'
                and any(c.dep_ == "case" and c.lower_ in ("à", "au") for c in phrase.children)
            ):
                bearer = self.actor_of_phrase(phrase)
                if bearer:
                    return bearer
        return None

    def project_owner(self, money: Span, project: Token) -> Optional[str]:
        """Who pays for a project whose cost a sentence gives with no payer, as the sentence says it: the one
        it costs ('coûtera 14,5 M€ à la collectivité'), the organisation the project is of ('la gigausine
        d'Helioforge', 'l'usine de Vigilens')."""
        doc = money.doc
        bearer = self.cost_dative(project.head, money) if project.dep_ in SUBJECT_DEPS else None
        if bearer:
            return bearer
        for ent in sentence_of(money).ents:
            if (
                ent.label_ == "ORG" and project.i < ent.start <= project.i + 4 and ent.start < money.start
                and doc[ent.start - 1].lower_ in ("de", "d'", "d’", "du") and self.may_act(ent)
            ):
                return self.name_of(ent)
        return None

    def title_builder(self, doc: Doc) -> Optional[tuple[int, str]]:
        """The company the title is about (rank 0), else the local government it is about (rank 1); not a
        state, a public bank, a fund, nor the rubric before the colon ('Villeneuve-d'Ascq : la rénovation
        du campus ...'). Found once per doc: each cost amount asks for it."""
        return per_doc("title_builder", doc, lambda: self._title_builder(doc))

    def _title_builder(self, doc: Doc) -> Optional[tuple[int, str]]:
        countries = set(self.mapping["nationality"].values())
        offset = first_line_bounds(doc)[0]
        builders = []
        for ent in title_ents(doc):
            opening = ent.start_char == offset
            if opening and doc_word(doc, ent.end) == ":":
                continue
            # ('Laval rénove ses gymnases': the town opening the title is its council, whatever the parse)
            if ent.label_ not in ("ORG", "LOC") or not (
                self.may_act(ent, unknown_place=ent.root.dep_ in SUBJECT_DEPS) or (opening and ent.label_ == "LOC")
            ):
                continue
            before = [t.lower_ for t in doc[max(0, ent.start - 2) : ent.start] if t.lower_ not in DEFINITE_ARTICLES]
            if before and before[-1] in PLACE_PREPOSITIONS and (before[-1] not in ("à", "au", "aux") or ent.label_ == "LOC"):
                continue  # 'Dans le Val de Saire, la coopérative ...': where, not who (not 'prête 400 M€ à Valeo')
            name = self.name_of(ent)
            if name in countries or name.lower() in self.words["public_funder"] or self.is_investor_name(name):
                continue
            kind = default_table().kinds.get(name)
            # (the title's subject first: 'Dans le Val de Saire, la coopérative Terres de Saire mise 42 millions')
            subject = ent.root.dep_ in SUBJECT_DEPS
            if kind in ("region", "department", "city") or self.is_council(ent):
                builders.append((1, not subject, ent.start, name))
            elif ent.label_ == "ORG":
                builders.append((0, not subject, ent.start, name))
        if not builders:
            return None
        rank, _, _, name = min(builders)
        return (rank, name) if name else None

    def restated_giver(self, sent: Span) -> Optional[str]:
        """'Le Conseil a validé le principe d'un prêt de l'État couvrant la moitié du coût. Soit une enveloppe
        de 36 milliards': a sentence opening on 'Soit' sizes the aid of the sentence before; its giver is the
        one named after that aid ('un prêt de l'État'), not the subject that approved it."""
        first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
        previous = previous_sentence(sent)
        if first is None or first.lower_ != "soit" or previous is None:
            return None
        for token in previous:
            if token.lower_ in self.words["aid_noun"] or self.token_in_class(token, "pledge_noun"):
                giver = self.named_after_de(token, labels=ACTOR_LABELS)
                if giver:
                    return giver
        return None

    def named_after_de(self, token: Token, reach: int = 2, labels=("ORG", "LOC", "PER")) -> Optional[str]:
        """'20 milliards de Brookfield', 'un prêt de l'État', 'les adhérents de la coopérative Vinalys': the
        actor named right after the 'de' that follows ``token``, within ``reach`` words of it."""
        doc = token.doc
        link = token.i + 1
        if link + 1 >= len(doc) or doc[link].lower_ not in ("de", "du", "des", "d'", "d’"):
            return None
        for ent in sentence_of(token).ents:
            if ent.label_ in labels and link + 1 <= ent.start <= link + reach and self.may_act(ent):
                return self.name_of(ent)
        return None

    def genitive_owner(self, money: Span) -> Optional[str]:
        """'20 milliards de Brookfield', '16,8 millions d'euros de subventions de l'État': an actor right after
        the amount (or after the aid it is counted in), joined by de/du/des."""
        doc = money.doc
        aid = doc[money.end + 1] if money.end + 1 < len(doc) and doc_word(doc, money.end) in ("de", "du", "des", "d'") else None
        if aid is not None and aid.lower_ in self.words["aid_noun"] and doc_word(doc, aid.i + 1) in ("de", "du", "des", "d'"):
            return self.named_after_de(aid)
        return self.named_after_de(doc[money.end - 1])

    def adopt_main_investor(self, candidates: list[Candidate]) -> None:
        """In an article about one plan, sub-envelopes ('4 milliards d'euros doivent permettre ...')
        name no actor: they belong to the investor the article names most often from syntax."""
        counts: dict[str, int] = defaultdict(int)
        for cand in candidates:
            if cand.investor_strength == 2 and cand.fields["investor"] and not cand.raise_kind:
                counts[cand.fields["investor"]] += 1
        main = max(counts, key=counts.get) if counts else None
        if main is None and candidates:
            # 'CDP Venture Capital déploiera quatre enveloppes. [...] Deux milliards iront aux tours de
            # croissance': no amount has a named giver; the investor or public body the title is about
            # gives them (a company or start-up of the title rather receives)
            doc = candidates[0].money.doc
            topic = self.title_org(doc)
            if has_title(doc) and topic and self.is_funder(topic):
                main = topic
        for cand in candidates:
            guess = cand.fields["investor"]
            programme = self.programme_owner(cand.sent) if cand.aid else None
            if cand.aid and cand.investor_strength < 2 and guess is not None and (programme or not self.is_public(guess)):
                # 'Une subvention de 153 millions lui sera versée': a guess from a nearby mention for a grant
                # yields to the programme it draws on ('au titre de France 2030'), and a company's name also
                # to the article's public funder
                cand.fields["investor"] = programme or _article_funder(cand.money.doc, self) or guess
            if cand.fields["investor"] is None and not (cand.unnamed_giver or self.states_no_lead(cand.sent)) and (
                cand.aid or cand.received or not (cand.raise_kind and cand.fields["recipient"])
            ):
                # 'Vogo bénéficie d'une avance remboursable de 800 000 euros', 'Newcleo reçoit 20 M€': a
                # grant comes from the article's public funder
                # ('Maubeuge bénéficiera de 450 millions': a site receives from the article's company)
                # ('La France recevra 1,5 milliard pour ses centres de données': a state that receives gets
                # the article's investor's money, not a public funder's)
                # ('Omnes Capital obtient 120 millions pour son fonds' in an article about an insurer's envelope:
                # what is received, not as aid, comes from the article's private investor)
                from_funder = cand.aid or (
                    cand.received
                    and cand.fields["recipient"]
                    and not self.is_public(cand.fields["recipient"])
                    and not (main and self.is_investor_name(main))
                )
                funder = (programme or _article_funder(cand.money.doc, self)) if from_funder else None
                cand.fields["investor"] = funder or main
            elif cand.investor_strength < 2 and not cand.raise_kind and self.breaks_down(cand.sent):
                # 'Dans le détail, 4 milliards prendront la forme de prêts', 'Sur cette somme, 2 milliards
                # sont fléchés vers ...': the whole just named, else the article's main investor, pays
                whole = [
                    c for c in candidates
                    if c.money.start < cand.money.start and c.investor_strength >= 1 and c.fields["investor"]
                    and c.sent.start < cand.sent.start and (c.money._.value or 0) > (cand.money._.value or 0)
                ]
                cand.fields["investor"] = whole[-1].fields["investor"] if whole else main or cand.fields["investor"]

    def adopt_article_beneficiary(self, candidates: list[Candidate]) -> None:
        """'La Région Bretagne versera une subvention de 3,5 millions', 'Le fonds y place à lui seul 3,5
        millions': a grant, a loan or a ticket whose sentence names no receiver goes to the company the
        article is about: the one its title names, when the other records receive nothing else."""
        beneficiary = self.article_beneficiary(candidates)
        if beneficiary is None:
            return
        for cand in candidates:
            investor = cand.fields["investor"]
            if cand.fields["recipient"] or investor == beneficiary:
                continue
            if cand.unnamed_giver or (investor and self.supports_another(cand)):
                cand.fields["recipient"] = beneficiary  # ('612 particuliers ont apporté 500 000 euros': to it too)
        # ('La Région Hauts-de-France consent une avance remboursable de 30 millions' in an article on a
        # plant at Douai: the support goes where the beneficiary's project is, and to what it builds, 'son
        # usine de batteries'; a start-up's round and the tickets in it have no place unless the text ties one)
        raises = any(c.raise_kind and c.fields["recipient"] == beneficiary for c in candidates)
        if raises or self.is_investor_name(beneficiary):
            return
        scale = {"city": 0, "department": 1, "region": 2, "country": 3, "continent": 4}
        choose = {
            # the most specific place of the company's own project (a town before its département)
            "location": lambda seen: min(seen, key=lambda p: (scale.get(default_table().kinds.get(p) or "city", 0), -seen[p])),
            "target": lambda seen: seen.most_common(1)[0][0],  # the target of its own spending
        }
        for field, pick in choose.items():
            seen = Counter(
                c.fields[field] for c in candidates
                if c.fields[field] and c.fields["investor"] == beneficiary and not c.raise_kind
            )
            if not seen:
                continue
            project = pick(seen)
            for cand in candidates:
                if cand.fields["recipient"] == beneficiary and not cand.fields[field] and not cand.raise_kind:
                    cand.fields[field] = project

    def article_beneficiary(self, candidates: list[Candidate]) -> Optional[str]:
        """The title's organisation that receives money elsewhere in the article; failing that, its first
        company when nothing in the article is received ('SNCF Voyageurs commande trente TGV, Alstom
        investit 45 millions': Alstom, the one that also puts money in)."""
        if not candidates:
            return None
        doc = candidates[0].money.doc
        if not has_title(doc):
            return None
        topics = self.title_orgs(doc)
        received = {c.fields["recipient"] for c in candidates if c.fields["recipient"]}
        if received:
            return next((t for t in topics if t in received), None)
        # nothing received: the title's company, when the other givers only support it (public bodies, banks,
        # funds); in a roundup where other companies invest too ('Brookfield', 'Fluidstack' beside the
        # title's 'Stargate'), it is not the beneficiary of every grant
        private = {c.fields["investor"] for c in candidates if c.fields["investor"] and not self.is_funder(c.fields["investor"])}
        companies = [t for t in topics if not self.is_funder(t)]
        topic = next((t for t in companies if t in private), next(iter(companies), None))
        # (one other private giver is allowed: often the same company under a shorter name, 'Triskalia')
        return topic if topic is not None and len(private - {topic}) <= 1 else None

    def supports_another(self, cand: Candidate) -> bool:
        """A grant or loan, a share 'à lui seul', or a verb of support ('apporter', 'accorder',
        'souscrire'): money handed to someone, not spent by the giver on its own project."""
        if cand.aid:
            return True
        words = {t.lower_ for t in cand.sent}
        if words & self.words["aid_noun"] or any(w in cand.sent.text.lower() for w in self.words["alone_share"]):
            return True
        return self.token_in_class(cand.money.doc[cand.cue_at], "support_verb")

    def programme_owner(self, sent: Span) -> Optional[str]:
        """'une aide de 92 millions, accordée au titre de France 2030': public aid drawn on a named
        programme is the money of the body that runs it (lexicon programme_owner)."""
        text = sent.text.lower()
        return next((owner for name, owner in self.mapping["programme_owner"].items() if name in text), None)

    def breaks_down(self, sent: Span) -> bool:
        """A sentence that details a pledge already announced ('Dans le détail', 'Le reste', 'Dont',
        'Les 5 milliards restants')."""
        words = [t.lower_ for t in sent if not t.is_space]
        opening = " ".join(words)[:40]
        # ('Les 5 milliards d'euros restants financeront ...': the rest of a whole)
        return opening.startswith(tuple(self.words["breakdown_marker"])) or any(
            w in self.words["breakdown_word"] for w in words[:8]
        )

    def aid_granter_before(self, sent: Span, money: Span) -> Optional[str]:
        """'Le CNES a notifié deux aides. Latitude reçoit 11 millions d'euros ...': an amount received
        right after a sentence of the same paragraph that grants aid comes from that sentence's subject."""
        previous = sent
        for _ in range(2):
            if line_break_before(money.doc, previous.start):
                return None
            previous = previous_sentence(previous)
            if previous is None:
                return None
            aid = next((t for t in previous if t.lower_ in self.words["aid_noun"]), None)
            if aid is not None:
                return self.main_subject_actor(previous, money.start) or self.first_bare_actor(previous, aid.i)
        return None

    def subject_receives(self, money: Span, actor: str) -> bool:
        """'le groupe percevra une aide de 115 millions': the actor is the subject of a receive verb above
        the amount (not a lender named by 'auprès de')."""
        verb = verb_above(money.root, 3)
        return self.token_in_class(verb, "receive_verb") and any(
            c.dep_ in ("nsubj", "nsubj:pass") and self.actor_of_phrase(c) == actor for c in verb.children
        )

    def subsidised_company(self, money: Span, actor: str) -> bool:
        """'Intel avait ouvert le bal : 8,5 milliards de dollars de subventions': a company never hands out
        subsidies; named with one, it gets it."""
        doc = money.doc
        after = money.end
        if after < len(doc) and doc[after].text == "(":  # '8,5 milliards de dollars (7,9 milliards d'euros) de subventions'
            after = next((t.i + 1 for t in doc[after : after + 12] if t.text == ")"), after)
        near = [t.lower_ for t in doc[max(0, money.start - 3) : money.start]] + [doc_word(doc, after + 1)]
        return any(w in self.words["subsidy_noun"] for w in near) and default_table().kinds.get(actor) in (
            "company", "startup", "group"
        )

    def is_aid(self, money: Span) -> bool:
        """'une subvention de 350 000 euros', 'une avance remboursable de 4 millions'."""
        doc = money.doc
        before = " ".join(t.lower_ for t in doc[max(0, money.start - 5) : money.start])
        if any(f" {noun} de" in f" {before}" or f" {noun} d'" in f" {before}" for noun in self.words["aid_noun"]):
            return True
        # 'une aide publique de 92 millions', 'Montant du soutien public : 399 millions'
        return any(
            f" {noun} {public} {link}" in f" {before}"
            for noun in self.words["aid_noun"] | self.words["qualified_aid_noun"]
            for public in self.words["public_qualifier"]
            for link in ("de", "d'", ":")
        )
