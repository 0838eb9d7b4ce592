"""Regenerate docs/show.png and docs/serve.png with headless Chromium (Debian's chromium + chromedriver).

    python docs/make_screenshots.py

show.png: ``extractor show`` on the bundled example, shot by ``chromium --headless --screenshot``.
serve.png: ``extractor serve`` on a free port; Selenium pastes the example into the page, submits,
and shoots the result (a form has to be submitted, which --screenshot alone cannot do).
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "sommet_ia_paris.txt"
FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars",
]


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("no chromium binary (apt-get install chromium chromium-driver)")


def shoot_show(out: Path, tmp: Path) -> None:
    page = tmp / "show.html"
    subprocess.run([sys.executable, "-m", "extractor", "show", str(EXAMPLE), "--html", str(page)], check=True, cwd=ROOT)
    subprocess.run(
        [_chromium(), *FLAGS, f"--user-data-dir={tmp / 'profile-show'}", "--window-size=1280,1750",
         f"--screenshot={out}", page.as_uri()],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def shoot_serve(out: Path, tmp: Path) -> None:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "extractor", "serve", "--port", str(port)], cwd=ROOT)
    try:
        url = f"http://127.0.0.1:{port}/"
        for _ in range(240):
            try:
                with urllib.request.urlopen(url + "health") as res:
                    if json.load(res)["status"] == "ok":
                        break
            except OSError:
                time.sleep(0.5)
        options = webdriver.ChromeOptions()
        options.binary_location = _chromium()
        for flag in (*FLAGS, f"--user-data-dir={tmp / 'profile-serve'}", "--window-size=1280,2300"):
            options.add_argument(flag)
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
        try:
            driver.get(url)
            driver.find_element(By.ID, "text").send_keys(EXAMPLE.read_text(encoding="utf-8"))
            driver.find_element(By.ID, "submit").click()
            WebDriverWait(driver, 120).until(EC.presence_of_element_located((By.CSS_SELECTOR, "#result[data-state=done]")))
            driver.find_element(By.CSS_SELECTOR, "table.pledges tbody tr a.evidence-link").click()  # show :target
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(out))
        finally:
            driver.quit()
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    docs = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        shoot_show(docs / "show.png", Path(tmp))
        shoot_serve(docs / "serve.png", Path(tmp))
    print(f"wrote {docs / 'show.png'} and {docs / 'serve.png'}")


if __name__ == "__main__":
    main()
