"""Language tags (BCP 47): the one place where a tag is checked, for every entry point.

TMX 1.4b requires xml:lang to be a valid language tag, and CAT tools reject files whose
tags are not; the DTD declares it CDATA, so only a check like this one catches "arabic",
"en_US" or "xx". Two parts: the shape (RFC 5646 syntax: language, script, region,
variants, extensions, private use, grandfathered tags) by the regex below, because
langcodes is lenient there (it reads "en_US" as en-US, which CAT tools refuse); and that
each subtag is registered (IANA registry) by langcodes, which ships the registry.
`check_tag` is what the CLI --lang, TMX xml:lang, JSONL language keys and the GUI import
call.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import langcodes

from aligner.errors import InputError
from aligner.messages import Problem

_LANGTAG = re.compile(r"""
    ^(?:
      (?P<langtag>
        (?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})   # language (+ extlang)
        (?:-[a-z]{4})?                                        # script
        (?:-(?:[a-z]{2}|[0-9]{3}))?                           # region
        (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*              # variants
        (?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*                  # extensions
        (?:-x(?:-[a-z0-9]{1,8})+)?                            # private use
      )
      | x(?:-[a-z0-9]{1,8})+                                  # private use only
      | en-gb-oed | i-ami | i-bnn | i-default | i-enochian | i-hak | i-klingon | i-lux
      | i-mingo | i-navajo | i-pwn | i-tao | i-tay | i-tsu | sgn-be-fr | sgn-be-nl | sgn-ch-de
    )$""", re.VERBOSE)


def is_valid_tag(tag: str) -> bool:
    """True if `tag` is a well-formed BCP 47 tag whose subtags are registered
    (case-insensitive), e.g. 'ar', 'en-GB'; False for 'arabic', 'en_US', 'xx', 'ar-a1'."""
    if not isinstance(tag, str) or not tag.isascii():
        return False
    return _valid(tag)


@lru_cache(maxsize=4096)  # a million-unit import asks about the same few tags
def _valid(tag: str) -> bool:
    return _well_formed(tag) and langcodes.tag_is_valid(tag)


def _well_formed(tag: str) -> bool:
    lowered = tag.lower()
    if not _LANGTAG.match(lowered):
        return False
    # no duplicate variants or extension singletons (RFC 5646 2.2.5, 2.2.6)
    parts = lowered.split("-x-")[0].split("-")
    singletons = [p for p in parts[1:] if len(p) == 1]
    variants = [p for p in parts[1:] if len(p) >= 5 or (len(p) == 4 and p[0].isdigit())]
    return len(set(singletons)) == len(singletons) and len(set(variants)) == len(variants)


def same_language(tag: str, wanted: str) -> bool:
    """Does `tag` match the language the user asked for ('en' matches 'en-US', not 'eng')?"""
    tag, wanted = tag.lower(), wanted.lower()
    return tag == wanted or tag.startswith(wanted + "-")


def check_tag(tag: object, path: str | Path | None = None, line: int | None = None,
              what: str | None = None) -> str:
    """`tag` stripped if valid, else InputError naming the file (and line) with a hint;
    `what` names the field it came from as written in the file (xml:lang, srclang)."""
    text = tag.strip() if isinstance(tag, str) else ""
    if text and is_valid_tag(text):
        return text
    hint = Problem("tag.hint")
    if "_" in text and is_valid_tag(text.replace("_", "-")):
        hint = Problem("tag.hint_hyphen", tag=repr(text.replace("_", "-")))
    problem = (Problem("tag.invalid", tag=repr(tag), hint=hint) if what is None
               else Problem("tag.invalid_field", tag=repr(tag), field=what, hint=hint))
    raise InputError(path, problem, line=line)


def same_tag(a: str, b: str) -> bool:
    """Tags compare without case: en-US and en-us are one language (BCP 47 2.1.1)."""
    return a.lower() == b.lower()
