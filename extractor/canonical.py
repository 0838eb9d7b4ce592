"""Canonical names of organisations and places, from the alias tables of ``org_corrections``.

One table serves the NER component, the pledge linker and the evaluator, so that
"BPI France", "Bpi" and "la banque publique d'investissement" all compare equal to "Bpifrance".
The data is read once, lazily, from ``models/fr_pledge/org_corrections/``.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from .components.spans import default_data_dir, read_jsonl

COMPONENT = "org_corrections"
GAZETTEER_FILES = ("organisations.jsonl", "places.jsonl")
# French communes of 500 inhabitants or more, by département (INSEE's Code officiel géographique): only
# to place a town the model found, never matched in text (many are common words: 'Bois', 'Plan').
COMMUNES_FILE = "communes.jsonl"
APOSTROPHES = "’‘ʼ`´"
# Leading articles dropped from names: "la Commission européenne" -> "Commission européenne".
_ARTICLE = re.compile(r"^(?:(?:le|la|les|the)\s+|l')", re.IGNORECASE)


def normalise_apostrophes(text: str) -> str:
    """French text mixes ’ and ': compare and match on the straight one."""
    for char in APOSTROPHES:
        text = text.replace(char, "'")
    return text


def strip_article(text: str, any_case: bool = True) -> str:
    """The name without a leading article and surrounding whitespace ("l'Hexagone" -> "Hexagone").

    With ``any_case=False`` only a lower-case article goes: a capitalised one may belong to the
    name ("Le Monde", "La Poste").
    """
    text = " ".join(text.split())
    match = _ARTICLE.match(normalise_apostrophes(text))  # same length: apostrophes map 1:1
    if not match or match.end() >= len(text) or (not any_case and text[0].isupper()):
        return text
    return text[match.end():]


def normalise_key(text: str) -> str:
    """Lookup key: case, accents, apostrophes, hyphens and spacing do not tell names apart."""
    text = normalise_apostrophes(unicodedata.normalize("NFKD", text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[-‐–]", " ", text.casefold())
    return " ".join(text.replace("' ", "'").split())


class AliasTable:
    """Maps every name, alias and demonym of the gazetteer rows to (canonical name, label).

    A row: ``{"name", "label", "aliases", "descriptions"?, "lookup_aliases"?, "demonyms"?, "ambiguous"?, "kind"?,
    "country"?, "parent"?}``.
    """

    def __init__(self, rows: Iterable[dict], communes: Iterable[dict] = ()) -> None:
        self.names: dict[str, tuple[str, str]] = {}
        self.demonyms: dict[str, tuple[str, str]] = {}
        self.kinds: dict[str, str] = {}  # canonical name -> 'country', 'region', 'city', 'startup', ...
        self.countries: dict[str, str] = {}  # organisation -> home country ('l'américain' is Microsoft)
        self.parents: dict[str, str] = {}  # subsidiary -> parent ('la filiale d'Amazon' may be AWS)
        for row in rows:
            entry = (row["name"], row.get("label", "ORG"))
            if row.get("kind"):
                self.kinds.setdefault(row["name"], row["kind"])
            if row.get("country"):
                self.countries.setdefault(row["name"], row["country"])
            if row.get("parent"):
                self.parents.setdefault(row["name"], row["parent"])
            # lookup_aliases name the entity but are too ambiguous to be matched in text on their
            # own ("l'État" is France as an actor, "secrétaire d'État" is not).
            for alias in [row["name"], *row.get("aliases", []), *row.get("descriptions", []), *row.get("lookup_aliases", [])]:
                for form in (alias, strip_article(alias)):
                    # The first row that claims a key keeps it: canonical names are listed first.
                    self.names.setdefault(normalise_key(form), entry)
            for demonym in row.get("demonyms", []):
                self.demonyms.setdefault(normalise_key(demonym), entry)
        self._commune_rows = list(communes)
        self._communes: Optional[dict[str, tuple[str, str]]] = None  # 'bressuire' -> ('Bressuire', 'Deux-Sèvres')
        self._french_regions: Optional[set[str]] = None

    def parent(self, name: str) -> Optional[str]:
        """What a place lies in (a town its département, a département its region) or what owns a
        subsidiary: the gazetteer's parent, else the département of a French commune."""
        if name in self.parents:
            return self.parents[name]
        found = self._commune(name)
        return found[1] if found else None

    def above(self, name: str, kinds: Iterable[str]) -> Optional[str]:
        """The first place above ``name`` in the gazetteer (its parent, the parent's parent ...) of one of
        these kinds ('Chambéry' -> 'Auvergne-Rhône-Alpes' for a region), else None."""
        above = self.parent(name)
        while above is not None and self.kinds.get(above) not in kinds:
            above = self.parent(above)
        return above

    def in_france(self, name: str) -> bool:
        """A French region, département or town of the gazetteer: it nests only French places, so a place with
        a region above it, or a region with départements below it, is in France. (Not the commune table,
        whose first reading costs a fifth of a second.)"""
        if self._french_regions is None:
            self._french_regions = {p for n, p in self.parents.items() if self.kinds.get(n) == "department"}
        if name in self._french_regions:
            return True
        return name in self.parents and self.kinds.get(name) in ("department", "city") and self.above(name, ("region",)) is not None

    def commune_name(self, text: str) -> Optional[str]:
        """The official spelling of a French commune ('SAINT-DIZIER' -> 'Saint-Dizier'), else None."""
        found = self._commune(text)
        return found[0] if found else None

    def _commune(self, text: str) -> Optional[tuple[str, str]]:
        if self._communes is None:  # built on first need: most articles name no small town
            self._communes = {
                normalise_key(form): (commune, row["department"])
                for row in self._commune_rows
                for commune in row["communes"]  # (one name, one commune: the table keeps the largest homonym)
                for form in (commune, strip_article(commune))
            }
        return self._communes.get(normalise_key(text))

    def lookup(self, text: str) -> Optional[tuple[str, str]]:
        """(canonical name, label) of a name or alias, with or without its article; else None."""
        for form in (text, strip_article(text)):
            found = self.names.get(normalise_key(form))
            if found:
                return found
        return None

    def canonical(self, text: str) -> str:
        """Canonical name of an alias or a demonym ("américaine" -> "États-Unis"), else the text
        without its leading article."""
        found = self.lookup(text) or self.demonyms.get(normalise_key(text))
        return found[0] if found else strip_article(text, any_case=False)


def load_rows(data_dir: Optional[Path] = None) -> list[dict]:
    """Gazetteer rows (organisations first, then places) from ``data_dir``."""
    data_dir = Path(data_dir) if data_dir is not None else default_data_dir(COMPONENT)
    rows: list[dict] = []
    for name in GAZETTEER_FILES:
        path = data_dir / name
        if path.exists():
            rows.extend(read_jsonl(path))
    return rows


@lru_cache(maxsize=1)
def default_table() -> AliasTable:
    """The repository's alias table, built on first use."""
    communes = default_data_dir(COMPONENT) / COMMUNES_FILE
    return AliasTable(load_rows(), read_jsonl(communes) if communes.exists() else ())


def canonical_name(text: str) -> str:
    """Map an alias to its canonical name: "BPI France" -> "Bpifrance", "l'Hexagone" -> "France".

    Unknown names come back without their leading article ("la start-up Xyz" is not a name:
    pass the name itself).
    """
    return default_table().canonical(text)
