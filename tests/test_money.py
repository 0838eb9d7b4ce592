"""MONEY entities and the number/money normalisers, on French news sentences."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalizers.money import MoneyValue, parse_money
from extractor.normalizers.numbers import parse_french_number

# (sentence, span text, value, currency, extras: amount_min / amount_max / qualifier)
MONEY_CASES = [
    ("Le fonds a reçu 12 milliards de shillings kényans de la part de G42.",
     "12 milliards de shillings kényans", 12e9, "KES", {}),
    ("Varsovie consacrera 5 milliards de zlotys à la défense antiaérienne.",
     "5 milliards de zlotys", 5e9, "PLN", {}),
    ("Le programme est doté de 40 milliards de forints sur trois ans.",
     "40 milliards de forints", 40e9, "HUF", {}),
    ("La start-up montréalaise a obtenu un financement de 150 M$ CA.", "150 M$ CA", 150e6, "CAD", {}),
    ("Le Kenya recevra 12 milliards de shillings pour son réseau électrique.",
     "12 milliards de shillings", 12e9, "KES", {}),
    # --- milliards / millions with a currency word
    ("Le gouvernement a présenté un plan de 109 milliards d'euros pour l'intelligence artificielle.",
     "109 milliards d'euros", 109e9, "EUR", {}),
    ("La Commission européenne mobilise 200 milliards d’euros pour les gigafactories.",
     "200 milliards d’euros", 200e9, "EUR", {}),
    ("Le fonds Current AI sera doté de 400 millions d’euros dès sa création.",
     "400 millions d’euros", 400e6, "EUR", {}),
    ("Washington promet un programme de 500 milliards de dollars pour ses centres de données.",
     "500 milliards de dollars", 500e9, "USD", {}),
    ("Mistral AI a bouclé un tour de table de 600 millions d'euros au printemps.",
     "600 millions d'euros", 600e6, "EUR", {}),
    ("La jeune pousse nantaise a levé 12 millions d’euros auprès de ses investisseurs historiques.",
     "12 millions d’euros", 12e6, "EUR", {}),
    ("Le groupe a annoncé un investissement de 1,2 milliard d'euros dans son usine de Dunkerque.",
     "1,2 milliard d'euros", 1.2e9, "EUR", {}),
    ("Brookfield investira 20 milliards d’euros dans un méga centre de données à Cambrai.",
     "20 milliards d’euros", 20e9, "EUR", {}),
    ("Fluidstack s'engage à hauteur de 10 milliards d’euros pour un supercalculateur.",
     "10 milliards d’euros", 10e9, "EUR", {}),
    ("Amazon Web Services prévoit 1,2 milliard d'euros supplémentaires pour ses serveurs français.",
     "1,2 milliard d'euros", 1.2e9, "EUR", {}),
    ("La région a voté une enveloppe de 35 millions d'euros pour la formation au numérique.",
     "35 millions d'euros", 35e6, "EUR", {}),
    ("Microsoft dépensera 80 milliards de dollars cette année dans l'infrastructure cloud.",
     "80 milliards de dollars", 80e9, "USD", {}),
    ("Le japonais SoftBank injecte 40 milliards de dollars dans OpenAI.",
     "40 milliards de dollars", 40e9, "USD", {}),
    ("La start-up lyonnaise a obtenu 3,5 millions d'euros de la part de Bpifrance.",
     "3,5 millions d'euros", 3.5e6, "EUR", {}),
    ("Le chantier du nouveau campus coûtera 250 millions d’euros selon la mairie.",
     "250 millions d’euros", 250e6, "EUR", {}),
    ("L'Etat apporte 2,2 milliards d'euros au plan quantique.",
     "2,2 milliards d'euros", 2.2e9, "EUR", {}),
    ("Une rallonge de 0,5 milliard d'euros a été votée par le Parlement.",
     "0,5 milliard d'euros", 0.5e9, "EUR", {}),
    ("La banque publique a accordé un prêt de 75 millions d'euros à l'opérateur.",
     "75 millions d'euros", 75e6, "EUR", {}),
    ("L'opération valorise la société à 6 milliards de dollars.",
     "6 milliards de dollars", 6e9, "USD", {}),
    ("Le projet représente un investissement de 2 milliards d'euros sur dix ans.",
     "2 milliards d'euros", 2e9, "EUR", {}),
    # --- abbreviations and symbols
    ("Le fonds souverain a engagé 1,5 Md€ dans la filière des semi-conducteurs.",
     "1,5 Md€", 1.5e9, "EUR", {}),
    ("Le constructeur promet 10 Mds$ d'investissements aux États-Unis.",
     "10 Mds$", 10e9, "USD", {}),
    ("La PME a réalisé une levée de 800 k€ auprès de business angels.",
     "800 k€", 800e3, "EUR", {}),
    ("La société a levé 5 M€ pour accélérer son développement.",
     "5 M€", 5e6, "EUR", {}),
    ("Le budget atteint 3 Mds€ cette année.",
     "3 Mds€", 3e9, "EUR", {}),
    ("L'opérateur a annoncé 2,4 Md€ d'économies pour 2026.",
     "2,4 Md€", 2.4e9, "EUR", {}),
    ("Le plan de relance du numérique, soit 7 M€, a été validé en conseil régional.",
     "7 M€", 7e6, "EUR", {}),
    ("Le groupe allemand prévoit 4 Mrd€ pour son réseau de fibre.",
     "4 Mrd€", 4e9, "EUR", {}),
    ("La pépite a sécurisé 250 k€ de subventions.",
     "250 k€", 250e3, "EUR", {}),
    ("Le consortium a mis sur la table US$ 3 milliards pour le projet.",
     "US$ 3 milliards", 3e9, "USD", {}),
    ("Les analystes évoquent un chèque de $2 milliards pour le rachat.",
     "$2 milliards", 2e9, "USD", {}),
    ("Le gouvernement débloque 109 milliards € pour l'IA.",
     "109 milliards €", 109e9, "EUR", {}),
    ("L'entreprise texane a levé 300 millions $ auprès de fonds de capital-risque.",
     "300 millions $", 300e6, "USD", {}),
    ("Le fonds britannique a réuni 150 millions £ auprès d'institutionnels.",
     "150 millions £", 150e6, "GBP", {}),
    ("Le contrat s'élève à 250 millions USD selon les documents déposés.",
     "250 millions USD", 250e6, "USD", {}),
    ("La transaction est estimée à 1,1 milliard EUR par les analystes.",
     "1,1 milliard EUR", 1.1e9, "EUR", {}),
    ("La start-up bâloise a levé 20 millions CHF en série A.",
     "20 millions CHF", 20e6, "CHF", {}),
    # --- numbers without magnitude but with a currency
    ("Le nouvel abonnement coûte 500 euros par an aux entreprises.",
     "500 euros", 500.0, "EUR", {}),
    ("Chaque lauréat recevra 12 000 € de prime à l'innovation.",
     "12 000 €", 12000.0, "EUR", {}),
    ("L'application est vendue 4,99 $ sur les boutiques en ligne.",
     "4,99 $", 4.99, "USD", {}),
    ("La subvention plafonne à 2\u00a0500\u00a0000 € par projet.",
     "2\u00a0500\u00a0000 €", 2.5e6, "EUR", {}),
    ("Le ticket moyen s'établit à 1.500 euros par investisseur.",
     "1.500 euros", 1500.0, "EUR", {}),
    ("L'amende infligée s'élève à 150\u202f000 € selon la CNIL.",
     "150\u202f000 €", 150e3, "EUR", {}),
    ("Chaque serveur est facturé 30 000 dollars aux clients.",
     "30 000 dollars", 30e3, "USD", {}),
    ("Le prix du billet est fixé à 25 euros.",
     "25 euros", 25.0, "EUR", {}),
    ("La commune a touché 45 000 euros de dotation numérique.",
     "45 000 euros", 45e3, "EUR", {}),
    # --- number words
    ("La jeune entreprise a levé cinquante millions d'euros en série B.",
     "cinquante millions d'euros", 50e6, "EUR", {}),
    ("L'État promet un milliard et demi d'euros pour la recherche en IA.",
     "un milliard et demi d'euros", 1.5e9, "EUR", {}),
    ("Le fonds américain apporte deux cents millions de dollars au projet.",
     "deux cents millions de dollars", 200e6, "USD", {}),
    ("Le ministère a débloqué trois milliards d'euros pour les universités.",
     "trois milliards d'euros", 3e9, "EUR", {}),
    ("Le groupe va investir un milliard d’euros dans ses usines françaises.",
     "un milliard d’euros", 1e9, "EUR", {}),
    ("La collectivité consacre vingt-cinq millions d'euros à la cybersécurité.",
     "vingt-cinq millions d'euros", 25e6, "EUR", {}),
    ("La banque a prêté deux millions et demi d'euros à la coopérative.",
     "deux millions et demi d'euros", 2.5e6, "EUR", {}),
    ("Le conseil a voté cent mille euros pour le tiers-lieu.",
     "cent mille euros", 1e5, "EUR", {}),
    ("Le laboratoire reçoit quatre-vingts millions d'euros de l'Union européenne.",
     "quatre-vingts millions d'euros", 80e6, "EUR", {}),
    ("Le rachat s'est conclu pour dix milliards de dollars.",
     "dix milliards de dollars", 10e9, "USD", {}),
    ("Le club a dépensé trois millions cinq cent mille euros en infrastructures.",
     "trois millions cinq cent mille euros", 3.5e6, "EUR", {}),
    ("Une start-up de Toulouse a levé cinquante millions auprès de fonds européens.",
     "cinquante millions", 50e6, "EUR", {}),
    # --- other currencies
    ("Le géant japonais prévoit 3\u202f000 milliards de yens d'investissements.",
     "3\u202f000 milliards de yens", 3e12, "JPY", {}),
    ("Le fonds londonien a levé 500 millions de livres sterling.",
     "500 millions de livres sterling", 500e6, "GBP", {}),
    ("Le groupe zurichois a investi 1,2 milliard de francs suisses dans ses laboratoires.",
     "1,2 milliard de francs suisses", 1.2e9, "CHF", {}),
    ("Pékin consacre 60 milliards de yuans aux puces électroniques.",
     "60 milliards de yuans", 60e9, "CNY", {}),
    ("Ottawa a annoncé 2 milliards de dollars canadiens pour le calcul souverain.",
     "2 milliards de dollars canadiens", 2e9, "CAD", {}),
    ("Le fonds de Sydney a levé 900 millions de dollars australiens.",
     "900 millions de dollars australiens", 900e6, "AUD", {}),
    ("Stockholm investit 5 milliards de couronnes suédoises dans l'IA.",
     "5 milliards de couronnes suédoises", 5e9, "SEK", {}),
    ("New Delhi a approuvé 100 milliards de roupies pour sa mission IA.",
     "100 milliards de roupies", 100e9, "INR", {}),
    ("Séoul injecte 1 000 milliards de wons dans les semi-conducteurs.",
     "1 000 milliards de wons", 1e12, "KRW", {}),
    ("Le groupe marocain a levé 2 milliards de dirhams pour ses data centers.",
     "2 milliards de dirhams", 2e9, "MAD", {}),
    # the abbreviation West African papers use for the CFA franc
    ("Sonatel investira 120 milliards de FCFA dans son réseau 5G.",
     "120 milliards de FCFA", 120e9, "XOF", {}),
    ("Coût du projet : 45 milliards FCFA, soit près de 69 millions d'euros.",
     "45 milliards FCFA", 45e9, "XOF", {}),
    ("Le rachat est évalué à 400 millions de dollars américains.",
     "400 millions de dollars américains", 400e6, "USD", {}),
    ("Le groupe chinois a reçu 5 milliards de renminbi de subventions.",
     "5 milliards de renminbi", 5e9, "CNY", {}),
    ("La Banque du Japon mentionne 800 milliards ¥ de rachats.",
     "800 milliards ¥", 800e9, "JPY", {}),
    ("Le fonds londonien investira 12 milliards de livres dans des centres de données.",
     "12 milliards de livres", 12e9, "GBP", {}),
    ("La pépite californienne décroche un demi-milliard de dollars.",
     "un demi-milliard de dollars", 0.5e9, "USD", {}),
    # --- span edges when the tokenizer glues neighbours to the amount
    ("Le secteur spatial dispose d’1,5 milliard d’euros de crédits.",
     "1,5 milliard d’euros", 1.5e9, "EUR", {}),
    ("La PME nordiste vient de lever 800 k€.",
     "800 k€", 800e3, "EUR", {}),
    ("Le fonds a engagé 2,5 Md$.",
     "2,5 Md$", 2.5e9, "USD", {}),
    # --- French billion
    ("La dette publique dépasse désormais 1 billion d'euros dans plusieurs pays.",
     "1 billion d'euros", 1e12, "EUR", {}),
    ("Le marché mondial pourrait atteindre 2 billions de dollars.",
     "2 billions de dollars", 2e12, "USD", {}),
    # --- ranges
    ("Le chantier devrait coûter entre 30 et 50 milliards d'euros d'ici dix ans.",
     "entre 30 et 50 milliards d'euros", 50e9, "EUR", {"amount_min": 30e9, "amount_max": 50e9}),
    ("Le groupe investira de 1 à 2 milliards d'euros dans le nucléaire.",
     "de 1 à 2 milliards d'euros", 2e9, "EUR", {"amount_min": 1e9, "amount_max": 2e9}),
    ("Chaque campus coûtera 30 à 50 millions d'euros selon le ministère.",
     "30 à 50 millions d'euros", 50e6, "EUR", {"amount_min": 30e6, "amount_max": 50e6}),
    ("Les tickets visés sont de l'ordre de 30-50 M€ par opération.",
     "30-50 M€", 50e6, "EUR", {"amount_min": 30e6, "amount_max": 50e6}),
    ("La facture se situera entre 300 millions et 1,2 milliard d'euros.",
     "entre 300 millions et 1,2 milliard d'euros", 1.2e9, "EUR",
     {"amount_min": 300e6, "amount_max": 1.2e9}),
    ("Le tour de table visé porte sur 5 à 8 millions de dollars.",
     "5 à 8 millions de dollars", 8e6, "USD", {"amount_min": 5e6, "amount_max": 8e6}),
    ("Le prochain fonds pèsera entre deux et trois milliards d'euros.",
     "entre deux et trois milliards d'euros", 3e9, "EUR", {"amount_min": 2e9, "amount_max": 3e9}),
    ("Les aides iront de 10 000 à 50 000 euros par entreprise.",
     "de 10 000 à 50 000 euros", 50e3, "EUR", {"amount_min": 10e3, "amount_max": 50e3}),
    ("Le coût est estimé à 2–3 Md€ par réacteur.",
     "2–3 Md€", 3e9, "EUR", {"amount_min": 2e9, "amount_max": 3e9}),
    ("Les fonds espèrent lever d'un à deux milliards de dollars.",
     "d'un à deux milliards de dollars", 2e9, "USD", {"amount_min": 1e9, "amount_max": 2e9}),
    ("L'enveloppe oscille entre 20 millions d'euros et 40 millions d'euros.",
     "entre 20 millions d'euros et 40 millions d'euros", 40e6, "EUR",
     {"amount_min": 20e6, "amount_max": 40e6}),
    # --- qualifiers, reported and kept out of the span
    ("Les annonces cumulées dépassent plus de 800 milliards d’euros d'investissements.",
     "800 milliards d’euros", 800e9, "EUR", {"qualifier": "plus de"}),
    ("La start-up a levé près de 100 millions d'euros depuis sa création.",
     "100 millions d'euros", 100e6, "EUR", {"qualifier": "près de"}),
    ("Le projet mobilisera environ 5 milliards d'euros de fonds privés.",
     "5 milliards d'euros", 5e9, "EUR", {"qualifier": "environ"}),
    ("Le gouvernement a réuni quelque 50 millions d'euros de promesses.",
     "50 millions d'euros", 50e6, "EUR", {"qualifier": "quelque"}),
    ("Le fonds pourra investir jusqu'à 2 milliards d'euros par an.",
     "2 milliards d'euros", 2e9, "EUR", {"qualifier": "jusqu'à"}),
    ("Le fonds pourra investir jusqu’à 300 millions de dollars dans une seule société.",
     "300 millions de dollars", 300e6, "USD", {"qualifier": "jusqu'à"}),
    ("Le campus représentera au moins 1 milliard d'euros d'investissement.",
     "1 milliard d'euros", 1e9, "EUR", {"qualifier": "au moins"}),
    ("La levée a rapporté moins de 10 millions d'euros à la société.",
     "10 millions d'euros", 10e6, "EUR", {"qualifier": "moins de"}),
    ("Le budget tourne autour de 40 millions d'euros par an.",
     "40 millions d'euros", 40e6, "EUR", {"qualifier": "autour de"}),
    ("Les Émirats mettent pas moins de 50 milliards d'euros sur la table.",
     "50 milliards d'euros", 50e9, "EUR", {"qualifier": "pas moins de"}),
    ("Le groupe a investi plus d'un milliard d'euros en Europe.",
     "un milliard d'euros", 1e9, "EUR", {"qualifier": "plus de"}),
    ("L'opérateur a déboursé un peu plus de 3 millions d'euros pour les licences.",
     "3 millions d'euros", 3e6, "EUR", {"qualifier": "un peu plus de"}),
    # --- converted amount in parentheses: two spans
    ("La société a levé 145 millions de dollars (environ 134 millions d'euros) auprès de fonds.",
     "145 millions de dollars", 145e6, "USD", {"qualifier": None}),
    ("La société a levé 145 millions de dollars (environ 134 millions d'euros) auprès de fonds.",
     "134 millions d'euros", 134e6, "EUR", {"qualifier": "environ"}),
    ("Le rachat pèse 2 milliards de livres sterling (2,4 milliards d'euros) selon la presse.",
     "2,4 milliards d'euros", 2.4e9, "EUR", {}),
    # --- bare amounts in a monetary context take the currency of the nearest amount
    ("La France répond aux 500 milliards de dollars américains avec 109 milliards d'euros : "
     "50 milliards des Émirats, 20 milliards de Brookfield.",
     "50 milliards", 50e9, "EUR", {}),
    ("La France répond aux 500 milliards de dollars américains avec 109 milliards d'euros : "
     "50 milliards des Émirats, 20 milliards de Brookfield.",
     "20 milliards", 20e9, "EUR", {}),
    ("Stargate représente 500 milliards de dollars. Face à ces 500 milliards côté américain, "
     "l'Europe hésite.",
     "500 milliards", 500e9, "USD", {}),
    ("609 milliards : c'est le total des plans, dont 500 milliards de dollars aux États-Unis.",
     "609 milliards", 609e9, "USD", {}),
    ("Le fonds a investi 3 milliards de yens en 2023, puis 5 milliards en 2024.",
     "5 milliards", 5e9, "JPY", {}),
    ("La région prévoit un budget de 12 millions pour la transition numérique.",
     "12 millions", 12e6, "EUR", {}),
    ("Le groupe a annoncé 2 milliards d'investissement dans ses usines.",
     "2 milliards", 2e9, "EUR", {}),
    # a conversion in parentheses is not the currency a following bare amount takes
    ("L'État a accordé 70 milliards de yens (quelque 430 millions d'euros) en 2022, puis 260 milliards en 2023.",
     "260 milliards", 260e9, "JPY", {}),
    # the nearest stated currency, after the bare amount when it is closer
    ("Le groupe affichait 12 millions d'euros de pertes. On avait évoqué 700 millions ? Il s'agit de "
     "680 millions de dollars.", "700 millions", 700e6, "USD", {}),
    # number words adding a lower magnitude to a higher one
    ("Les financements extérieurs atteignent un milliard cent cinquante millions d'euros.",
     "un milliard cent cinquante millions d'euros", 1.15e9, "EUR", {}),
    # crowns: the country the article names decides which
    ("Copenhague a annoncé un fonds doté de 50 milliards de couronnes pour le Danemark.",
     "50 milliards de couronnes", 50e9, "DKK", {}),
    ("La Suède consacrera 3 milliards de couronnes à la défense.", "3 milliards de couronnes", 3e9, "SEK", {}),
    ("Oslo débloque 2 milliards de couronnes pour ses ports.", "2 milliards de couronnes", 2e9, "NOK", {}),
]

NOT_MONEY = [
    "Le sommet a réuni 1500 participants au Grand Palais.",
    "La métropole compte 1,5 million d'habitants selon l'Insee.",
    "Le modèle open source compte 3 milliards de paramètres.",
    "Le salon a attiré 2 millions de visiteurs l'an dernier.",
    "ChatGPT revendique 400 millions d'utilisateurs chaque semaine.",
    "Le taux de croissance atteint 5,2 % en 2024.",
    "Orange a investi dans la fibre et la 5G, un réseau qui couvre 90 % des Français.",
    "Les ventes ont progressé de 12 % sur un an.",
    "Le projet doit être achevé en 2027 au plus tard.",
    "Le programme court de 2025 à 2030 dans toute la France.",
    "L'usine emploiera 1 200 salariés d'ici à 2028.",
    "Le centre de données consommera 1,4 gigawatt à pleine puissance.",
    "Le réseau compte 50 000 bornes de recharge.",
    "Neuf nations ont rejoint l'initiative européenne.",
    "Le site s'étend sur 25 000 mètres carrés près de Cambrai.",
    "L'entreprise a vendu 3 millions de smartphones au dernier trimestre.",
    "Plus de 800 chercheurs travaillent sur le plateau de Saclay.",
    "Le supercalculateur atteint 1 million de milliards d'opérations par seconde.",
    "La population mondiale dépasse 8 milliards de personnes.",
    "Le 9 février 2025, 1500 dirigeants se sont retrouvés à Paris.",
    "Les capteurs mesurent 5 m de haut et pèsent 800 kg.",
]


@pytest.fixture(scope="module")
def money_nlp(make_nlp):
    return make_nlp("money_entities")


def _money(doc):
    return [e for e in doc.ents if e.label_ == "MONEY"]


@pytest.mark.parametrize("sentence,span_text,value,currency,extras", MONEY_CASES)
def test_money_entity(money_nlp, sentence, span_text, value, currency, extras):
    doc = money_nlp(sentence)
    spans = [e for e in _money(doc) if e.text == span_text]
    assert spans, f"{span_text!r} not in {[e.text for e in _money(doc)]}"
    span = spans[0]
    assert span._.value == pytest.approx(value)
    assert span._.currency == currency
    assert span._.amount_min == (pytest.approx(extras["amount_min"]) if "amount_min" in extras else None)
    assert span._.amount_max == (pytest.approx(extras["amount_max"]) if "amount_max" in extras else None)
    if "qualifier" in extras:
        assert span._.qualifier == extras["qualifier"]


@pytest.mark.parametrize("sentence", NOT_MONEY)
def test_not_money(money_nlp, sentence):
    doc = money_nlp(sentence)
    assert [e.text for e in _money(doc)] == []


def test_price_change_is_two_amounts_not_a_range(money_nlp):
    doc = money_nlp("L'abonnement passera de 9 euros à 12 euros par mois, soit entre 9 euros et 12 euros selon l'offre.")
    got = [(e.text, e._.value, e._.amount_min) for e in _money(doc)]
    assert got == [("9 euros", 9.0, None), ("12 euros", 12.0, None), ("entre 9 euros et 12 euros", 12.0, 9.0)]


def test_dollars_in_an_article_about_canada_are_cad(money_nlp):
    doc = money_nlp(
        "Québec accorde un prêt de 2 milliards de dollars à l'usine de batteries. "
        "Le gouvernement du Canada ajoute 1,5 G$ et le premier ministre québécois salue "
        "un projet majeur pour le Québec."
    )
    assert [(e.text, e._.currency) for e in _money(doc)] == [
        ("2 milliards de dollars", "CAD"),
        ("1,5 G$", "CAD"),
    ]


def test_dollars_with_a_passing_mention_of_canada_stay_usd(money_nlp):
    doc = money_nlp("La start-up canadienne a levé 40 millions de dollars auprès d'un fonds new-yorkais.")
    assert [(e.text, e._.currency) for e in _money(doc)] == [("40 millions de dollars", "USD")]


def test_money_values_are_plain_json_types(money_nlp):
    doc = money_nlp("Le groupe investit entre 30 et 50 milliards d'euros, soit plus de 5 M€ par site.")
    for span in _money(doc):
        assert type(span._.value) is float
        assert isinstance(span._.currency, str)
    assert [e.text for e in _money(doc)] == ["entre 30 et 50 milliards d'euros", "5 M€"]


def test_bare_amount_without_money_context_is_not_money(money_nlp):
    doc = money_nlp("La ville espère atteindre 2 millions d'ici la fin de la décennie.")
    assert _money(doc) == []


def test_bare_amount_before_first_currency_takes_the_following_one(money_nlp):
    doc = money_nlp("Un total de 3 milliards : le groupe investit 2 milliards de dollars et sa filiale le reste.")
    assert [(e.text, e._.currency) for e in _money(doc)] == [("3 milliards", "USD"), ("2 milliards de dollars", "USD")]


def test_to_disk_from_disk_roundtrip(money_nlp, tmp_path):
    component = money_nlp.get_pipe("money_entities")
    component.to_disk(tmp_path)
    assert (tmp_path / "currencies.jsonl").exists()
    component.from_disk(tmp_path)
    doc = money_nlp("Le fonds a levé 400 millions d’euros.")
    assert [(e.text, e._.value) for e in _money(doc)] == [("400 millions d’euros", 400e6)]


# --- parse_french_number -----------------------------------------------------------------------

NUMBERS = [
    ("un milliard cent cinquante millions", 1.15e9),
    ("deux milliards trois cents millions", 2.3e9),
    ("un million deux cent mille", 1.2e6),
    ("1500", 1500.0),
    ("1 500", 1500.0),
    ("1\u00a0500", 1500.0),
    ("1\u202f500", 1500.0),
    ("1.500", 1500.0),
    ("2 500 000", 2.5e6),
    ("1,5", 1.5),
    ("12 345,67", 12345.67),
    ("cinquante", 50.0),
    ("deux cents", 200.0),
    ("quatre-vingt-dix-neuf", 99.0),
    ("vingt et un", 21.0),
    ("dix-huit", 18.0),
    ("quatre", 4.0),
    ("trois quarts", 0.75),
    ("deux et demi", 2.5),
    ("109 milliards", 109e9),
    ("1,5 Md", 1.5e9),
    ("un milliard et demi", 1.5e9),
    ("deux millions et demi", 2.5e6),
    ("deux cents millions", 200e6),
    ("trois millions cinq cent mille", 3.5e6),
    ("1 billion", 1e12),
    ("800 k", 800e3),
    ("10 Mds", 10e9),
    ("4 Mio", 4e6),
    ("3 M", 3e6),
]


@pytest.mark.parametrize("text,expected", NUMBERS)
def test_parse_french_number(text, expected):
    assert parse_french_number(text) == pytest.approx(expected)


@pytest.mark.parametrize("text", ["", "euros", "beaucoup", "milliards", "n/a"])
def test_parse_french_number_rejects(text):
    assert parse_french_number(text) is None


def test_alpha2digit_trap_is_avoided():
    # alpha2digit("109 milliards") == "109 1000000000", which a price parser reads as 1.09e12.
    assert parse_french_number("109 milliards") == 109e9


# --- parse_money --------------------------------------------------------------------------------

PARSE_MONEY = [
    ("109 milliards d'euros", None, MoneyValue(109e9, "EUR")),
    ("1,5 Md€", None, MoneyValue(1.5e9, "EUR")),
    ("cinquante millions", "EUR", MoneyValue(50e6, "EUR")),
    ("un milliard et demi d'euros", None, MoneyValue(1.5e9, "EUR")),
    ("deux cents millions de dollars", None, MoneyValue(200e6, "USD")),
    ("entre 30 et 50 milliards d'euros", None, MoneyValue(50e9, "EUR", 30e9, 50e9)),
    ("de 1 à 2 milliards d'euros", None, MoneyValue(2e9, "EUR", 1e9, 2e9)),
    ("30-50 M€", None, MoneyValue(50e6, "EUR", 30e6, 50e6)),
    ("entre 300 millions et 1,2 milliard d'euros", None, MoneyValue(1.2e9, "EUR", 300e6, 1.2e9)),
    ("3\u202f000 milliards de yens", None, MoneyValue(3e12, "JPY")),
    ("2\u00a0500\u00a0000 €", None, MoneyValue(2.5e6, "EUR")),
    ("500 millions de livres sterling", None, MoneyValue(500e6, "GBP")),
    ("1 billion d'euros", None, MoneyValue(1e12, "EUR")),
    ("10 Mds$", None, MoneyValue(10e9, "USD")),
    ("800 k€", None, MoneyValue(800e3, "EUR")),
    ("1,2 milliard de francs suisses", None, MoneyValue(1.2e9, "CHF")),
    ("400 millions d’euros", None, MoneyValue(400e6, "EUR")),
    ("plus de 800 milliards d’euros", None, MoneyValue(800e9, "EUR", qualifier="plus de")),
    ("environ 134 millions d'euros", None, MoneyValue(134e6, "EUR", qualifier="environ")),
    ("jusqu’à 5 milliards de dollars canadiens", None, MoneyValue(5e9, "CAD", qualifier="jusqu'à")),
    ("US$ 3 milliards", None, MoneyValue(3e9, "USD")),
    ("109 milliards", None, MoneyValue(109e9, None)),
    ("109 milliards", "EUR", MoneyValue(109e9, "EUR")),
    ("4,99 $", None, MoneyValue(4.99, "USD")),
]


@pytest.mark.parametrize("text,default,expected", PARSE_MONEY)
def test_parse_money(text, default, expected):
    got = parse_money(text, default_currency=default)
    assert got is not None
    assert got.value == pytest.approx(expected.value)
    assert got.currency == expected.currency
    assert got.amount_min == (pytest.approx(expected.amount_min) if expected.amount_min else None)
    assert got.amount_max == (pytest.approx(expected.amount_max) if expected.amount_max else None)
    assert got.qualifier == expected.qualifier


@pytest.mark.parametrize("text", ["", "des euros", "beaucoup d'argent"])
def test_parse_money_rejects(text):
    assert parse_money(text) is None


# --- properties -----------------------------------------------------------------------------------

MAGNITUDES = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
              "k": 1e3, "M": 1e6, "Md": 1e9, "Mds": 1e9, "billion": 1e12}


def _grouped(n: int, sep: str) -> str:
    digits = str(n)
    groups = []
    while digits:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return sep.join(groups)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1, max_value=999_999), word=st.sampled_from(sorted(MAGNITUDES)),
       sep=st.sampled_from([" ", "\u00a0", "\u202f", ""]))
def test_number_times_magnitude(n, word, sep):
    text = f"{_grouped(n, sep)} {word}"
    assert parse_french_number(text) == pytest.approx(n * MAGNITUDES[word])


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1000, max_value=10**12), sep=st.sampled_from([" ", "\u00a0", "\u202f", "."]))
def test_thousands_separators_parse_the_same(n, sep):
    assert parse_french_number(_grouped(n, sep)) == float(n)
    assert parse_money(f"{_grouped(n, sep)} €").value == float(n)
