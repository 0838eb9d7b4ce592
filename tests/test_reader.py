"""Tests for extractor/reader.py: decoding, bad inputs, clean_text, title, dateline, HTML."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from extractor.reader import Article, ReadError, is_boilerplate, parse_text, read_bytes, read_path

DATA = Path(__file__).parent / "data" / "reader"

BODY = (
    "La start-up lyonnaise Volta Silicium a levé 45 millions d’euros auprès d’Eurazeo "
    "pour construire une ligne pilote de puces à Crolles.\n"
)


# --------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "text", "warnings"),
    [
        ("Mistral AI lève 600 millions d’euros.".encode("utf-8"), "Mistral AI lève 600 millions d’euros.", ()),
        (b"\xef\xbb\xbf" + "Été record pour la French Tech.".encode("utf-8"), "Été record pour la French Tech.", ()),
        (b"La Fran\xe7aise des jeux investit \xe0 Boulogne.", "La Française des jeux investit à Boulogne.", ("decoded as cp1252",)),
        (b"L\x92\xe9tat investit 2\xa0milliards \x80.", "L’état investit 2\xa0milliards €.", ("decoded as cp1252",)),
        (b"R\xe9sum\xe9 \x81 Bpifrance soutient l'usine.", "Résumé \x81 Bpifrance soutient l'usine.", ("decoded as latin-1",)),
    ],
    ids=["utf8", "utf8-bom", "cp1252-accents", "cp1252-quote-euro", "latin1"],
)
def test_decoding(data: bytes, text: str, warnings: tuple[str, ...]) -> None:
    article = read_bytes(data, source="x.txt")
    assert article.text == text
    assert article.warnings == warnings
    assert article.source == "x.txt"


def test_read_path_cp1252_file(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes("Le fonds Élan a investi 5 millions d’euros à Lille.\r\n".encode("cp1252"))
    article = read_path(path)
    assert article.text == "Le fonds Élan a investi 5 millions d’euros à Lille.\r\n"
    assert article.clean_text == "Le fonds Élan a investi 5 millions d'euros à Lille. \n"
    assert article.warnings == ("decoded as cp1252",)
    assert article.source == str(path)


# --------------------------------------------------------------------------- bad inputs


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  \n", "empty file"),
        ("\u00a0\n\u202f\n".encode("utf-8"), "empty file"),
        (b"PK\x03\x04\x00\x00\x08\x00verso", "binary file"),
        (bytes(range(1, 32)) * 20 + b"texte", "binary file"),
    ],
    ids=["empty", "whitespace", "nbsp-only", "nul-bytes", "control-chars"],
)
def test_bad_content(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert str(info.value) == f"{path}: {reason}"
    assert "\n" not in str(info.value)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as info:
        read_path(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a directory"


def test_missing(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as info:
        read_path("corpus/articles/absent.txt")
    assert str(info.value) == "corpus/articles/absent.txt: no such file"


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Un article beaucoup trop long.", encoding="utf-8")
    with pytest.raises(ReadError) as info:
        read_path(path, max_bytes=10)
    assert str(info.value) == f"{path}: file too large (30 bytes > 10)"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Texte confidentiel.", encoding="utf-8")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads everything: simulate the OS refusal
        real_open = Path.open

        def refuse(self: Path, *args, **kwargs):
            if self == path:
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ReadError) as info:
        read_path(path)
    assert str(info.value) == f"{path}: permission denied"


def test_read_bytes_message_uses_source() -> None:
    with pytest.raises(ReadError) as info:
        read_bytes(b"\n\n", source="<stdin>")
    assert str(info.value) == "<stdin>: empty file"


# --------------------------------------------------------------------------- clean_text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("Il l’a annoncé\u00a0: 12\u202f000 emplois.", "Il l'a annoncé : 12 000 emplois."),
        ("Un budget de 1\u2009500\u2007000 €.", "Un budget de 1 500 000 €."),
        ("L‘usine d\u02bcAmazon.", "L'usine d'Amazon."),
        ("Ligne un.\r\nLigne deux.\r\n", "Ligne un. \nLigne deux. \n"),
        ("Ancien Mac.\rSuite.", "Ancien Mac.\nSuite."),
        ("# Le titre\nLe corps.", "  Le titre\nLe corps."),
    ],
    ids=["nbsp-apostrophe", "thin-figure-space", "other-apostrophes", "crlf", "lone-cr", "markdown-hashes"],
)
def test_clean_text_substitutions(text: str, clean: str) -> None:
    article = parse_text(text)
    assert article.text == text
    assert article.clean_text == clean
    assert len(article.clean_text) == len(article.text)


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi : La construction de maisons individuelles en chute libre",
        "Lire aussi :\u00a0 Les sénateurs veulent taxer les rachats d’actions",
        "À lire aussi : Le CAC 40 termine en hausse",
        "Laisser un commentaire",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Les champs obligatoires sont indiqués avec *",
        "Retour en haut",
        "Partager sur Facebook",
        "Partager sur X",
        "Partager : Facebook Twitter LinkedIn",
        "LinkedIn",
        "Abonnez-vous à notre newsletter pour ne rien manquer",
        "Newsletter",
        "Publicité",
        "PUBLICITÉ",
        "×",
        "RÉDIGE TON AVIS",
        "Donnez votre avis !",
        "IA-France-109-milliards",
        "usine-gigafactory-dunkerque.jpg",
        "Crédit photo : Shutterstock",
    ],
)
def test_boilerplate_line_is_blanked(line: str) -> None:
    text = f"Titre de l’article\n\n{BODY}\n{line}\n\nLa suite de l’article reste lisible.\n"
    article = parse_text(text)
    start = text.index(line)
    blanked = article.clean_text[start : start + len(line)]
    assert blanked == " " * len(line)
    assert article.text == text  # text untouched
    assert "La suite de l'article reste lisible." in article.clean_text
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "La publicité en ligne a progressé de 8 % en 2024.",
        "Abonnés et lecteurs attendent la nouvelle version.",
        "La newsletter de la start-up compte 40 000 abonnés.",
        "Île-de-France",
        "Résumé :",
        "Le groupe a choisi de partager ses brevets avec ses partenaires.",
        "Lire aussi les conclusions du rapport est instructif.",
    ],
)
def test_article_line_is_kept(line: str) -> None:
    text = f"{BODY}{line}\n"
    assert parse_text(text).clean_text.endswith(line.replace("’", "'") + "\n")
    assert not is_boilerplate(line)


def test_bare_read_also_blanks_the_linked_headline() -> None:
    text = f"{BODY}\nÀ lire aussi\n\nLe prix de l’électricité va baisser en février\n\nL’usine ouvrira en 2026.\n"
    clean = parse_text(text).clean_text
    assert "lire aussi" not in clean
    assert "électricité" not in clean
    assert "L'usine ouvrira en 2026." in clean


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZé’‘ʼ'.:\n\r \u00a0\u202f\u2009\u2007#-×0123456789")), max_size=200))
def test_clean_text_same_length_property(text: str) -> None:
    clean = parse_text(text).clean_text
    assert len(clean) == len(text)
    for t, c in zip(text, clean):
        assert c == t or c in " '\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcdefXYZ’ \n\r\u00a0.,")), max_size=200))
def test_ascii_letters_kept_outside_boilerplate(text: str) -> None:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assume(not any(is_boilerplate(line) for line in lines))
    clean = parse_text(text).clean_text
    assert len(clean) == len(text)
    for i, ch in enumerate(text):
        if ch.isascii() and ch.isalpha():
            assert clean[i] == ch


# --------------------------------------------------------------------------- title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mistral AI lève 600 millions d’euros\n\n" + BODY, "Mistral AI lève 600 millions d’euros"),
        ("\n\n  Nvidia investit en France  \n" + BODY, "Nvidia investit en France"),
        ("L’offensive française dans l’IA : d’où viennent les milliards ?\n" + BODY,
         "L’offensive française dans l’IA : d’où viennent les milliards ?"),
        ("Bpifrance double la mise !\n" + BODY, "Bpifrance double la mise !"),
        ("# Cocorico Robotique lève 8 millions\n\n" + BODY, "Cocorico Robotique lève 8 millions"),
        ("Publicité\nAmazon annonce 1,2 milliard pour ses entrepôts\n" + BODY, "Amazon annonce 1,2 milliard pour ses entrepôts"),
        ("Publié le 13 mai 2024\nOVHcloud ouvre un centre à Roubaix\n" + BODY, "OVHcloud ouvre un centre à Roubaix"),
        ("Les investissements étrangers progressent en France.\n" + BODY, None),
        ("Les enjeux :\n" + BODY, None),
        ("Paris, le 11 juin 2024 – La société Ondine annonce un investissement.\n" + BODY, None),
        ("Le 11 juin 2024 à 8h00\n\n" + BODY, None),
        ("Un très long premier paragraphe " * 10 + "sans point final\n" + BODY, None),
        (BODY, None),
    ],
    ids=["plain", "leading-blank", "question", "exclamation", "markdown", "after-boilerplate", "after-dateline",
         "sentence", "colon", "dateline", "date-only", "too-long", "body-only"],
)
def test_title(text: str, title: str | None) -> None:
    assert parse_text(text).title == title


def test_title_argument_overrides() -> None:
    assert parse_text("Un titre détecté\n" + BODY, title="Titre imposé").title == "Titre imposé"


# --------------------------------------------------------------------------- publication date


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Titre\nPublié le 13 mai 2024\n" + BODY, date(2024, 5, 13)),
        ("Titre\nPublié le 13/05/2024 à 10h32\n" + BODY, date(2024, 5, 13)),
        ("Titre\nPar Claire Martin | Publié le lundi 1er juillet 2024 à 7h45\n" + BODY, date(2024, 7, 1)),
        ("Titre\nMis à jour le 2 avril 2024 à 17h05\n" + BODY, date(2024, 4, 2)),
        ("Titre\nPublié le 3 févr. 2025 à 9h00 · Mis à jour le 4 févr. 2025\n" + BODY, date(2025, 2, 3)),
        ("Titre\nMis à jour le 4 février 2025\nPublié le 3 février 2025\n" + BODY, date(2025, 2, 3)),
        ("Paris, le 11 juin 2024 – Le groupe Ondine annonce 300 millions d’euros.\n" + BODY, date(2024, 6, 11)),
        ("Saint-Étienne, le 2 décembre 2024\n\n" + BODY, date(2024, 12, 2)),
        ("Titre\nLe 11 juin 2024 à 8h00\n\n" + BODY, date(2024, 6, 11)),
        ("Titre\n20 novembre 2023\n" + BODY, date(2023, 11, 20)),
        ("Titre\nDate: 2024-05-13\n" + BODY, date(2024, 5, 13)),
        ("Titre\nDate de publication : 05.09.2024\n" + BODY, date(2024, 9, 5)),
        ("Titre\n" + BODY * 30 + "Article publié le 9 octobre 2024\n", date(2024, 10, 9)),
    ],
    ids=["publie-mots", "publie-numerique", "byline-weekday-1er", "mis-a-jour", "publie-avant-maj",
         "publie-gagne", "communique-paris", "communique-ville-composee", "le-date-heure", "date-seule",
         "date-iso", "date-pointee", "pied-de-page"],
)
def test_published(text: str, published: date) -> None:
    assert parse_text(text).published == published


@pytest.mark.parametrize(
    ("published", "expected"),
    [(date(2025, 2, 10), date(2025, 2, 10)), ("2025-02-10", date(2025, 2, 10)), (" 2024-12-31", date(2024, 12, 31))],
    ids=["date", "iso-string", "iso-string-padded"],
)
def test_published_argument_overrides_the_byline(published: date | str, expected: date) -> None:
    assert parse_text("Titre\nPublié le 13 mai 2024\n" + BODY, published=published).published == expected


@pytest.mark.parametrize("published", ["10/02/2025", "10 février 2025", "2025-02-30"])
def test_published_argument_that_is_not_an_iso_date_is_refused(published: str) -> None:
    with pytest.raises(ValueError, match="expected a date YYYY-MM-DD"):
        parse_text("Titre\n" + BODY, published=published)


@pytest.mark.parametrize(
    "text",
    [
        "Titre\nLe 9 février 2025, le président a inauguré un sommet au Grand Palais.\n" + BODY,
        "Titre\nLe rapport publié le 3 mars 2024 par la Cour des comptes est sévère.\n" + BODY,
        "Titre\n" + BODY * 20 + "Publié le 13 mai 2024\n" + BODY * 20,
        "Titre\nPublié le 31 février 2024\n" + BODY,
        "Titre\nLes travaux commenceront en 2026.\n" + BODY,
    ],
    ids=["body-date", "body-publie", "middle-of-article", "impossible-date", "year-only"],
)
def test_no_published_date_is_guessed(text: str) -> None:
    assert parse_text(text).published is None


def test_published_argument_overrides() -> None:
    article = parse_text("Titre\nPublié le 13 mai 2024\n" + BODY, published=date(2025, 2, 10))
    assert article.published == date(2025, 2, 10)


# --------------------------------------------------------------------------- files and HTML


def test_markdown_fixture() -> None:
    article = read_path(DATA / "levee_fonds.md")
    assert article.title == "Nantes : Cocorico Robotique boucle un tour de table de 8 millions d’euros"
    assert article.published == date(2025, 3, 3)
    assert "robots collaboratifs" in article.text
    assert "robots collaboratifs" not in article.clean_text
    assert "Partager" not in article.clean_text
    i = article.text.index("8 millions d’euros auprès")
    assert article.clean_text[i : i + 18] == "8 millions d'euros"


def test_press_release_fixture_crlf() -> None:
    article = read_path(DATA / "communique.txt")
    assert article.title is None
    assert article.published == date(2024, 6, 11)
    assert "\r\n" in article.text and "\r" not in article.clean_text
    assert len(article.clean_text) == len(article.text)


def test_html_fixture_main_text_title_and_date() -> None:
    article = read_path(DATA / "article_nav.html")
    assert isinstance(article, Article)
    assert article.title == "Bretagne : la start-up Marée Data lève 12 millions d'euros"
    assert article.published == date(2024, 6, 11)
    assert "levée de fonds de 12 millions d’euros" in article.text
    assert "supercalculateur" in article.text
    for junk in ("Mentions légales", "Accueil", "Recevez chaque matin", "Partager sur Facebook", "<p>"):
        assert junk not in article.text
    assert len(article.clean_text) == len(article.text)


def test_html_sniffed_from_bytes() -> None:
    data = (DATA / "article_nav.html").read_bytes()
    article = read_bytes(data, source="<stdin>")
    assert "Breizh Up" in article.text and "<html" not in article.text
    assert article.source == "<stdin>"


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body></body></html>",
        b"<!DOCTYPE html><html><head><title>Vide</title></head><body><nav><a href='/'>Accueil</a></nav></body></html>",
    ],
    ids=["empty-body", "menu-only"],
)
def test_html_without_article_text(page: bytes) -> None:
    with pytest.raises(ReadError) as info:
        read_bytes(page, source="vide.html")
    assert str(info.value) == "vide.html: no article text found in HTML"


def test_text_that_mentions_html_is_not_parsed_as_html() -> None:
    article = read_bytes("Le balisage <b>HTML</b> reste lisible.\n".encode("utf-8"), source="note.txt")
    assert article.text == "Le balisage <b>HTML</b> reste lisible.\n"
