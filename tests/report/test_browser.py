"""The seeds' report in a real headless Chromium (Selenium with the system chromedriver):
no console errors, no network requests, one graph node per document and work, the June 2023
UN report's edges, filtering and sorting the sources table, a narrow window, a screenshot.

Skipped, with the reason, where Chromium, chromedriver, Graphviz or Selenium are missing;
``.ci/run`` installs them, so CI runs these tests."""

from __future__ import annotations

import json
import os
import shutil

import pytest

CHROMIUM = next(filter(None, (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome"))), None)
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--window-size=1280,1000"]

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt install chromium)"),
    pytest.mark.skipif(CHROMEDRIVER is None, reason="chromedriver is not installed (Debian: apt install chromium-driver)"),
    pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's `dot` is not installed (apt install graphviz)"),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e .[test])")
    from selenium.webdriver.chrome.service import Service

    old = os.environ.get("SE_OFFLINE")
    os.environ["SE_OFFLINE"] = "true"  # Selenium Manager must never download a driver or browser
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()
    if old is None:
        os.environ.pop("SE_OFFLINE", None)
    else:
        os.environ["SE_OFFLINE"] = old


@pytest.fixture(scope="module")
def citations(seed_build) -> dict:
    return json.loads((seed_build / "bib" / "citations.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def opened(browser, seed_report):
    """The report loaded once; the logs of that load (console, network) come with it."""
    browser.get_log("browser"), browser.get_log("performance")  # drop anything from start-up
    browser.get(seed_report.as_uri())
    console = browser.get_log("browser")
    network = [json.loads(entry["message"])["message"] for entry in browser.get_log("performance")]
    return browser, console, network


def test_no_console_errors_and_no_network_requests(opened, seed_report):
    _, console, network = opened
    assert [entry for entry in console if entry["level"] in ("SEVERE", "WARNING")] == []
    page = seed_report.as_uri()
    sent = [m["params"] for m in network if m["method"] == "Network.requestWillBeSent"]
    by_page = [p["request"]["url"] for p in sent if p.get("documentURL") == page]
    assert page in by_page
    assert [url for url in by_page if url != page and not url.startswith("data:")] == []
    # nor did anything else reach out (workers, prefetches…); Chromium's own chrome:// pages aside
    outside = [p["request"]["url"] for p in sent if p["request"]["url"].split(":")[0] in ("http", "https", "ws", "wss")
               and not p.get("documentURL", "").startswith("chrome://")]
    assert outside == []


def test_one_node_per_document_and_work(opened, citations):
    from selenium.webdriver.common.by import By

    driver = opened[0]
    keys = [n.get_attribute("data-key") for n in driver.find_elements(By.CSS_SELECTOR, "#citation-graph g.node")]
    expected = {w["key"] for w in citations["works"]} | {d["key"] for d in citations["documents"] if d["key"]}
    assert sorted(keys) == sorted(expected)
    documents = {n.get_attribute("data-key") for n in driver.find_elements(By.CSS_SELECTOR, "#citation-graph g.node.document")}
    assert documents == {d["key"] for d in citations["documents"]}


def test_the_june_2023_un_report_has_edges_from_the_documents_citing_it(opened, citations):
    from selenium.webdriver.common.by import By

    def is_june_2023_un_report(w: dict) -> bool:
        names = " ".join(w["authors"] + [w["institution"] or "", w["publisher"] or ""])
        return w["type"] == "report" and (w["date"] or "").startswith("2023-06") and "United Nations" in names

    [report] = [w for w in citations["works"] if is_june_2023_un_report(w)]
    doc_key = {d["id"]: d["key"] for d in citations["documents"]}
    citing = {doc_key[m["document"]] for m in citations["mentions"] if m["work"] == report["key"]}
    assert len(citing) == 2
    driver = opened[0]
    edges = driver.find_elements(By.CSS_SELECTOR, "#citation-graph g.edge.cites")
    into = {e.get_attribute("data-from") for e in edges if e.get_attribute("data-to") == report["key"]}
    assert into == citing
    node = driver.find_element(By.CSS_SELECTOR, f'#citation-graph g.node[data-key="{report["key"]}"]')
    assert node.is_displayed()


def _visible_row_keys(driver) -> list[str]:
    from selenium.webdriver.common.by import By

    return [r.find_element(By.CSS_SELECTOR, "td").text
            for r in driver.find_elements(By.CSS_SELECTOR, "#sources-table tbody tr") if r.is_displayed()]


def test_filtering_the_sources_table(opened, citations):
    from selenium.webdriver.common.by import By

    driver = opened[0]
    named = {}
    for m in citations["mentions"]:
        if m.get("source_name") and m["work"]:
            named.setdefault(m["work"], m["source_name"])
    in_table = {w["key"] for w in citations["works"] if w["cited_by"] or not w["document"]}
    expected = sorted(
        w["key"] for w in citations["works"] if w["key"] in in_table and "foreign policy" in " ".join(
            [w["key"], w["type"], w["title"] or named.get(w["key"], ""), "; ".join(w["authors"]),
             w["container"] or w["publisher"] or w["institution"] or "", w["date"] or ""]).lower())
    assert expected  # the seeds cite Foreign Policy
    box = driver.find_element(By.ID, "source-filter")
    assert box.is_displayed()
    box.clear()
    box.send_keys("Foreign Policy")
    assert sorted(_visible_row_keys(driver)) == expected
    assert driver.find_element(By.ID, "filter-count").text == f"{len(expected)} of {len(in_table)} sources shown."
    box.clear()
    box.send_keys(" ")
    assert len(_visible_row_keys(driver)) == len(in_table)


def test_sort_buttons_work_from_the_keyboard(opened):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver = opened[0]
    header = driver.find_element(By.XPATH, "//table[@id='sources-table']//th[button[normalize-space()='Key']]")
    button = header.find_element(By.TAG_NAME, "button")
    button.send_keys(Keys.ENTER)
    assert header.get_attribute("aria-sort") == "ascending"
    keys = _visible_row_keys(driver)
    assert keys == sorted(keys, key=str.lower)
    button.send_keys(Keys.SPACE)
    assert header.get_attribute("aria-sort") == "descending"
    assert _visible_row_keys(driver) == sorted(keys, key=str.lower, reverse=True)


def test_narrow_window_has_no_sideways_scrolling(opened):
    driver = opened[0]
    try:
        driver.set_window_size(400, 900)
        overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 1
    finally:
        driver.set_window_size(1280, 1000)


def test_screenshot(opened, tmp_path):
    driver = opened[0]
    driver.execute_script("window.scrollTo(0, 0)")
    path = tmp_path / "report-seeds.png"
    assert driver.save_screenshot(str(path))
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_print_stylesheet_hides_the_controls(opened):
    from selenium.webdriver.common.by import By

    driver = opened[0]
    try:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        assert not driver.find_element(By.ID, "source-filter").is_displayed()
        assert not driver.find_element(By.CSS_SELECTOR, "header nav").is_displayed()
        assert driver.find_element(By.ID, "citation-graph").is_displayed()
        assert driver.find_element(By.ID, "documents").is_displayed()
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_full_size_toggle(opened):
    from selenium.webdriver.common.by import By

    driver = opened[0]
    driver.set_window_size(600, 900)
    try:
        toggle = driver.find_element(By.ID, "graph-size")
        graph = driver.find_element(By.ID, "citation-graph")
        fitted = graph.size["width"]
        toggle.click()
        assert toggle.get_attribute("aria-pressed") == "true" and graph.size["width"] > fitted
        toggle.click()
        assert toggle.get_attribute("aria-pressed") == "false" and graph.size["width"] == fitted
    finally:
        driver.set_window_size(1280, 1000)


def test_usable_without_javascript(opened, seed_report, citations):
    from selenium.webdriver.common.by import By

    driver = opened[0]
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        driver.get(seed_report.as_uri())
        assert "js" not in (driver.find_element(By.TAG_NAME, "html").get_attribute("class") or "")
        assert not driver.find_element(By.ID, "source-filter").is_displayed()  # it could not work: hidden
        rows = driver.find_elements(By.CSS_SELECTOR, "#sources-table tbody tr")
        assert rows and all(r.is_displayed() for r in rows)
        links = driver.find_elements(By.CSS_SELECTOR, "#citation-graph g.node a")
        assert len(links) == len(citations["works"])  # every node links to its detail
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
        driver.get(seed_report.as_uri())
