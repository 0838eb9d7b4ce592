"""Sentence and span helpers: French news sentences as the linker reads them."""

from __future__ import annotations

from typing import Any, Callable, Optional

from spacy.tokens import Doc, Span, Token

from ...canonical import normalise_apostrophes
from ..spans import line_break_before

ACTOR_LABELS = ("ORG", "LOC", "PER", "MISC")
ACTOR_PREFERENCE = {"ORG": 0, "LOC": 1, "PER": 2, "MISC": 3}
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
RELATIVE_PRONOUNS = ("qui", "lequel", "laquelle")  # a subject that points back to its antecedent
DEFINITE_ARTICLES = ("le", "la", "les", "l'", "l’")


CLAUSE_ENDS = {".", "!", "?", ";", ","}


def sentence_of(item: Span | Token) -> Span:
    """The sentence, as line_sentences bounded it (a line break or a full stop before a capital), so the
    linker and the entity rules read the same sentences."""
    doc = item.doc
    index = item.i if isinstance(item, Token) else item.start
    start, end = _sentence_bounds(doc)[index]
    return doc[start:end]


_PER_DOC: dict[str, tuple[Doc, Any]] = {}


def per_doc(name: str, doc: Doc, compute: Callable[[], Any]) -> Any:
    """A value computed once per doc (the linker asks for sentences, the text or the article's country
    many times). One doc at a time: the values of the previous doc are dropped."""
    cached = _PER_DOC.get(name)
    if cached is None or cached[0] is not doc:
        if any(entry[0] is not doc for entry in _PER_DOC.values()):
            _PER_DOC.clear()  # keep no reference to finished docs
        cached = _PER_DOC[name] = (doc, compute())
    return cached[1]


def forget_sentences() -> None:
    """Drop the values cached for the last doc (called when the component is done with it)."""
    _PER_DOC.clear()


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per doc (spaCy rebuilds it from the tokens at every access)."""
    return per_doc("text", doc, lambda: doc.text)


def first_line_bounds(doc: Doc) -> tuple[int, int]:
    """Character offsets of the article's first non-blank line (its title when it has one)."""
    text = text_of(doc)
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    return start, (len(text) if end < 0 else end)


def has_title(doc: Doc) -> bool:
    """A first line followed by a body: a title (a one-line text has none)."""
    return first_line_bounds(doc)[1] < len(text_of(doc).rstrip())


def title_ents(doc: Doc) -> list[Span]:
    """The entities of the article's first line (its title), found once per doc."""
    def compute() -> list[Span]:
        offset, end = first_line_bounds(doc)
        return [e for e in doc.ents if offset <= e.start_char < end]

    return per_doc("title_ents", doc, compute)


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Token index -> (start, end) of its sentence, computed once per doc (the linker asks for sentences
    many times, and ``Token.sent`` walks the doc each time)."""
    return per_doc("sentences", doc, lambda: [(sent.start, sent.end) for sent in doc.sents for _ in sent])


PLACE_PREPOSITIONS = ("à", "en", "dans", "au", "aux", "vers", "sur")  # 'à Lyon', 'aux Pays-Bas': where, not who
POSSESSIVES = ("son", "sa", "ses", "leur", "leurs", "notre", "nos")  # 'ses réseaux', 'de son propre bilan': whose


def article_phrase(article: str, head: str) -> str:
    """'le' + 'groupe' -> 'le groupe', "l'" + 'industriel' -> "l'industriel": the spelling of the lexicon's
    org_anaphor entries."""
    return f"{article}{'' if article.endswith(chr(39)) else ' '}{head}"


def acts_as_subject(ent: Span) -> bool:
    """'Chery reprend', and 'Le constructeur chinois Chery reprend': a subject, or the name of a subject
    head noun."""
    root = ent.root
    return root.dep_ in SUBJECT_DEPS or (
        root.dep_ in ("appos", "flat:name", "nmod", "amod")
        and root.head.i < ent.start
        and root.head.dep_ in SUBJECT_DEPS
    )


def is_topic(ent: Span) -> bool:
    """'Pour Serena, l'exercice est différent', 'Chez Mirakl, ...': a name set up front as what the sentence,
    and the next one, speak about."""
    doc = ent.doc
    opening = [t for t in doc[sentence_of(ent[0]).start : ent.start] if not t.is_space]
    return (
        len(opening) == 1
        and opening[0].lower_ in ("pour", "chez", "côté")
        and ent.end < len(doc)
        and doc[ent.end].text == ","
    )


def opening_participle(token: Token) -> bool:
    """'Doté de 900 millions d'euros par l'État, le dispositif ...': a past participle opening its
    sentence (the tagger often reads it as a noun)."""
    return token.is_sent_start and token.lower_.endswith(("é", "ée", "és", "ées"))


def is_cleft(money: Span, sent: Span) -> bool:
    """'C'est enfin 1,1 Md€ que le groupe Al Bidda compte consacrer à ...': the amount set between 'c'est'
    and 'que', its verb and actor far after it."""
    doc = money.doc
    opening = [normalise_apostrophes(t.lower_) for t in doc[max(sent.start, money.start - 3) : money.start]]
    return "c'" in opening[:2] and money.end < sent.end and normalise_apostrophes(doc[money.end].lower_) in ("que", "qu'")


def words_before(money: Span, sent: Span, count: int = 6) -> str:
    """The lower-case words (space-joined) of up to ``count`` tokens before the amount, in its sentence."""
    return " ".join(t.lower_ for t in money.doc[max(sent.start, money.start - count) : money.start])


def verb_taking(money: Span) -> Optional[Token]:
    """The verb the amount is the object of ('nous prête 15 millions', 'a débloqué 180 millions'), else None."""
    verb = money.root.head
    return verb if money.root.dep_ == "obj" and verb.pos_ in ("VERB", "AUX") else None


LABEL_REACH = 4  # tokens allowed between a label's colon and its amount ('Montant : près de 22 M€')


def amount_label(money: Span) -> Optional[Span]:
    """'Montant de l'opération : 22 M€', 'Coût du projet : 1,2 milliard', 'Montant accordé : 22 M€': words
    with no finite verb and a colon, opening the sentence, name the amount that follows. Returns the label
    (without its colon), else None."""
    doc = money.doc
    sent = sentence_of(money)
    colon = next((t.i for t in doc[sent.start : money.start] if t.text == ":"), None)
    if colon is None or colon == sent.start or money.start - colon > LABEL_REACH:
        return None
    if any(
        t.pos_ == "AUX" or (t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm")) for t in doc[sent.start : money.start]
    ):
        return None
    return doc[sent.start : colon]


def across_clauses(doc: Doc, i: int, j: int) -> bool:
    """Does a colon or a semicolon stand between tokens i and j (another clause: 'ne pèsera pas sur son bilan :
    c'est la foncière qui le financera')?"""
    return any(t.text in (":", ";") for t in doc[min(i, j) : max(i, j)])


def has_phrase(words: str, phrases) -> bool:
    """Does a space-joined run of words hold one of the phrases, as whole words?"""
    return any(f" {p} " in f" {words} " for p in phrases)


def phrase_ending(words: str, phrases) -> Optional[str]:
    """The phrase a space-joined run of words ends on, as whole words ('... plafonnées à'), else None."""
    return next((p for p in phrases if f" {words}".endswith(f" {p}")), None)


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


ANALYST_NOUNS = {"analyste", "analystes", "économiste", "économistes", "stratégiste", "stratège", "consultant", "consultante"}


def _is_source(ent: Span) -> bool:
    """'Selon le ministre, Peter Kyle, ...', 'selon Synergy Research': who reports, not who pays."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "chez" and doc[ent.start - 2].lower_ in ANALYST_NOUNS:
        return True  # 'analyse Claire Mornet, analyste chez Oddo BHF': the analyst's firm comments, it pays nothing
    past_comma = False
    for token in reversed(doc[max(0, ent.start - 10) : ent.start]):
        if token.lower_ == "selon":
            # past a comma, only an apposition closed by another comma reports ('Selon le ministre,
            # Peter Kyle, ...'); 'Selon Les Echos, Iliad s'apprête à investir' is the subject
            return not past_comma or (ent.end < len(doc) and doc[ent.end].text == ",")
        if token.text in (".", ";", ":") or token.pos_ == "VERB":
            return False
        past_comma = past_comma or token.text == ","
    return False


def _name_tokens(token: Token) -> list[Token]:
    """The head and what names it ('le groupe canadien Brookfield'), not clauses hanging off it
    ('ce consortium réunissant OpenAI': OpenAI is a member, not the actor)."""
    tokens = [token]
    # ('par l'institution financière publique et de 28 millions par Axione': past a coordination, a name the
    # parser hangs on the head belongs to the other member)
    coordination = min((c.i for c in token.children if c.dep_ in ("cc", "conj") and c.i > token.i), default=None)
    for child in token.children:
        if child.dep_ in ("acl", "acl:relcl", "advcl", "conj", "cc", "punct", "ccomp", "xcomp"):
            continue
        if coordination is not None and child.i > coordination:
            continue
        tokens.extend(_name_tokens(child))
    return tokens


def _sentences_before(sent: Span, count: int) -> list[Span]:
    """Up to ``count`` sentences before ``sent`` in the same paragraph (no line break between)."""
    doc = sent.doc
    found, start = [], sent.start
    while len(found) < count and start > 0:
        if line_break_before(doc, start):
            break
        previous = sentence_of(doc[start - 1])
        found.append(previous)
        start = previous.start
    return found


def previous_sentence(sent: Span) -> Optional[Span]:
    """The sentence before ``sent``, skipping blank lines; None at the start of the doc."""
    doc = sent.doc
    if sent.start == 0:
        return None
    previous = sentence_of(doc[sent.start - 1])
    while previous.text.strip() == "" and previous.start > 0:
        previous = sentence_of(doc[previous.start - 1])
    return previous


def next_sentence(sent: Span) -> Optional[Span]:
    """The sentence after ``sent``, skipping blank lines; None at the end of the doc."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    following = sentence_of(doc[sent.end])
    while following.text.strip() == "" and following.end < len(doc):
        following = sentence_of(doc[following.end])
    return following


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
    while (
        start - 1 >= 0
        and doc[start - 1].pos_ in ("ADJ", "NOUN")
        and doc[start - 1].dep_ in ("amod", "compound", "nmod")
        and doc[start - 1].head.i == token.i
    ):
        start -= 1
    end = token.i + width
    if (
        end + 1 < len(doc)
        and doc[end].lower_ in ("de", "d'")
        and doc[end + 1].pos_ == "NOUN"
        and doc[end + 1].ent_type_ == ""
    ):
        end += 2
    while (
        end < len(doc)
        and end - token.i <= 3
        and doc[end].pos_ in ("ADJ", "PROPN", "NOUN", "X")
        and doc[end].ent_type_ not in ("MONEY", "DATE", "DURATION", "LOC")
        and not doc[end].is_punct
    ):
        end += 1
    return doc[start:end].text


RECALLING_AUXILIARIES = {"avait", "avaient"}  # the third-person pluperfect a news story recalls earlier events in


def auxiliaries(verb: Token) -> set[str]:
    """The auxiliaries of a verb, lower case ('a', 'ont', 'été'): they tell its tense and voice."""
    return {c.lower_ for c in verb.children if c.dep_.startswith("aux")}


def amount_tense(money: Span) -> set[str]:
    """The auxiliaries of the verb an amount hangs on ('avait réuni 650 millions' -> {'avait'})."""
    return auxiliaries(verb_above(money.root, 3))


def verb_above(token: Token, steps: int) -> Token:
    """The nearest verb at or above ``token`` within ``steps`` heads ('prend la tête de cette série C':
    from 'série' up to 'prend'); the last token reached when none is a verb."""
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token
