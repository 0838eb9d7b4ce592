"""The page of ``extractor serve`` in a real browser: uvicorn on a free local port, headless Chromium
driven by Selenium through Debian's chromedriver (no browser download)."""
from __future__ import annotations

import shutil
import socket
import tempfile
import threading

import pytest

from extractor.api import Extractor
from extractor.visual.server import create_app

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no chromium/chromedriver binary installed (Debian: apt-get install chromium chromium-driver)",
)

ARTICLE = """Le Nord décroche un centre de calcul géant
Paris, le 11 février 2025

L'investisseur canadien Brookfield injectera 20 milliards d'euros dans la construction d'un centre de calcul à Cambrai. Le chantier doit débuter l'an prochain et employer plusieurs centaines de personnes."""

CHROMIUM_FLAGS = (
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,1000",
)
WAIT = 120  # seconds, an upper bound for one extraction on a slow CI machine, not a timing test


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(nlp):
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(
        create_app(extractor=Extractor(nlp=nlp)), host="127.0.0.1", port=port, log_level="warning",
    ))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    ready = threading.Event()
    for _ in range(600):  # until uvicorn has bound the port
        if server.started:
            ready.set()
            break
        thread.join(0.05)
    assert ready.is_set(), "uvicorn did not start"
    yield f"http://127.0.0.1:{port}/"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.TemporaryDirectory()
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile.name}"):
        options.add_argument(flag)
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield drv
    drv.quit()
    profile.cleanup()


def _submit(driver, base_url: str, text: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(base_url)
    box = driver.find_element(By.ID, "text")
    box.clear()
    box.send_keys(text)  # typed like a person pastes, line breaks included
    driver.find_element(By.ID, "submit").click()


def _cells(row) -> list[str]:
    from selenium.webdriver.common.by import By

    return [td.text.replace("\u00a0", " ").strip() for td in row.find_elements(By.TAG_NAME, "td")]


def test_pasted_article_shows_highlights_and_pledge_table(driver, base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    _submit(driver, base_url, ARTICLE)
    WebDriverWait(driver, WAIT).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#result[data-state=done]")))

    headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.pledges thead th")]
    rows = driver.find_elements(By.CSS_SELECTOR, "table.pledges tbody tr")
    assert len(rows) == 1
    row = dict(zip(headers, _cells(rows[0])))
    assert row["Investisseur"] == "Brookfield"
    assert row["Montant"].startswith("20 000 000 000 €")
    assert row["Lieu"] == "Cambrai"
    assert row["Devise"] == "EUR"

    labels = {m.get_attribute("data-label") for m in driver.find_elements(By.CSS_SELECTOR, ".article mark.entity")}
    assert {"ORG", "MONEY", "LOC", "DATE"} <= labels
    assert "1 engagement(s)" in driver.find_element(By.ID, "status").text

    # the row's link jumps to the highlighted evidence sentence
    link = rows[0].find_element(By.CSS_SELECTOR, "a.evidence-link")
    link.click()
    target = driver.execute_script("return document.querySelector(':target')")
    assert target is not None and target.get_attribute("class") == "evidence"
    assert link.get_attribute("href").endswith("#" + target.get_attribute("id"))
    sentence = target.text  # entity labels (ORG, MONEY...) are part of the visible text
    assert "Brookfield" in sentence and "20 milliards d'euros" in sentence and "Cambrai" in sentence


def test_blank_article_shows_the_service_message(driver, base_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _submit(driver, base_url, "   ")
    WebDriverWait(driver, WAIT).until(lambda d: d.find_element(By.ID, "error").text)
    assert driver.find_element(By.ID, "error").text == "Erreur 422 : text: must not be empty"
    assert not driver.find_elements(By.CSS_SELECTOR, "table.pledges")
