"""DATE and DURATION entities and their normalised values (time_entities + normalizers.dates)."""
from __future__ import annotations

from datetime import date

import pytest

from extractor.normalizers.dates import parse_date, parse_duration

REF = "2025-02-10"  # a Monday


@pytest.fixture(scope="module")
def time_nlp(make_nlp):
    return make_nlp("time_entities")


def _ents(nlp, text: str, published: str | None = REF, label: str | None = None) -> list[tuple]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [(e.text, e.label_, e._.value) for e in doc.ents
            if e.label_ in ("DATE", "DURATION") and (label is None or e.label_ == label)]


# (sentence, published, expected span text, expected ISO value)
DATE_CASES = [
    ("La production doit démarrer au tournant de 2028.", "2025-02-12", "2028", "2028"),
    ("Le projet a été officialisé ce lundi à Versailles.", "2025-02-12", "lundi", "2025-02-10"),
    ("Le 9 février 2025, le groupe canadien a présenté son projet de campus.", REF, "9 février 2025", "2025-02-09"),
    ("L'accord a été signé le 1er mars 2024 à Lyon.", REF, "1er mars 2024", "2024-03-01"),
    ("Le communiqué daté du 09/02/2025 précise le montant.", REF, "09/02/2025", "2025-02-09"),
    ("La levée de fonds a été bouclée en février 2025.", REF, "février 2025", "2025-02"),
    ("En 2023, la jeune pousse avait déjà levé 105 millions d'euros.", REF, "2023", "2023"),
    ("Le fonds souverain a confirmé son engagement le 9 février.", REF, "9 février", "2025-02-09"),
    ("La banque publique avait annoncé ce prêt le 12 septembre.", REF, "12 septembre", "2024-09-12"),
    ("Le chantier doit commencer le 15 avril.", REF, "15 avril", "2025-04-15"),
    ("L'opérateur a dévoilé lundi un plan d'investissement.", REF, "lundi", "2025-02-10"),
    ("Le ministre a reçu les investisseurs jeudi à Bercy.", REF, "jeudi", "2025-02-06"),
    ("Mardi dernier, la région a voté une enveloppe de 30 millions.", REF, "Mardi dernier", "2025-02-04"),
    ("La société présentera ses comptes lundi prochain.", REF, "lundi prochain", "2025-02-17"),
    ("Le fonds émirati a officialisé hier son arrivée en France.", REF, "hier", "2025-02-09"),
    ("Le président de la start-up l'a confirmé aujourd'hui.", REF, "aujourd'hui", "2025-02-10"),
    ("Le consortium a été formé la semaine dernière à Marseille.", REF, "semaine dernière", "2025-02-03"),
    ("La start-up a été rachetée l'an dernier par un fonds américain.", REF, "l'an dernier", "2024"),
    ("L'année dernière, l'entreprise a doublé ses effectifs.", REF, "L'année dernière", "2024"),
    ("L'usine a reçu le mois dernier une subvention régionale.", REF, "mois dernier", "2025-01"),
    ("Le groupe compte ouvrir trois centres de données cette année.", REF, "cette année", "2025"),
    ("Le pays vise cinquante sites opérationnels d'ici 2030.", REF, "d'ici 2030", "2030"),
    ("Le premier bâtiment sera livré à l'horizon 2026.", REF, "à l'horizon 2026", "2026"),
    ("Les capacités doivent tripler d'ici à 2028.", REF, "d'ici à 2028", "2028"),
    ("Le supercalculateur sera raccordé d'ici la fin de l'année.", REF, "d'ici la fin de l'année", "2025"),
    ("Le campus doit être achevé d'ici fin 2027.", REF, "d'ici fin 2027", "2027"),
    ("Les premiers serveurs seront installés mi-2026.", REF, "mi-2026", "2026"),
    ("La production démarrera fin 2027 dans la Somme.", REF, "fin 2027", "2027"),
    ("Le programme est financé depuis 2021 par l'État.", REF, "2021", "2021"),
    ("Les travaux débuteront dès 2026 sur le site de Fessenheim.", REF, "2026", "2026"),
    ("Les premiers recrutements auront lieu en septembre.", REF, "septembre", "2024-09"),
    ("Le groupe a ouvert un bureau à Berlin en janvier dernier.", REF, "janvier dernier", "2025-01"),
    ("La convention a été signée le 3 mars dernier à Nantes.", REF, "3 mars dernier", "2024-03-03"),
    ("Lundi 9 février 2025, le sommet s'est ouvert au Grand Palais.", REF, "Lundi 9 février 2025", "2025-02-09"),
    ("La décision est attendue début mars 2025 au plus tard.", REF, "début mars 2025", "2025-03"),
    ("Le tour de table a été annoncé le 12 fév. 2025.", REF, "12 fév. 2025", "2025-02-12"),
    ("Le fonds sera déployé à partir de 2026.", REF, "2026", "2026"),
    ("L’investisseur l’a annoncé l’an dernier à Toulouse.", REF, "l’an dernier", "2024"),
    # reference taken from a later publication date
    ("L'annonce a été faite vendredi devant la presse.", "2025-06-18", "vendredi", "2025-06-13"),
    ("Le projet a été présenté en novembre aux élus.", "2025-04-18", "novembre", "2024-11"),
    ("Le chantier reprendra en novembre, selon la mairie.", "2025-06-18", "novembre", "2025-11"),
    # no publication date: absolute dates still resolve, relative ones stay None
    ("Le 14 juillet 2024, la société a levé 20 millions.", None, "14 juillet 2024", "2024-07-14"),
    ("Le conseil régional s'est prononcé hier soir.", None, "hier", None),
    ("Les premiers serveurs arrivent d'ici 2029.", None, "d'ici 2029", "2029"),
]


@pytest.mark.parametrize("text, published, span, value", DATE_CASES)
def test_date_entities(time_nlp, text, published, span, value):
    assert (span, "DATE", value) in _ents(time_nlp, text, published)


def test_partial_date_uses_first_full_date_without_publication(time_nlp):
    text = ("Le 9 février 2025, l'État a annoncé un plan pour l'IA. "
            "Le 9 février, le groupe canadien a précisé son projet, puis lundi la région a suivi.")
    found = _ents(time_nlp, text, published=None)
    assert found == [
        ("9 février 2025", "DATE", "2025-02-09"),
        ("9 février", "DATE", "2025-02-09"),
        ("lundi", "DATE", None),  # relative: needs the publication date
    ]


# (sentence, expected span text, expected years)
DURATION_CASES = [
    ("L'État investira 2,5 milliards sur quatre ans dans la recherche.", "quatre ans", 4.0),
    ("Le groupe promet 10 milliards d'euros sur cinq ans.", "cinq ans", 5.0),
    ("La subvention sera versée pendant 18 mois.", "18 mois", 1.5),
    ("Le prêt est accordé pour six mois renouvelables.", "six mois", 0.5),
    ("L'entreprise recrutera 300 ingénieurs au cours des deux prochaines années.", "deux prochaines années", 2.0),
    ("Le fonds déploiera son capital sur une décennie.", "une décennie", 10.0),
    ("Le chantier s'étendra sur trois ans et demi.", "trois ans et demi", 3.5),
    ("Le programme pilote durera 24 mois, financé durant 24 mois par la région.", "24 mois", 2.0),
    ("Le contrat de fourniture porte sur 52 semaines.", "52 semaines", 52 / 52.1775),
    ("Un investissement étalé sur 10 ans a été annoncé.", "10 ans", 10.0),
    ("Le site a été construit en deux ans seulement.", "deux ans", 2.0),
    ("Les cinq prochaines années seront décisives pour la filière.", "cinq prochaines années", 5.0),
    ("Le financement est garanti sur une période de sept ans.", "sept ans", 7.0),
    ("Le partenariat a été conclu pour un an et demi.", "un an et demi", 1.5),
    ("Les crédits seront engagés pendant les vingt-quatre mois du programme.", "vingt-quatre mois", 2.0),
    ("L’enveloppe sera dépensée sur 6 trimestres.", "6 trimestres", 1.5),
    ("Le plan prévoit 400 millions au cours de deux décennies.", "deux décennies", 20.0),
]


@pytest.mark.parametrize("text, span, years", DURATION_CASES)
def test_duration_entities(time_nlp, text, span, years):
    found = [(t, v) for t, _, v in _ents(time_nlp, text, label="DURATION")]
    assert [t for t, _ in found] == [span]
    assert found[0][1] == pytest.approx(years, abs=1e-4)


# Sentences with years, numbers or lengths of time that are neither DATE nor DURATION.
NEGATIVE_CASES = [
    "Le groupe affiche un chiffre d'affaires de 2021 millions d'euros.",
    "Le chiffre d'affaires est en hausse de 18 % sur un an.",
    "Les effectifs sont restés quasi inchangés en un an.",
    "Le plan France 2030 finance des projets industriels.",
    "Le salon Vivatech 2025 a accueilli de nombreuses start-up.",
    "Le sommet a réuni 1500 participants au Grand Palais.",
    "La société a été créée il y a deux ans par deux chercheurs.",
    "La fondatrice, âgée de 40 ans, dirige une équipe de 2025 salariés.",
    "Le groupe recrute depuis trois ans dans la région.",
    "Son chiffre d'affaires a progressé sur les 12 derniers mois.",
    "Le programme Horizon Europe couvre la période 2021-2027.",
    "L'entreprise a réalisé 2024 ventes au total.",
    "Le fonds a levé 2030 millions d'euros auprès d'investisseurs.",
    "Un entrepreneur a présenté son premier prototype au jury.",
]


@pytest.mark.parametrize("text", NEGATIVE_CASES)
def test_no_time_entity(time_nlp, text):
    assert _ents(time_nlp, text) == []


def test_value_stays_with_entity_in_doc_ents(time_nlp):
    text = "Le 9 février 2025, le groupe a promis 20 milliards d'euros sur cinq ans d'ici 2030."
    assert _ents(time_nlp, text) == [
        ("9 février 2025", "DATE", "2025-02-09"),
        ("cinq ans", "DURATION", 5.0),
        ("d'ici 2030", "DATE", "2030"),
    ]


def test_component_round_trips_its_lexicons(time_nlp, tmp_path):
    component = time_nlp.get_pipe("time_entities")
    component.to_disk(tmp_path)
    assert (tmp_path / "months.jsonl").exists()
    component.from_disk(tmp_path)
    assert ("d'ici 2030", "DATE", "2030") in _ents(time_nlp, "Objectif : d'ici 2030.")


# ------------------------------------------------------------------- normaliser unit tests

MONDAY = date(2025, 2, 10)


@pytest.mark.parametrize("text, reference, expected", [
    ("9 février 2025", MONDAY, "2025-02-09"),
    ("le 9 février 2025", None, "2025-02-09"),
    ("1er mars 2024", None, "2024-03-01"),
    ("1ᵉʳ mars 2024", None, "2024-03-01"),
    ("09/02/2025", None, "2025-02-09"),
    ("2025-02-09", None, "2025-02-09"),
    ("février 2025", None, "2025-02"),
    ("en 2023", None, "2023"),
    ("2030", None, "2030"),
    ("9 février", MONDAY, "2025-02-09"),
    ("9 février", None, None),
    ("juin", MONDAY, "2025-06"),  # within six months ahead: this year
    ("septembre", MONDAY, "2024-09"),  # more than six months ahead: last year
    ("29 février", MONDAY, "2024-02-29"),
    ("lundi", MONDAY, "2025-02-10"),  # bare weekday: on or before the reference
    ("dimanche", MONDAY, "2025-02-09"),
    ("lundi dernier", MONDAY, "2025-02-03"),  # "dernier": strictly before
    ("mardi dernier", MONDAY, "2025-02-04"),
    ("mercredi prochain", MONDAY, "2025-02-12"),
    ("hier", MONDAY, "2025-02-09"),
    ("avant-hier", MONDAY, "2025-02-08"),
    ("aujourd'hui", MONDAY, "2025-02-10"),
    ("la semaine dernière", date(2025, 2, 13), "2025-02-03"),  # Monday of the previous week
    ("l'an dernier", MONDAY, "2024"),
    ("l'année dernière", MONDAY, "2024"),
    ("le mois dernier", MONDAY, "2025-01"),
    ("le mois dernier", date(2025, 1, 15), "2024-12"),
    ("cette année", MONDAY, "2025"),
    ("l'an prochain", MONDAY, "2026"),
    ("d'ici 2030", None, "2030"),
    ("à l'horizon 2026", None, "2026"),
    ("d'ici à 2028", None, "2028"),
    ("d'ici la fin de l'année", MONDAY, "2025"),
    ("d'ici fin 2027", None, "2027"),
    ("d'ici mars 2026", None, "2026-03"),
    ("janvier dernier", date(2025, 1, 20), "2024-01"),
    ("mars prochain", MONDAY, "2025-03"),
    ("hier", None, None),
    ("mardi dernier", None, None),
    ("31 février 2025", None, None),
    ("France", MONDAY, None),
])
def test_parse_date(text, reference, expected):
    assert parse_date(text, reference) == expected


def test_parse_date_anchor_only_for_partial_dates():
    anchor = date(2024, 3, 1)
    assert parse_date("12 septembre", None, anchor=anchor) == "2023-09-12"
    assert parse_date("hier", None, anchor=anchor) is None


@pytest.mark.parametrize("text, years", [
    ("quatre ans", 4.0),
    ("cinq ans", 5.0),
    ("18 mois", 1.5),
    ("six mois", 0.5),
    ("deux prochaines années", 2.0),
    ("une décennie", 10.0),
    ("trois ans et demi", 3.5),
    ("24 mois", 2.0),
    ("52 semaines", 52 / 52.1775),
    ("10 ans", 10.0),
    ("sur quatre ans", 4.0),
    ("1,5 an", 1.5),
    ("un an", 1.0),
    ("vingt-quatre mois", 2.0),
    ("trente jours", 30 / 365.25),
])
def test_parse_duration(text, years):
    assert parse_duration(text) == pytest.approx(years, abs=1e-4)


@pytest.mark.parametrize("text", ["2030", "quelques années", "les 12 derniers mois", "cinq milliards"])
def test_parse_duration_rejects(text):
    assert parse_duration(text) is None
