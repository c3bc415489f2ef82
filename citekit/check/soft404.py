"""Pages that answer 200 but say "not found", and bot-challenge pages, recognised by their text.

Title and first headings are matched against a wide list of phrases in several languages; the
visible body only against the strongest phrases, and only when the page is short (error pages are),
so an article that *mentions* a missing page is not taken for one.
"""

from __future__ import annotations

import html
import re

from citekit.check.fetch import Outcome

_HEAD_PHRASES = [  # titles and h1/h2; each names the *page* as missing, so a headline rarely matches
    r"\b404\b", r"page not found", r"^(?:error:?\s*)?not found\s*(?:$|[|–—:·-])", r"(?:file|document|article|content|resource) not found",
    r"(?:page|content|article|item|document) (?:is )?no longer (?:available|exists)", r"page (?:does not|doesn't) exist",
    r"page (?:cannot|can't|could not|couldn't) be found", r"(?:page|content|article) has been (?:removed|deleted)",
    r"page introuvable", r"page non trouv[ée]e", r"page n'existe (?:pas|plus)", r"page n[’']est plus disponible",  # fr
    r"seite nicht gefunden", r"seite existiert nicht", r"seite (?:ist )?nicht mehr verf[üu]gbar",  # de
    r"p[áa]gina no encontrada", r"p[áa]gina no existe", r"p[áa]gina ya no est[áa] disponible",  # es
    r"pagina non trovata", r"pagina non [èe] pi[ùu] disponibile", r"p[áa]gina n[ãa]o encontrada",  # it, pt
    r"pagina niet gevonden", r"strona nie zosta[łl]a znaleziona", r"sidan kunde inte hittas",  # nl, pl, sv
    r"страница не найдена", r"страницы не существует", r"页面不存在", r"找不到(?:该|此)?页面", r"ページが見つかりません",
    r"الصفحة غير موجودة", r"페이지를 찾을 수 없습니다", r"sayfa bulunamad[ıi]",  # ru, zh, ja, ar, ko, tr
]
_BODY_PHRASES = [
    r"\b404\b[^.\n]{0,20}not found", r"error 404", r"page not found", r"page (?:you requested|you are looking for)[^.\n]{0,60}"
    r"(?:not|no longer|doesn't|does not|cannot|can't|could not)", r"page introuvable", r"seite nicht gefunden",
    r"p[áa]gina no encontrada", r"pagina non trovata", r"p[áa]gina n[ãa]o encontrada", r"страница не найдена", r"页面不存在",
]
#: Every body phrase contains one of these (lower case): a cheap test before the regex, which costs
#: ~0.25 ms on a 2 KB page (a quarter of a link check's CPU) and would rarely match anyway.
_BODY_KEYS = ("404", "not found", "page you", "introuvable", "nicht gefunden", "encontrada", "non trovata",
              "не найдена", "页面不存在")
HEAD_RE = re.compile("|".join(_HEAD_PHRASES), re.IGNORECASE)
BODY_RE = re.compile("|".join(_BODY_PHRASES), re.IGNORECASE)
TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
HEADING_RE = re.compile(r"<h[12][^>]*>(.*?)</h[12]>", re.IGNORECASE | re.DOTALL)
INVISIBLE_RE = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
TAG_RE = re.compile(r"<[^>]+>")
SHORT_PAGE = 3000  # characters of visible text
CHALLENGE_RE = re.compile(
    r"cf-chl|challenge-platform|just a moment\.\.\.|attention required! \| cloudflare|checking your browser|"
    r"captcha|ddos protection by|please enable (?:javascript and )?cookies|are you a robot|verify you are human|"
    r"_incapsula_resource|px-captcha|perimeterx|datadome|access denied.{0,200}reference #", re.IGNORECASE | re.DOTALL)


def _text(fragment: str) -> str:
    return " ".join(html.unescape(TAG_RE.sub(" ", fragment)).split())


def not_found_page(body: str) -> str | None:
    """The phrase (title, heading or short body) that says the page is missing, or None."""
    markup = INVISIBLE_RE.sub(" ", body)
    title = TITLE_RE.search(markup)
    candidates = [_text(title.group(1))] if title else []
    candidates += [_text(h) for h in HEADING_RE.findall(markup)[:2]]
    for text in candidates:
        if text and len(text) <= 120 and HEAD_RE.search(text):
            return text
    visible = _text(markup)
    lowered = visible.lower() if len(visible) <= SHORT_PAGE else ""
    if lowered and any(key in lowered for key in _BODY_KEYS):
        match = BODY_RE.search(visible)
        if match:
            return match.group(0)
    return None


def bot_challenge(outcome: Outcome) -> bool:
    """True when the response is an anti-bot interstitial (Cloudflare, Akamai, Imperva, …)."""
    if "challenge" in outcome.headers.get("cf-mitigated", ""):
        return True
    return bool(outcome.body) and bool(CHALLENGE_RE.search(outcome.body[:65536]))
