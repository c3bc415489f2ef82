"""Filler prose (template sentences over embedded word lists) and prose attributions.

Each attribution template returns the sentence and the exact quote the gold records; the
quote is a passage of the sentence, so a predicted mention can be checked by overlap.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.corpus import vocab
from bench.corpus.sources import Body, Person, Source


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


_SLOTS = (("Opener", vocab.OPENERS, False), ("adj", vocab.ADJS, False),
          ("adj2", vocab.ADJS, False), ("Adj", vocab.ADJS, True), ("noun", vocab.NOUNS, False),
          ("noun2", vocab.NOUNS, False), ("nouns", vocab.NOUNS_PL, False),
          ("nouns2", vocab.NOUNS_PL, False), ("verb", vocab.VERBS_PAST, False),
          ("verb2", vocab.VERBS_PAST, False), ("vpres", vocab.VERBS_PRES, False),
          ("vpres2", vocab.VERBS_PRES, False), ("adv", vocab.ADVS, False),
          ("time", vocab.TIMES, False), ("place", vocab.PLACES, False),
          ("region", vocab.REGIONS, False), ("template", vocab.SENTENCES, False))


def sentence(rng: random.Random) -> str:
    """One filler sentence. All slots come from one 160-bit draw (mixed radix), which is
    several times faster than one ``rng.choice`` per slot."""
    r = rng.getrandbits(160)
    words = {}
    for name, choices, cap in _SLOTS:
        r, i = divmod(r, len(choices))
        words[name] = _cap(choices[i]) if cap else choices[i]
    return words.pop("template").format(**words)


def paragraph(rng: random.Random, sentences: int) -> list[str]:
    return [sentence(rng) for _ in range(sentences)]


def title_case(text: str) -> str:
    small = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
    words = text.split(" ")
    return " ".join(w if (i and w in small) or not w else w[0].upper() + w[1:]
                    for i, w in enumerate(words))


@dataclass
class Attribution:
    sentence: str
    quote: str


def _the(body: Body) -> str:
    """Bodies read with an article in running text: "the World Bank", but "Amnesty International"."""
    name = body.name
    return name if name.startswith(("Amnesty", "Human Rights Watch")) else f"the {name}"


def report_attribution(rng: random.Random, s: Source) -> Attribution:
    """A sentence attributing a claim to report ``s`` (a body-authored work)."""
    body = s.body
    month = vocab.MONTHS[(s.month or 1) - 1]
    tail = sentence(rng)
    tail = tail[0].lower() + tail[1:]
    form = rng.randrange(4)
    if form == 0:
        quote = f"according to a {month} {s.year} {body.short} report"
        if rng.random() < 0.5:
            return Attribution(f"{_cap(quote)}, {tail}", _cap(quote))
        return Attribution(f"{_cap(tail[:-1])}, {quote}.", quote)
    if form == 1:
        quote = f"A {s.year} report by {_the(body)} titled “{s.title}”"
        return Attribution(f"{quote} concluded that {tail}", quote)
    if form == 2:
        quote = f"Source: {body.name}, {s.title} ({s.year})"
        return Attribution(quote + ".", quote)
    quote = f"{_cap(_the(body))} said in its {month} {s.year} report"
    return Attribution(f"{quote}, “{s.title},” that {tail}", quote)


def actor_attribution(rng: random.Random, actor: Person | Body, body: Body | None,
                      role: str) -> Attribution:
    """A statement by a person (with role and body) or a body ("X said …")."""
    tail = sentence(rng)
    tail = tail[0].lower() + tail[1:]
    if isinstance(actor, Body):
        quote = f"{_cap(_the(actor))} said"
        return Attribution(f"{quote} that {tail}", quote)
    name = f"{actor.given} {actor.family}"
    where = f"{role} at {_the(body)}" if body else role
    if rng.random() < 0.5:
        quote = f"said {name}, {where}"
        claim = sentence(rng)
        return Attribution(f"“{claim[:-1]},” {quote}.", quote)
    quote = f"{name}, {where}, told reporters"
    return Attribution(f"{quote} that {tail}", quote)
