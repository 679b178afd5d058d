"""The one bidi rule for every text the program shows (screens, charts, both PDFs).

Each paragraph (line) takes the direction of its first strong letter and is wrapped in a
directional isolate of that direction; inside it, every run of the other direction (a handle,
a URL, an e-mail, a Latin hashtag, an English sentence, a number with its unit; or Arabic words
inside English) is isolated too, so its own punctuation stays at its own end. The rule and its
cases are written down in docs/bidi.md. No Qt here: the UI, the charts and the PDF all call it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRM, RLM = "\u200e", "\u200f"

Direction = Literal["ltr", "rtl"]

_INITIATORS = frozenset((LRI, RLI, FSI))
_STRONG = {"L": "ltr", "R": "rtl", "AL": "rtl"}
_LINE = re.compile(r"(\r\n|[\n\r\u2028\u2029\x0b\x0c\x1c-\x1e\x85])")
_TOKEN = re.compile(r"\s+|\S+")
# Characters at the edge of an isolated run that belong to the run, not to the sentence
# around it: "@handle", "#tag", "+968 ...", "bin.", "100%", "https://x.com/".
_LTR_LEAD = frozenset("@#$+-")
_LTR_TRAIL = frozenset("%/")
_RTL_LEAD = frozenset("@#")
_RTL_TRAIL = frozenset("٪")
# A sentence's closing punctuation belongs to a run of several words (an English sentence
# inside Arabic ends with its own full stop); after a single word (a handle, a tag, a link)
# it ends the sentence around it.
_LTR_CLOSE = frozenset(".,!?:;…")
_RTL_CLOSE = frozenset("،؛؟۔")


def direction(text: str) -> Direction | None:
    """The direction of `text`'s first strong letter (rule P2 of UAX #9: what sits inside an
    isolate is skipped); None when it has none (digits, punctuation, emoji)."""
    depth = 0
    for ch in text:
        if ch in _INITIATORS:
            depth += 1
        elif ch == PDI:
            depth = max(0, depth - 1)
        elif depth == 0:
            found = _STRONG.get(unicodedata.bidirectional(ch))
            if found:
                return found  # type: ignore[return-value]
    return None


def isolate(text: str) -> str:
    """`text` as a first-strong isolate: a value (a name, a handle) kept whole, in its own
    direction, inside a sentence of either direction."""
    return f"{FSI}{text}{PDI}" if text else text


def ltr(text: str) -> str:
    """`text` as a left-to-right isolate: a value that is always left to right (a colour's hex
    code, a file name, a handle) kept whole inside Arabic."""
    return f"{LRI}{text}{PDI}" if text else text


def line(text: str, rtl: bool) -> str:
    """A whole line forced to the direction of its context (a chart label), with every run of
    the other direction inside isolated."""
    return (RLM if rtl else LRM) + runs(text, rtl)


def shown(text: str) -> str:
    """`text` ready to be drawn anywhere: every line in the direction of its first strong
    letter, isolated from what surrounds it, with its runs of the other direction isolated.
    Lines without a strong letter are left as they are. Even a line of one direction only is
    isolated: cut short with "…" in a narrow cell, it would otherwise lose its order. Stored
    text is never changed: this is for display only."""
    if len(text) <= _CACHED:
        return _shown_cached(text)
    return _shown(text)


_CACHED = 2000  # characters; with 4096 entries the cache stays under ~35 MB at worst


@lru_cache(maxsize=4096)  # views ask for the same cells' text on every repaint
def _shown_cached(text: str) -> str:
    return _shown(text)


def _shown(text: str) -> str:
    if not text:
        return text
    parts = _LINE.split(text)
    for i in range(0, len(parts), 2):
        parts[i] = _paragraph(parts[i])
    return "".join(parts)


def marked(text: str) -> str:
    """`text` for a widget that takes its direction and alignment from the text itself (a
    QLabel: Qt reads the first strong letter outside isolates): its first line starts with the
    mark of its direction instead of being isolated, the rest as `shown` does."""
    if not text:
        return text
    parts = _LINE.split(text)
    found = direction(parts[0])
    if found is not None:
        rtl = found == "rtl"
        parts[0] = (RLM if rtl else LRM) + runs(parts[0], rtl)
    for i in range(2, len(parts), 2):
        parts[i] = _paragraph(parts[i])
    return "".join(parts)


def _paragraph(text: str) -> str:
    found = direction(text)
    if found is None:
        return text
    rtl = found == "rtl"
    return f"{RLI if rtl else LRI}{runs(text, rtl)}{PDI}"


def _kind(token: str) -> str:
    """'L' or 'R' for a token with letters of one direction only, 'M' for both, 'N' for none."""
    kinds = set()
    for ch in token:
        found = _STRONG.get(unicodedata.bidirectional(ch))
        if found:
            kinds.add(found)
    if len(kinds) == 2:
        return "M"
    if kinds:
        return "L" if "ltr" in kinds else "R"
    return "N"


def _has_digit(token: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("EN", "AN") for ch in token)


def runs(text: str, rtl: bool) -> str:
    """`text` (one line of direction `rtl`) with each run of the other direction isolated.

    A run is a sequence of whitespace-separated words of the other direction, with the words
    between them that have no letter (numbers, dashes) and the numbers at its edges ("25 km",
    "Vision 2040"). Quotes, brackets and the surrounding script's punctuation at its edges stay
    outside, so they follow the line; "@"/"#" before it and "%" "/" after it stay inside, and
    so does the closing "." "," "?" of a run of several words (a sentence of its own).
    """
    if any(ch in _INITIATORS for ch in text):
        return text  # already isolated by hand: leave the author's choice alone
    other = "L" if rtl else "R"
    tokens = _TOKEN.findall(text)
    kinds = ["S" if t.isspace() else _kind(t) for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if kinds[i] not in (other, "N"):
            out.append(tokens[i])
            i += 1
            continue
        j = i  # the window of words of the other direction or none, and the spaces between
        last = i
        while j < len(tokens) and kinds[j] in (other, "N", "S"):
            if kinds[j] != "S":
                last = j
            j += 1
        window = list(range(i, last + 1))
        words = [k for k in window if kinds[k] != "S"]
        if other not in (kinds[k] for k in words):
            out.extend(tokens[i : last + 1])
            i = last + 1
            continue
        first_o = next(k for k in words if kinds[k] == other)
        last_o = next(k for k in reversed(words) if kinds[k] == other)
        start = next(k for k in words if k >= first_o or _numbers_up_to(tokens, kinds, k, first_o))
        end = max(k for k in words if k <= last_o or _numbers_from(tokens, kinds, last_o, k))
        out.extend(tokens[i:start])
        out.append(_wrap("".join(tokens[start : end + 1]), rtl))
        out.extend(tokens[end + 1 : last + 1])
        i = last + 1
    return "".join(out)


def _numbers_up_to(tokens: list[str], kinds: list[str], k: int, first: int) -> bool:
    """Whether every word from `k` up to `first` is a number (a number before its unit)."""
    return all(kinds[m] == "S" or _has_digit(tokens[m]) for m in range(k, first))


def _numbers_from(tokens: list[str], kinds: list[str], last: int, k: int) -> bool:
    return all(kinds[m] == "S" or _has_digit(tokens[m]) for m in range(last + 1, k + 1))


def _wrap(run: str, rtl: bool) -> str:
    """`run` isolated in the direction opposite to `rtl`, its outer punctuation left out."""
    lead, trail = (_LTR_LEAD, _LTR_TRAIL) if rtl else (_RTL_LEAD, _RTL_TRAIL)
    if len(run.split()) > 1:
        trail = trail | (_LTR_CLOSE if rtl else _RTL_CLOSE)
    start, end = 0, len(run)
    while start < end and _loose(run[start], lead):
        start += 1
    while end > start and _loose(run[end - 1], trail):
        end -= 1
    if start == end:
        return run
    # a bracket closed (or opened) inside the run stays with it: "Expats (EN)" whole
    while end < len(run) and _unclosed(run[start:end], run[end], closer=True):
        end += 1
    while start > 0 and _unclosed(run[start:end], run[start - 1], closer=False):
        start -= 1
    return f"{run[:start]}{LRI if rtl else RLI}{run[start:end]}{PDI}{run[end:]}"


_PAIRS = {"(": ")", "[": "]", "{": "}", "«": "»", "“": "”", "‹": "›"}
_OPENER = {close: open_ for open_, close in _PAIRS.items()}


def _unclosed(kept: str, ch: str, closer: bool) -> bool:
    """Whether `ch` just outside `kept` closes (or opens) a bracket left open inside it."""
    if closer and ch in _OPENER:
        return kept.count(_OPENER[ch]) > kept.count(ch)
    if not closer and ch in _PAIRS:
        return kept.count(_PAIRS[ch]) > kept.count(ch)
    return False


def _loose(ch: str, keep: frozenset[str]) -> bool:
    """Whether `ch` at a run's edge belongs to the sentence around rather than to the run."""
    kind = unicodedata.bidirectional(ch)
    return kind not in ("L", "R", "AL", "EN", "AN") and ch not in keep


_MARKS = str.maketrans("", "", LRI + RLI + FSI + PDI)


def unmarked(text: str) -> str:
    """`text` without the isolates `shown` adds (what the officer typed, to copy or compare)."""
    return text.translate(_MARKS)
