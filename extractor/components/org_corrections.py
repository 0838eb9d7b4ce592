"""Component ``org_corrections``: fix the ORG / LOC labels of ``fr_core_news_md`` with data and rules.

The base model tags many company names as LOC or MISC ("Brookfield" LOC, "OpenAI" MISC,
"BPI France" LOC) and misses invented start-up names. The pledge linker needs investors and
recipients as ORG with a canonical name, so this component:

* matches a gazetteer of real organisations and places with their aliases (PhraseMatcher; both
  apostrophes; longest match wins) -> ``organisations.jsonl``, ``places.jsonl``;
* applies grammar rules fed by word classes (``word_classes.jsonl``):
  - head noun (+ nationality or other modifier) + capitalised name: "la jeune pousse lyonnaise
    Zelkova", "les géants américains OpenAI et Nvidia";
  - capitalised words + legal suffix: "Nexaria Robotics", "Brevia SAS", "Kestrel Capital";
  - capitalised words + AI/IA: "Mistral AI", "Current AI" (not "France IA", not "Sommet IA");
* cleans the base entities: no leading article ("la France" -> "France"), no entity across a
  paragraph break, no single-word non-names ("IA", "Lire"), no all-lowercase MISC ("cloud");
* sets ``span._.canonical`` on every ORG / LOC / PER entity.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Optional

from spacy.lang.fr.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .. import extensions  # noqa: F401  (registers Span._.canonical)
from ..canonical import COMMUNES_FILE, AliasTable, normalise_apostrophes, normalise_key, strip_article
from .spans import default_data_dir, line_break_before, read_jsonl, set_entities, write_jsonl

ORGANISATIONS_FILE = "organisations.jsonl"
PLACES_FILE = "places.jsonl"
WORD_CLASSES_FILE = "word_classes.jsonl"
NAME_LABELS = ("ORG", "LOC", "PER")
# Tokens that may be left over when a base entity is replaced by the gazetteer names inside it
# ("Brookfield et Fluidstack" -> two ORG).
_TRIVIAL = {"et", "ou", ",", "&", "/", "-", "(", ")", "«", "»", '"'}
MAX_NAME_TOKENS = 6


@Language.factory("org_corrections", default_config={"data_dir": None})
def make_org_corrections(nlp: Language, name: str, data_dir: Optional[str]) -> "OrgCorrections":
    return OrgCorrections(nlp, name, data_dir=data_dir)


def _apostrophe_variants(text: str) -> set[str]:
    """Both spellings of an elided alias: "Banque européenne d'investissement" / "d’investissement"."""
    straight = normalise_apostrophes(text)
    return {straight, straight.replace("'", "’")}


def _is_name_token(token) -> bool:
    """Capitalised word, or a camel-case brand ("xAI", "eBay", "bioMérieux")."""
    text = token.text
    if not text or token.is_punct or token.is_space or token.like_num:
        return False
    if text[0].isupper():
        return True
    if text[0].isdigit():
        # '83North', '10T Holdings': digits + a capital inside a name; not '5G', '4K', '3D' alone
        letters = text.lstrip("0123456789")
        return bool(letters) and letters[0].isupper() and letters.isalpha() and (
            len(letters) >= 3 or (token.i + 1 < len(token.doc) and token.nbor().text[:1].isupper())
        )
    return text[0].isalpha() and any(c.isupper() for c in text[1:])


# A name after these sets the scene ('À Douai, le groupe ...', 'Selon Dupont, la start-up ...').
_SETTING_PREPOSITIONS = {"à", "au", "en", "dans", "vers", "sur", "selon", "pour", "avec", "par"}
_SERIES_WORDS = {"série", "séries", "tour", "round"}
_OPENING_QUOTES = {"«", '"', "“"}
_TRAILING_FUNCTION_WORDS = {"de", "d'", "du", "des", "l'", "la", "le", "les", "et"}
_MAGNITUDE_WORDS = {"millions", "million", "milliards", "milliard", "mds", "md", "m€", "md€", "000"}
_SENTENCE_END = {".", "!", "?", "…", ":", ";", "•", "—", "–"}


def _surnames(ents: Iterable[Span]) -> set[str]:
    """Words of the people named in full: 'Macron' after 'Emmanuel Macron' is a person's name."""
    return {t.text for e in ents if e.label_ == "PER" and len(e) > 1 for t in e}


def _longest_from(matches) -> dict[int, int]:
    """Matcher results as start -> end of the longest match starting there."""
    ends: dict[int, int] = {}
    for _, start, end in matches:
        ends[start] = max(end, ends.get(start, end))
    return ends


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Token ``i`` begins a sentence, a title or a quote: there a capital tells nothing.

    Punctuation and line breaks decide, not the parser, whose sentence starts are unreliable
    inside noun phrases ("La licorne française | Vestrane").
    """
    if i == 0:
        return True
    return doc[i - 1].text in _SENTENCE_END or line_break_before(doc, i)



# nouns that name a programme, not a company, before a camel-case name ('le programme InvestAI')
_PROGRAMME_HEADS = {"programme", "plan", "dispositif", "initiative", "label", "mécanisme", "instrument", "projet", "loi"}
_CAMEL = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]")


_CENTURY = re.compile(r"[IVX]+(?:e|ème|er)")
_PLACE_WORDS_BEFORE = {"le", "la", "les", "l'", "de", "du", "des", "d'", "à", "au", "aux", "en", "dans", "vers"}


def _camel_case(text: str) -> bool:
    """'GazelEnergie', 'BlaBlaCar' (not 'McAllen', 'MacArthur', "Emil'Hy", 'Saint-Avold')."""
    return text[:1].isupper() and text.isalpha() and not text.startswith(("Mc", "Mac")) and bool(_CAMEL.search(text))


class OrgCorrections:
    """Relabels and adds ORG / LOC entities and sets their canonical names."""

    def __init__(self, nlp: Language, name: str = "org_corrections", data_dir: Optional[str | Path] = None) -> None:
        self.nlp = nlp
        self.name = name
        self._load(Path(data_dir) if data_dir else default_data_dir(name))

    # --- data ---------------------------------------------------------------------------------
    def _load(self, path: Path) -> None:
        self.organisations = read_jsonl(path / ORGANISATIONS_FILE)
        self.places = read_jsonl(path / PLACES_FILE)
        self.word_class_rows = read_jsonl(path / WORD_CLASSES_FILE)
        self.communes = read_jsonl(path / COMMUNES_FILE) if (path / COMMUNES_FILE).exists() else []
        self._build()

    def _terms(self, cls: str) -> list[str]:
        return self.classes.get(cls, [])

    def _build(self) -> None:
        rows = self.organisations + self.places
        self.table = AliasTable(rows, self.communes)
        self.classes: dict[str, list[str]] = {}
        for row in self.word_class_rows:
            self.classes.setdefault(row["class"], []).extend(row["terms"])
        vocab = self.nlp.vocab
        make_doc = self.nlp.make_doc

        # Gazetteer. One matcher key per alias spelling, so that a match knows its alias' casing.
        # Single-word aliases with a capital match case-sensitively ("Orange", not "orange");
        # multi-word or lowercase aliases match on LOWER, and a match must then keep every
        # capital of the alias ("Caisse des Dépôts" is fine, "grand est" is not "Grand Est").
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        self.folded = PhraseMatcher(vocab, attr="LOWER")
        self.aliases: dict[int, tuple[str, str, tuple[bool, ...], bool]] = {}
        self.description_keys: set[int] = set()
        for row in rows:
            ambiguous = set(row.get("ambiguous", []))
            label = row.get("label", "ORG")
            descriptions = row.get("descriptions", [])
            for alias in [row["name"], *row.get("aliases", []), *descriptions]:
                alias = strip_article(alias, any_case=False)  # keeps "La Poste", "L'Oréal"
                for spelling in _apostrophe_variants(alias):
                    pattern = make_doc(spelling)
                    key = f"{self.name}|{row['name']}|{spelling}"
                    key_id = vocab.strings.add(key)
                    caps = tuple(t.text[:1].isupper() for t in pattern)
                    self.aliases[key_id] = (row["name"], label, caps, alias in ambiguous)
                    if alias in descriptions:
                        self.description_keys.add(key_id)
                    if len(pattern) == 1 and any(caps):
                        self.exact.add(key, [pattern])
                    else:
                        self.folded.add(key, [pattern])

        # Word classes of the rules; matcher keys map back to their class without the doc's vocab.
        self.match_classes = {
            vocab.strings.add(cls): cls
            for cls in ("org_head", "org_head_plural", "org_head_weak", "body_head", "legal_suffix", "ai_suffix")
        }
        self.heads = PhraseMatcher(vocab, attr="LOWER")
        for cls in ("org_head", "org_head_plural", "org_head_weak", "body_head"):
            patterns = [make_doc(v) for term in self._terms(cls) for v in _apostrophe_variants(term)]
            if patterns:
                self.heads.add(cls, patterns)
        demonyms = [d for row in self.places for d in row.get("demonyms", [])]
        self.demonyms = {d.lower() for d in demonyms if " " not in d}
        self.modifiers = PhraseMatcher(vocab, attr="LOWER")
        modifier_patterns = [
            make_doc(v) for term in self._terms("org_modifier") + demonyms for v in _apostrophe_variants(term)
        ]
        if modifier_patterns:
            self.modifiers.add("modifier", modifier_patterns)
        # 'fabricant de lasers', 'spécialiste de la cybersécurité': a lowercase complement of the head
        self.complements = Matcher(vocab)
        self.complements.add("complement", [[
            {"LOWER": {"IN": self._terms("complement_preposition")}},
            {"LOWER": {"IN": sorted({t.lower() for t in self._terms("article")})}, "OP": "?"},
            {"TEXT": {"REGEX": r"^[a-zàâçéèêëîïôûùüÿœæ][\w’'-]*$"},
             "LOWER": {"NOT_IN": sorted(STOP_WORDS | set(self._terms("person_noun")))}},
            # ('fabricant de composants électroniques Kaneda Seimitsu': the complement's adjective)
            {"TEXT": {"REGEX": r"^[a-zàâçéèêëîïôûùüÿœæ][\w’'-]*$"}, "POS": "ADJ", "OP": "?"},
        ]])
        self.suffixes = PhraseMatcher(vocab, attr="ORTH")
        for cls in ("legal_suffix", "ai_suffix"):
            patterns = [make_doc(term) for term in self._terms(cls)]
            if patterns:
                self.suffixes.add(cls, patterns)
        self.plural_determiners = {t.lower() for t in self._terms("plural_determiner")}
        self.articles = {normalise_apostrophes(t.lower()) for t in self._terms("article")}
        self.not_names = {t.lower() for t in self._terms("not_name")}
        self.seats = {t: row["institution"] for row in self.word_class_rows if row["class"] == "seat_metonym" for t in row["terms"]}
        self.event_names = set(self._terms("event_name"))
        self.body_tails = set(self._terms("body_tail"))
        self.name_tail_places = set(self._terms("name_tail_place"))
        self.body_abbreviations = {
            t: row["full"] for row in self.word_class_rows if row["class"] == "body_abbreviation" for t in row["terms"]
        }
        self.council_heads = set(self._terms("council_head"))
        self.council_name_heads = set(self._terms("council_name_head"))
        self.council_titles = [tuple(t.split()) for t in self._terms("council_title")]
        self.institution_heads = set(self._terms("institution_head"))  # one word each: read on a token
        self.org_modifiers = {t.lower() for t in self._terms("org_modifier") if " " not in t}
        self.company_verbs = [tuple(t.split()) for t in self._terms("company_verb")]
        self.company_contexts = [tuple(normalise_apostrophes(t).split()) for t in self._terms("company_context")]
        self.not_org_words = set(self._terms("not_org_word"))
        self.compound_tails = set(self._terms("compound_tail"))
        self.connectors = set(self._terms("name_connector"))
        self.participle_endings = tuple(self._terms("participle_ending"))

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        write_jsonl(path / ORGANISATIONS_FILE, self.organisations)
        write_jsonl(path / PLACES_FILE, self.places)
        write_jsonl(path / WORD_CLASSES_FILE, self.word_class_rows)
        write_jsonl(path / COMMUNES_FILE, self.communes)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> "OrgCorrections":
        self._load(Path(path))
        return self

    # --- component ----------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self._clean_base_entities(doc)
        base = list(doc.ents)
        candidates = self._gazetteer_spans(doc, base) + self._rule_spans(doc, base)
        compounds = self._not_name_compounds(doc)  # ('le contrat de plan État-Région': no council named there)
        candidates = [c for c in candidates if not any(c.start < end and start < c.end for start, end in compounds)]
        set_entities(doc, filter_spans(candidates))
        head_starts = {start for key_id, start, _ in self.heads(doc) if self.match_classes[key_id] != "body_head"}
        surnames = _surnames(doc.ents)
        doc.ents = [
            self._council(e) or self._seat_of_power(e) or self._company_not_place(e, head_starts, surnames)
            for e in doc.ents
        ]
        doc.ents = self._one_sense_per_document(self._complete_cut_names(list(doc.ents)), surnames)
        doc.ents = self._join_place_tails([self._known_organisation(e) for e in doc.ents])
        for ent in doc.ents:
            if ent.label_ == "PER":
                ent._.canonical = strip_article(ent.text, any_case=False)
            elif ent.label_ in NAME_LABELS:
                name = (
                    self._council_place(ent)
                    or (self.seats.get(ent.text) if ent.label_ == "ORG" else None)
                    or self.table.canonical(ent.text)
                )
                if ent.label_ == "ORG" and name[:1].islower() and " " in name:
                    name = name[0].upper() + name[1:]  # 'communauté urbaine de Dunkerque' as a name
                if ent.label_ == "LOC" and name == ent.text and name.isupper() and len(name) > 3:
                    name = self.table.commune_name(name) or name.title()  # a dateline: 'SAINT-DIZIER (Haute-Marne) –'
                ent._.canonical = name
        self._short_names(doc)
        self._abbreviated_bodies(doc)
        return doc

    def _abbreviated_bodies(self, doc: Doc) -> None:
        """'L'Agglo du Val de Sèvre' after 'la communauté d'agglomération du Val de Sèvre': the short kind of a
        body the article names in full is that body."""
        full_names = {(ent._.canonical or ent.text).lower(): ent._.canonical or ent.text for ent in doc.ents if ent.label_ == "ORG"}
        ents, relabelled = list(doc.ents), False
        for k, ent in enumerate(ents):
            end = ent.end
            if ent.text in self.body_abbreviations and k + 1 < len(ents):
                # 'Agglo' + 'du' + 'Pays de Fougères': the model cut the name after its kind
                between = [t.lower_ for t in doc[ent.end : ents[k + 1].start]]
                if between in (["du"], ["de"], ["des"], ["de", "la"], ["de", "l'"]):
                    end = ents[k + 1].end
            short, _, rest = doc[ent.start : end].text.partition(" ")
            for full in self.body_abbreviations.get(short, ()):
                name = full_names.get(f"{full} {rest}".lower())
                if rest and name:
                    if ent.label_ != "ORG" or end != ent.end:
                        ents[k] = Span(doc, ent.start, end, label="ORG")
                        relabelled = True
                    ents[k]._.canonical = name
                    break
        if relabelled:
            doc.ents = filter_spans(ents)

    def _join_place_tails(self, ents: list[Span]) -> list[Span]:
        """'Société du Canal Seine-Nord' + 'Europe': a continent right after an organisation's name, with
        nothing between them, ends that name ('Toyota Motor Europe')."""
        joined: list[Span] = []
        for ent in ents:
            last = joined[-1] if joined else None
            if (
                last is not None and last.label_ == "ORG" and ent.label_ == "LOC" and ent.start == last.end
                and ent.text in self.name_tail_places
            ):
                joined[-1] = Span(ent.doc, last.start, ent.end, label="ORG")
                continue
            joined.append(ent)
        return joined

    def _known_organisation(self, ent: Span) -> Span:
        """'Le Grand Port Maritime de Nantes Saint-Nazaire apporte': a place whose spelling differs from the
        gazetteer's only by case and hyphens, which the token matcher misses, is the organisation it names."""
        found = self.table.lookup(ent.text) if ent.label_ == "LOC" else None
        return Span(ent.doc, ent.start, ent.end, label="ORG") if found and found[1] == "ORG" else ent

    def _not_name_compounds(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of hyphenated compounds that are never names ('État-région')."""
        found = []
        for token in doc:
            if token.text == "-" and 0 < token.i < len(doc) - 1:
                words = doc[token.i - 1 : token.i + 2]
                if words.text.lower() in self.not_names:
                    found.append((words.start, words.end))
        return found

    def _short_names(self, doc: Doc) -> None:
        """'Neoma Business School ... Enfin, Neoma puisera 26 millions': the press gives a name in full once
        and shortens it elsewhere (the title too); a short name the gazetteer does not know takes the full
        name the article gives."""
        names = {ent._.canonical or ent.text for ent in doc.ents if ent.label_ in ("ORG", "MISC")}  # (the model
        # often calls the full name MISC: 'Neoma Business School')
        orgs = {ent._.canonical or ent.text for ent in doc.ents if ent.label_ == "ORG"}
        relabelled = False
        ents = list(doc.ents)
        for k, ent in enumerate(ents):
            # ('Halberd met 150 millions' tagged a person, 'Trevanor emploiera' a place no gazetteer knows)
            one_word = len(ent) == 1 and (
                ent.label_ == "PER"
                or (
                    ent.label_ == "LOC"
                    # (not 'de l'Ouest' before 'Ouest Logistique Marine', 'la Garonne' before 'Garonne Participations')
                    and not (ent.start > 0 and normalise_apostrophes(doc[ent.start - 1].lower_) in _PLACE_WORDS_BEFORE)
                )
            )
            if (
                (ent.label_ in ("ORG", "MISC") or one_word)
                and self.table.lookup(ent.text) is None
                and not self._is_place(ent._.canonical or "")
            ):
                # (a council is its place: 'conseil municipal de Montpellier' is not Montpellier Méditerranée Métropole)
                short = ent._.canonical or ent.text
                longer = sorted(
                    n for n in (names if ent.label_ == "ORG" else orgs)
                    if n.startswith(short + " ")
                    and all(w[:1].isupper() or w[:1].isdigit() for w in n[len(short) :].split())
                )  # ('Neoma boucle ...', a title's words the model took for a name, is none)
                if len(longer) != 1 or (ent.label_ == "LOC" and self.table.commune_name(ent.text) is not None):
                    continue  # (a French town is a town: the commune table is read only here, where it may decide)
                if ent.label_ != "ORG":
                    # 'Caravelle a racheté ...' after 'Caravelle Infra Partners': the model's MISC is the company
                    ents[k] = Span(doc, ent.start, ent.end, label="ORG")
                    relabelled = True
                ents[k]._.canonical = longer[0]
        if relabelled:
            doc.ents = ents

    # --- base entities ------------------------------------------------------------------------
    def _clean_base_entities(self, doc: Doc) -> None:
        """Trim articles and paragraph breaks off the model's entities; drop obvious non-names."""
        cleaned = []
        for ent in doc.ents:
            start, end = ent.start, ent.end
            for token in doc[start:end]:  # an entity never runs across a line break
                if token.is_space and "\n" in token.text:
                    end = token.i
                    break
            for token in doc[start + 1 : end]:
                if token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _MAGNITUDE_WORDS:
                    end = token.i  # 'le Département 3 millions': the name stops where an amount begins
                    break
            while end > start and (
                doc[end - 1].is_space
                or doc[end - 1].is_punct
                or normalise_apostrophes(doc[end - 1].lower_) in _TRAILING_FUNCTION_WORDS
            ):
                end -= 1  # 'LinkedIn ·', quotes, 'Fonds chaleur de l'' cut before its owner's name
            while start < end and (
                doc[start].is_space or doc[start].is_punct or normalise_apostrophes(doc[start].lower_) in {"de", "d'", "du"}
            ):
                start += 1  # 'de France' cut out of 'Banque de France' is not a place
            if (
                end - start > 2
                and len(doc[start].text) == 1
                and start > 0
                and doc[start - 1].lower_ in _SERIES_WORDS
                and normalise_apostrophes(doc[start + 1].lower_) in ("de", "d'", "du")
            ):
                start += 2  # 'la série C de Nabla': the letter names the round, the company follows
            if (
                end - start > 1
                and len(doc[start].text) == 1
                and start > 0
                and doc[start - 1].lower_ in _SERIES_WORDS
                and doc[start + 1].text[:1].islower()
            ):
                continue  # 'la série A valorise la jeune pousse': the round's letter and the words after it
            if end - start == 1 and _CENTURY.fullmatch(doc[start].text):
                continue  # 'un bâtiment du XVIIIe siècle': a century, not a name
            while (
                end - start > 1
                and (doc[start].lower_ in self.demonyms or (doc[start].pos_ == "ADJ" and doc[start].text.islower()))
                and doc[start + 1].text[:1].isupper()
            ):
                start += 1  # 'l'allemand Merck', 'le munichois Agile Robots': the nationality is no part of the name
            while (
                ent.label_ == "LOC"
                and end - start > 2
                and doc[start].text.islower()
                and doc[start].pos_ == "NOUN"
                and normalise_apostrophes(doc[start + 1].lower_) in ("de", "d'", "du")
                and doc[start + 2].text[:1].isupper()
            ):
                start += 2  # 'le site de Belfort', 'l'usine de Flins': the place is the name, the site is not
            label = ent.label_
            if (
                label == "PER"
                and end - start > 2
                and doc[start].is_alpha
                and doc[start].text.islower()
                and not self._is_article(doc[start])
            ):
                # 'directeur général de Sopravia' read as a person 'général de Sopravia': a person's
                # name opens on no lowercase word; what follows the role is the body it leads
                of = next((t.i for t in doc[start:end] if normalise_apostrophes(t.lower_) in ("de", "d'", "du")), None)
                if of is not None and of + 1 < end and doc[of + 1].text[:1].isupper():
                    start = of + 1
                    label = "LOC" if self._is_place(doc[start:end].text) else "ORG"
            if end - start > 1 and self._is_article(doc[start]):
                rest = doc[start + 1 : end].text
                whole = doc[start:end].text
                if doc[start].text[0].islower() or (
                    self.table.lookup(rest) is not None and self.table.names.get(normalise_key(whole)) is None
                ):
                    start += 1
            if start >= end:
                continue
            span = Span(doc, start, end, label=label)
            if span.text.lower() in self.not_names or (end - start == 1 and len(span.text) == 1):
                continue  # 'IA', page widgets, 'État-région', a lone letter ('série B')
            if span.text in self.event_names:
                span = Span(doc, start, end, label="MISC")  # 'Choose France' is a summit, not a company
            if (
                end - start == 1
                and span.text in self.compound_tails
                and start > 0
                and normalise_apostrophes(doc[start - 1].lower_) in {"d'", "de"}
            ):
                continue
            if not any(c.isupper() for c in span.text):
                continue  # 'la ville de Lyon': the model's lowercase 'ville' is no name (the gazetteer keeps 'evroc')
            if self._opening_participle(span) or self._rubric(span):
                continue
            cleaned.append(span)
        doc.ents = self._join_hyphenated(cleaned)

    @staticmethod
    def _join_hyphenated(ents: list[Span]) -> list[Span]:
        """'Liffré' + '-' + 'Cormier Communauté': the model cuts a hyphenated name in two; the whole
        is one name, labelled as its second part (which holds the head: 'Communauté')."""
        joined: list[Span] = []
        for ent in ents:
            if joined:
                last = joined[-1]
                doc = ent.doc
                if (
                    ent.start == last.end + 1
                    and doc[last.end].text == "-"
                    and not doc[last.end - 1].whitespace_
                    and not doc[last.end].whitespace_
                ):
                    joined[-1] = Span(doc, last.start, ent.end, label=ent.label_)
                    continue
            joined.append(ent)
        return joined

    def _council(self, ent: Span) -> Optional[Span]:
        """'Rennes Métropole', 'Lorient Agglomération', 'la Région Grand Est', 'le Département': a place and
        the kind of its council, or the capitalised kind alone, name the council; 'université de
        Bordeaux', 'Institut Pierre-Simon Laplace': the kind of an institution names the institution."""
        if ent.label_ == "LOC" and (
            (ent[-1].text in self.body_tails)  # ('la Métropole' alone, capitalised: the council)
            or any(t.text in self.body_tails for t in ent[1:-1])  # 'Loudéac Communauté Bretagne Centre'
            or ent[0].text in self.council_heads
            or (len(ent) > 1 and ent[0].text in self.council_name_heads)
            or (len(ent) > 1 and ent[0].lower_ in self.institution_heads)
        ):
            return Span(ent.doc, ent.start, ent.end, label="ORG")
        title_start = self._council_title_before(ent)
        if title_start is not None:
            return Span(ent.doc, title_start, ent.end, label="ORG")  # 'le conseil départemental de la Sarthe'
        if (
            ent.label_ == "LOC"
            and ent.start > 0
            and ent.doc[ent.start - 1].text == "Grand"
            and not (ent.start > 1 and ent.doc[ent.start - 2].lower_ in ("du", "de"))  # ('la Métropole du Grand Paris')
            and not self._is_place(ent.doc[ent.start - 1 : ent.end].text)
        ):
            return Span(ent.doc, ent.start - 1, ent.end, label="ORG")  # 'Grand Chambéry', 'Grand Poitiers': the intercommunality
        return None

    def _council_title_before(self, ent: Span) -> Optional[int]:
        """Where 'conseil départemental de (la)' starts before a place the gazetteer knows, else None."""
        if ent.label_ not in ("LOC", "ORG") or not self._is_place(ent.text):
            return None
        doc, i = ent.doc, ent.start - 1
        if i >= 0 and doc[i].lower_ in ("la", "l'", "l’"):
            i -= 1
        if i < 0 or normalise_apostrophes(doc[i].lower_) not in ("de", "du", "des", "d'"):
            return None
        for title in self.council_titles:
            start = i - len(title)
            if start >= 0 and tuple(t.lower_ for t in doc[start:i]) == title:
                return start
        return None

    def _council_place(self, ent: Span) -> Optional[str]:
        """'Région Bretagne', 'Département de la Moselle', 'conseil régional d'Occitanie': the council is
        named after its place (not 'Région Sud Investissement', a fund)."""
        if ent.label_ == "ORG" and ent[0].lower_ == "conseil" and len(ent) > 2:
            title_end = next((t.i for t in ent if t.i > ent.start and self._is_place(ent.doc[t.i : ent.end].text)), None)
            return self.table.canonical(ent.doc[title_end : ent.end].text) if title_end is not None else None
        if ent.label_ != "ORG" or ent[0].text not in self.council_heads or self.table.lookup(ent.text) is not None:
            return None
        rest = [t for t in ent[1:] if normalise_apostrophes(t.lower_) not in ("de", "du", "des", "d'", "la", "l'")]
        place = ent.doc[rest[0].i : ent.end].text if rest else ""
        # ('la Ville d'Amboise': any town has a council, known to the gazetteer or not)
        town = ent[0].text == "Ville" and place[:1].isupper()
        return self.table.canonical(place) if town or self._is_place(place) else None

    def _seat_of_power(self, ent: Span) -> Optional[Span]:
        """'Bruxelles a autorisé l'aide', 'le feu vert de Bruxelles': the seat names the institution;
        'à Bruxelles' stays the town."""
        if ent.label_ != "LOC" or ent.text not in self.seats:
            return None
        before = normalise_apostrophes(ent.doc[ent.start - 1].lower_) if ent.start > 0 else ""
        if (before in _SETTING_PREPOSITIONS and before != "par") or before in ("près", "depuis"):
            return None  # ('autorisées par Bruxelles', 'fixé par Bruxelles': the agent is the institution)
        return Span(ent.doc, ent.start, ent.end, label="ORG")

    @staticmethod
    def _complete_cut_names(ents: list[Span]) -> list[Span]:
        """'Alpes Deeptech Seed I a investi ...' after 'son fonds, Alpes Deeptech Seed I': a name the model cuts
        short ('Alpes Deeptech') where the words that follow complete a longer name the article gives
        elsewhere is that longer name (an organisation if either mention is one)."""
        if not ents:
            return ents
        doc = ents[0].doc
        longer = {tuple(t.text for t in e): e.label_ for e in ents if len(e) > 1}
        taken = {i for e in ents for i in range(e.start, e.end)}
        completed = []
        for ent in ents:
            words = tuple(t.text for t in ent)
            for name, label in longer.items():
                end = ent.start + len(name)
                if (
                    len(name) > len(ent) and name[: len(ent)] == words and end <= len(doc)
                    and tuple(t.text for t in doc[ent.end : end]) == name[len(ent) :]
                    and not any(i in taken for i in range(ent.end, end))
                ):
                    ent = Span(doc, ent.start, end, label="ORG" if "ORG" in (label, ent.label_) else label)
                    break
            completed.append(ent)
        return completed

    def _one_sense_per_document(self, ents: list[Span], surnames: set[str]) -> list[Span]:
        """A name that is an ORG once in an article is an ORG everywhere in it.

        The model tags an invented start-up a person or a place in one sentence and gets it right
        in another ("le fonds lyonnais Kreaxi" ... "chez Kreaxi"). Names the gazetteer knows and
        surnames of people named in full ("Macron" after "Emmanuel Macron") keep their label.
        """
        orgs = {e.text for e in ents if e.label_ == "ORG"}
        relabelled = []
        for ent in ents:
            if (
                ent.label_ in ("PER", "LOC")
                and ent.text in orgs
                and ent.text not in surnames
                and self.table.lookup(ent.text) is None
            ):
                ent = Span(ent.doc, ent.start, ent.end, label="ORG")
            relabelled.append(ent)
        return relabelled

    def _company_not_place(self, ent: Span, head_starts: set[int], surnames: set[str]) -> Span:
        """A place, a thing (MISC) or a one-word person the gazetteer does not know that acts like a
        company is one: 'Cyclofret, qui loue des vélos-cargos', 'Osivax lève 32 millions d'euros',
        'chez Morsense', 'un tour mené par Forbion', 'Kreaxi, une jeune pousse nantaise'."""
        if ent.label_ not in ("LOC", "PER", "MISC") or self.table.lookup(ent.text) is not None:
            return ent
        if ent.label_ == "MISC" and any(t.is_alpha and t.text[0].islower() for t in ent):
            return ent  # 'A d'Hélioflux' cut out of 'la série A d'Hélioflux' is no company name
        doc = ent.doc
        if (
            ent.start >= 2
            and doc[ent.start - 1].text.islower()
            and doc[ent.start - 1].lower_ in self.demonyms
            and (self._is_article(doc[ent.start - 2]) or doc[ent.start - 2].lower_ in ("au", "aux", "du"))
        ):
            # 'la bordelaise Osmia Santé', 'au grenoblois Lumentis', 'le marseillais Néréide': a lowercase demonym used as a noun
            # stands for a company (a person would be 'le Marseillais', capitalised)
            return Span(doc, ent.start, ent.end, label="ORG")
        company = Span(doc, ent.start, ent.end, label="ORG")
        before_words = tuple(normalise_apostrophes(t.lower_) for t in doc[max(0, ent.start - 4) : ent.start])
        before = before_words[-1] if before_words else ""
        apposed = ent.end + 1 < len(doc) and doc[ent.end].text == "," and self._apposed_company_head(
            doc, ent.end + 1, head_starts
        )
        person = ent.label_ == "PER" and (len(ent) > 1 or ent.text in surnames)
        # ('selon Thomas Wolf, la start-up compte ...': after a person, an article opens a new clause; 'Terres
        # d'Habitat, premier bailleur social de Moselle' describes with no article)
        bare = apposed and not self._is_determiner(doc[ent.end + 1])
        if apposed and before not in _SETTING_PREPOSITIONS and (bare or not person):
            return company  # 'le rachat de Cashéo, une jeune pousse nantaise'; 'Terres d'Habitat, premier bailleur social'
        if person:
            return ent  # 'Macron' after 'Emmanuel Macron' is a person
        if len(ent) == 1 and _camel_case(ent.text) and not (
            ent.start > 0 and doc[ent.start - 1].lower_ in _PROGRAMME_HEADS
        ):
            return company  # 'GazelEnergie', 'BlaBlaCar', 'HysetCo': a brand's spelling, no place's (not 'le programme InvestAI')
        if any(before_words[len(before_words) - len(c) :] == c for c in self.company_contexts):
            return company
        if before in ("de", "d'", "du") or before in _SETTING_PREPOSITIONS:
            return ent  # 'La société de Nanterre, qui développe ...': the relative clause is the company's
        after = [t.lower_ for t in doc[ent.end : ent.end + 5] if not t.is_space]
        if after[:2] == [",", "qui"]:
            after = after[2:]
        elif after[:1] == [","]:
            return ent  # 'Lyon, capitale de ...' describes; only 'X, qui ...' or 'X lève' acts
        if self._opens_on_company_verb(after) or self._acts_after_relative_clause(ent):
            return company
        return ent

    def _opens_on_company_verb(self, words) -> bool:
        """Do these lower-case words open on a company verb ('lève', 'a levé', 'conçoit')?"""
        return any(tuple(words[: len(v)]) == v for v in self.company_verbs)

    def _acts_after_relative_clause(self, ent: Span) -> bool:
        """'Klarwerk, qui aide les PME à piloter leur énergie, a levé 14 millions': the company verb comes
        after the relative clause, past its closing comma (the parse often loses the subject there)."""
        doc = ent.doc
        if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "qui":
            return False
        for i in range(ent.end + 2, min(len(doc), ent.end + 25)):
            if doc[i].text in (".", ";", ":", "\n") or doc[i].is_space:
                return False
            if doc[i].text == ",":
                return self._opens_on_company_verb([t.lower_ for t in doc[i + 1 : i + 5]])
        return False

    def _apposed_company_head(self, doc: Doc, i: int, head_starts: set[int]) -> bool:
        """Token i opens 'une jeune pousse nantaise', 'la société fondée par ...', 'un éditeur ...'."""
        if i < len(doc) and self._is_determiner(doc[i]):
            i += 1
        if i in head_starts:
            return True
        return i + 1 < len(doc) and doc[i].lower_ in self.org_modifiers and i + 1 in head_starts

    def _rubric(self, span: Span) -> bool:
        """'Semi-conducteurs : l'Espagne sort le grand jeu': the common noun that heads a title
        before its colon is the section, not a name."""
        doc = span.doc
        return (
            (span.start == 0 or line_break_before(doc, span.start))
            and span.end < len(doc)
            and doc[span.end].text == ":"
            and self.table.lookup(span.text) is None
            and all(not t.is_alpha or self.nlp.vocab.has_vector(t.lower_) for t in span)
            and not any(t.text.isupper() and len(t.text) > 1 for t in span)
        )

    def _opening_participle(self, span: Span) -> bool:
        """'Valorisée autour de 500 millions, la jeune pousse ...': an adjective or participle
        opening a sentence, which the base model took for a name because of its capital."""
        token = span[0]
        return (
            len(span) == 1
            and span.label_ != "PER"  # 'Marie', 'Sophie' open sentences too
            and _opens_sentence(span.doc, span.start)
            and token.lower_.endswith(self.participle_endings)
            and self.nlp.vocab.has_vector(token.lower_)
            and self.table.lookup(token.text) is None
        )

    def _is_article(self, token) -> bool:
        return normalise_apostrophes(token.lower_) in self.articles

    def _is_determiner(self, token) -> bool:
        """An article or 'un', 'une': what opens an apposition that describes ('une jeune pousse nantaise')."""
        return self._is_article(token) or token.lower_ in ("un", "une")

    # --- gazetteer ----------------------------------------------------------------------------
    def _gazetteer_spans(self, doc: Doc, base: list[Span]) -> list[Span]:
        found = []
        for matcher, case_checked in ((self.exact, False), (self.folded, True)):
            for key_id, start, end in matcher(doc):
                name, label, caps, ambiguous = self.aliases[key_id]
                tokens = doc[start:end]
                if case_checked and any(cap and not t.text[:1].isupper() for cap, t in zip(caps, tokens)):
                    continue
                if not any(caps) and end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                    continue  # 'la banque publique BNDES': a description before a name, not the alias it also is
                span = Span(doc, start, end, label=label)
                # A common word used as a company name ("Total", "Mistral") opening a sentence is a
                # name only if the model tagged it ORG or if a verb follows ("Mistral a levé").
                if ambiguous and _opens_sentence(doc, start) and not self._company_subject(doc, span, base):
                    continue
                if self._inside_longer_entity(span, base, claim_start=start):
                    continue
                # 'la banque publique' stands for Bpifrance: the linker reads it, the entity list leaves it out
                span._.description = key_id in self.description_keys
                found.append(span)
        return found

    @staticmethod
    def _company_subject(doc: Doc, span: Span, base: list[Span]) -> bool:
        if any(e.label_ == "ORG" and e.start <= span.start and span.end <= e.end for e in base):
            return True
        return span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX")

    def _inside_longer_entity(self, span: Span, base: list[Span], claim_start: int) -> bool:
        """True when ``span`` lies inside a longer base entity that says more than it does.

        "Alan" in PER "Alan Turing" and "Google" in ORG "Google Cloud" stay as the model saw them;
        leftovers made only of the rule's own head words or of "et", "," do not count.
        """
        for ent in base:
            if ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
                rest = [t for t in ent if not (claim_start <= t.i < span.end)]
                if all(t.text[:1].islower() or not t.is_alpha for t in rest):
                    continue  # 'Bpifrance pour décarboner': the model ran on into plain words
                if not all(t.lower_ in _TRIVIAL or self._is_article(t) or t.is_space for t in rest):
                    return True
        return False

    # --- rules --------------------------------------------------------------------------------
    def _rule_spans(self, doc: Doc, base: list[Span]) -> list[Span]:
        tagged = {i for e in base for i in range(e.start, e.end)}
        spans = self._head_spans(doc, base) + self._suffix_spans(doc, base) + self._acting_names(doc, tagged)
        return (
            [s for s in spans if not self._is_place(s)] + self._institution_spans(doc, base) + self._bare_councils(doc, tagged)
            + self._datelines(doc)
        )

    @staticmethod
    def _datelines(doc: Doc) -> list[Span]:
        """'SAINT-DIZIER (Haute-Marne) – Le groupe ...', 'DAKAR – ...': a paragraph opening on a name in
        capitals, then a dash (after the département in parentheses), is the town the story is filed from."""
        found = []
        for token in doc:
            if not line_break_before(doc, token.i) or not token.is_upper or len(token.text) < 3:  # (not the title)
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].is_upper and doc[end].is_alpha:
                end += 1  # 'LE HAVRE', 'SAINT NAZAIRE'
            after = end
            if after < len(doc) and doc[after].text == "(":
                after = next((t.i + 1 for t in doc[after : after + 6] if t.text == ")"), after)
            if after < len(doc) and doc[after].text in ("–", "—", "-"):
                found.append(Span(doc, token.i, end, label="LOC"))
        return found

    def _bare_councils(self, doc: Doc, tagged: set[int]) -> list[Span]:
        """'la Région 4 millions et le Département 3 millions': the capitalised kind of a council, untagged and
        with no name after it, is that council."""
        return [
            Span(doc, t.i, t.i + 1, label="ORG")
            for t in doc
            if t.i not in tagged and t.text in self.council_heads and not _opens_sentence(doc, t.i)
            and (t.i + 1 >= len(doc) or not doc[t.i + 1].text[:1].isupper())
        ]

    def _acting_names(self, doc: Doc, tagged: set[int]) -> list[Span]:
        """'Quantaly, qui édite une plateforme ...', 'Quantaly prévoit de consacrer ...': a proper noun the
        model left untagged that does what companies do is a company (an invented start-up's name is often
        unknown to the model and to the gazetteer)."""
        spans = []
        i = 0
        while i < len(doc):
            token = doc[i]
            if i in tagged or token.pos_ != "PROPN" or not token.is_alpha or not token.text[0].isupper() or len(token) < 3:
                i += 1
                continue
            end = i + 1
            while end < len(doc) and end not in tagged and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            after = [t.lower_ for t in doc[end : end + 5] if not t.is_space]
            if after[:2] == [",", "qui"]:
                after = after[2:]
            if (
                doc[i].lower_ not in self.not_org_words
                and (i == 0 or doc[i - 1].lower_ not in _SETTING_PREPOSITIONS)
                and self._opens_on_company_verb(after)
            ):
                spans.append(Span(doc, i, end, label="ORG"))
            i = end
        return spans

    def _institution_spans(self, doc: Doc, base: list[Span]) -> list[Span]:
        """'l'université de Bordeaux', 'le CHU de Nantes': the model tags only the town; the institution
        named after it is an ORG (the capitalised form, which the model tags whole, is read elsewhere)."""
        return [
            Span(doc, e.start - 2, e.end, label="ORG")
            for e in base
            if e.label_ == "LOC" and e.start >= 2
            and normalise_apostrophes(doc[e.start - 1].lower_) in ("de", "d'")
            and doc[e.start - 2].lower_ in self.institution_heads
        ]

    def _is_place(self, span: Span | str) -> bool:
        found = self.table.lookup(span if isinstance(span, str) else span.text)
        return found is not None and found[1] == "LOC"

    def _head_spans(self, doc: Doc, base: list[Span]) -> list[Span]:
        """Head noun (+ modifiers) + name: "le fonds émirati MGX", "la start-up Zelkova"."""
        modifier_end = _longest_from(self.modifiers(doc))
        complement_end = _longest_from(self.complements(doc))
        people = [e for e in base if e.label_ == "PER"]
        surnames = _surnames(base)
        spans = []
        for key_id, start, end in self.heads(doc):
            head = doc[start:end]
            cls = self.match_classes[key_id]
            if cls == "body_head":
                body = self._body_span(doc, start, end)
                if body is not None:
                    spans.append(body)
                continue
            # "Groupe ADP", "Banque Populaire": a capitalised head inside a sentence is a name itself.
            if head[0].text[0].isupper() and not _opens_sentence(doc, start):
                continue
            i, skipped, complemented = end, 0, False
            while skipped < 3:
                if i + 1 in complement_end and doc[i].lower_ == "et" and complemented:
                    i += 1  # 'l'enseigne de bricolage et de jardinage Jardimat': coordinated complements
                if not (i in modifier_end or i in complement_end):
                    break
                complemented = complemented or i not in modifier_end
                i, skipped = modifier_end.get(i) or complement_end[i], skipped + 1
            if i < len(doc) and doc[i].text in _OPENING_QUOTES:
                i += 1  # la start-up « Zelkora »
            elif (
                i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in ("le", "la", "l'", "l’")
                and doc[i + 2].text[:1].isupper()
                and (not doc[i + 2].ent_type_ or (doc[i + 2].ent_type_ == "LOC" and not self._is_place(doc[i + 2].text)))
            ):
                i += 2  # 'L'exploitant du réseau, la Setram, prend aussi sa part': the name in apposition
            plural = (
                cls == "org_head_plural"
                or (start > 0 and doc[start - 1].lower_ in self.plural_determiners)
                or (cls == "org_head_weak" and head[-1].lower_.endswith(("s", "x")))
            )
            while i < len(doc):
                name_end = self._name_end(doc, i)
                if name_end is None:
                    break
                span = Span(doc, i, name_end, label="ORG")
                is_person = any(p.start <= i and name_end <= p.end for p in people)
                # ('un éditeur de logiciels RH': jargon after a complement is not a name)
                jargon = complemented and name_end - i == 1 and doc[i].lower_ in self.not_names
                # ('le champion Teddy Riner' is a person; 'l'enseigne Jardimat', one word no one else bears, is not)
                named_person = is_person and (name_end - i > 1 or doc[i].text in surnames)
                # ('l'ancien industriel de l'emballage Bertrand Vasseur': a former trade describes a person)
                former = start > 0 and doc[start - 1].lower_ in ("ancien", "ancienne", "ex")
                if not ((cls == "org_head_weak" or former) and named_person or jargon) and not self._inside_longer_entity(
                    span, base, start
                ):
                    spans.append(span)
                if not plural:
                    break
                # Coordinated names after a plural head: "OpenAI, Anthropic et Nvidia".
                j = name_end
                if j < len(doc) and doc[j].text == ",":
                    j += 1
                if j < len(doc) and doc[j].lower_ in {"et", "ou"}:
                    j += 1
                if j == name_end:
                    break
                i = j
        return spans

    def _body_span(self, doc: Doc, start: int, end: int) -> Optional[Span]:
        """Kind + (de) + place name, as one ORG: 'communauté urbaine de Dunkerque'."""
        i = end
        if i < len(doc) and normalise_apostrophes(doc[i].lower_) in {"de", "du", "d'", "des"}:
            i += 1
        name_end = self._name_end(doc, i)
        if name_end is None and i < len(doc) and doc[i].is_lower and doc[i].pos_ == "NOUN":
            # 'syndicat intercommunal des eaux de la Haute-Vilaine': what the body deals with, then its place
            k = i + 1
            while k < len(doc) and k - i < 4 and normalise_apostrophes(doc[k].lower_) in {"de", "du", "des", "d'", "la", "l'"}:
                k += 1
            name_end = self._name_end(doc, k) if k > i + 1 else None
        if name_end is None:
            return None
        for _ in range(2):
            # 'communauté d'agglomération Porte de l'Isère', 'communauté de communes du Pays de Lumbres': the
            # place name goes on after 'de'
            k = name_end
            while k < len(doc) and k - name_end < 3 and normalise_apostrophes(doc[k].lower_) in {"de", "du", "des", "d'", "la", "l'"}:
                k += 1
            further = self._name_end(doc, k) if k > name_end else None
            if further is None:
                break
            name_end = further
        if i == end and any(t.text in self.body_tails for t in doc[i:name_end]):
            # 'la communauté d'agglomération Valenciennes Métropole': the name says its kind itself
            return Span(doc, i, name_end, label="ORG")
        return Span(doc, start, name_end, label="ORG")

    def _name_end(self, doc: Doc, i: int) -> Optional[int]:
        """End of the capitalised name starting at token ``i``, or None if no name starts there."""
        if i >= len(doc) or (i > 0 and _opens_sentence(doc, i)):
            return None
        first = doc[i]
        j = i
        if self._is_article(first) and first.text[0].isupper() and i + 1 < len(doc) and _is_name_token(doc[i + 1]):
            j = i + 1  # "le groupe Les Échos"
        elif not _is_name_token(first) or first.lower_ in STOP_WORDS:
            return None
        j += 1
        while j < len(doc) and j - i < MAX_NAME_TOKENS and not _opens_sentence(doc, j):
            token = doc[j]
            if _is_name_token(token) and token.lower_ not in STOP_WORDS:
                j += 1
            elif (
                token.text in self.connectors
                and j + 1 < len(doc)
                and _is_name_token(doc[j + 1])
                and (token.text == "&" or not (doc[j - 1].whitespace_ or token.whitespace_))
            ):
                j += 2
            else:
                break
        return j

    def _suffix_spans(self, doc: Doc, base: list[Span]) -> list[Span]:
        """Capitalised words + legal suffix or AI/IA: "Nexaria Robotics", "Current AI"."""
        spans = []
        for key_id, start, end in self.suffixes(doc):
            cls = self.match_classes[key_id]
            k = start
            while k > 0 and start - k < MAX_NAME_TOKENS - 1:
                token = doc[k - 1]
                if (
                    token.text in self.connectors
                    and k - 1 > 0
                    and k < start
                    and _is_name_token(doc[k - 2])
                    and (token.text == "&" or not (doc[k - 2].whitespace_ or token.whitespace_))
                ):
                    k -= 2
                    continue
                if not _is_name_token(token) or token.lower_ in STOP_WORDS or self._is_article(token):
                    break
                if cls == "ai_suffix" and (
                    token.text in self.not_org_words or (token.pos_ == "NOUN" and not _opens_sentence(doc, token.i))
                ):
                    break
                k -= 1
                if _opens_sentence(doc, token.i):
                    break
            if k == start:
                continue
            if cls == "ai_suffix" and self._is_place(doc[k:start]):
                continue  # "France IA" is a plan, not a company
            span = Span(doc, k, end, label="ORG")
            if not self._inside_longer_entity(span, base, k):
                spans.append(span)
        return spans

