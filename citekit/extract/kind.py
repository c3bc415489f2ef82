"""What kind of document a text is, when its own header says so (one job): a press release, the
transcript of a radio or television broadcast or of a podcast, a court's or a tribunal's decision.

Each kind is read from what such documents print at their top, never from the words of the body:

- a press release labels itself on a line of its own ("PRESS RELEASE", "News release No.
  2026/214", "Press release · For immediate release", "Communiqué de presse"), or says it is
  "for immediate release";
- a transcript gives its speakers' turns ("PRESENTER: …", "HOST: …") under a header naming the
  broadcast ("Broadcast: Friday 16 June 2034, 12:30-13:00", "KBC RADIO ONE") or the podcast ("A
  podcast about …", "Episode 42: …"); a committee's record of oral evidence is no broadcast;
- a decision names its parties ("Solveig Brekke (Claimant) v Norrhaven Energi AS", "Velden
  Water Services Ltd v Environmental Protection Authority") and its case number or neutral
  citation ("Case no. ECT/2027/0148", "[2026] WMCA Civ 218").

The kinds are citekit types: ``press-release`` (CSL ``report``, genre "Press release"),
``broadcast`` and ``podcast`` (CSL ``broadcast``), ``legal_case`` (CSL ``legal_case``).
"""

from __future__ import annotations

import re

from citekit.extract.attributions.turns import find_turns

HEADER_LINES = 15  # a kind is printed within the first lines
MIN_TURNS = 5  # speaker turns that make a text a transcript

_RELEASE_WORDS = (r"(?:joint\s+)?(?:press|news|media)\s+release|communiqu[ée]\s+de\s+presse|pressemitteilung"
                  r"|comunicado\s+de\s+prensa|nota\s+de\s+prensa|comunicato\s+stampa|persbericht")
RELEASE_LINE_RE = re.compile(
    rf"(?i)^(?:.{{2,80}}\s[-–—|·]\s+)?(?:{_RELEASE_WORDS})\b(?!\s+(?:of|from|by|on)\b)[^!?]{{0,60}}(?<![a-z]\.)$"
    r"|^for\s+immediate\s+release\b")
# "Broadcast: Friday 16 June 2034", "Presenter: Oliver Penhallow", "HOST: Welcome to …"
_BROADCAST_LABEL_RE = re.compile(r"(?im)^\s*(?:broadcast|aired|presenters?|hosts?|programme|program)\s*:")
_PODCAST_RE = re.compile(r"(?i)\bpodcast\b|\bepisode\s+\d+\b")
_RADIO_RE = re.compile(r"(?i)\bradio\b|\b\d{2,3}(?:\.\d)?\s*fm\b")
_TELEVISION_RE = re.compile(r"(?i)\btelevision\b|\btv\b")
_HEARING_RE = re.compile(r"(?i)\boral\s+evidence\b|\bcommittee\b|\bassembly\b|\bparliament\b|\bcouncil\b|\bhearing\b")
# a case's parties: "A Ltd (Appellant) v B (Respondent)", "R (on the application of X) v Y", or a line "v"
_CAPTION_RE = re.compile(r"^(?:[A-Z(][^\n]{1,150}?\s)?v\.?(?:\s[A-Z][^\n]{1,150})?$")
_CASE_NUMBER_RE = re.compile(r"(?i)^(?:case|claim|appeal|application)\s+(?:no\.?|number)\s*:?\s*\S*\d"
                             r"|\[(?:19|20)\d\d\]\s+[A-Z][A-Za-z]{1,6}(?:\s+[A-Z][a-z]{0,5})?\s+\d+")


def document_kind(text: str) -> tuple[str, str | None] | None:
    """(citekit type, genre) of a document (its plain text) whose header says what kind it is; None otherwise."""
    header = [line.strip(" \t*_#>|") for line in text.splitlines() if line.strip(" \t*_#>|")][:HEADER_LINES]
    if any(RELEASE_LINE_RE.match(line) for line in header):
        return "press-release", "press release"
    top = "\n".join(header[:8])
    if _BROADCAST_LABEL_RE.search(top) or _PODCAST_RE.search(top) or _RADIO_RE.search(top) or _TELEVISION_RE.search(top):
        turns = find_turns(text, {})
        first = top.find(text[turns[0].start:turns[0].said].strip()) if turns else -1
        top = top[:first] if first > 0 else top  # the header above the first speaker's turn
        if len(turns) >= MIN_TURNS and not _HEARING_RE.search(top):
            return _broadcast(top)
    if any(_CAPTION_RE.match(line) and " v" in f" {line}" for line in header) \
            and any(_CASE_NUMBER_RE.search(line) for line in header):
        return "legal_case", None
    return None


def _broadcast(top: str) -> tuple[str, str | None]:
    if _PODCAST_RE.search(top):
        return "podcast", "podcast"
    if _RADIO_RE.search(top):
        return "broadcast", "radio broadcast"
    return "broadcast", "television broadcast" if _TELEVISION_RE.search(top) else None
