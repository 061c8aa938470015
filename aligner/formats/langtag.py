"""A small BCP 47 (RFC 5646) well-formedness check for language tags.

TMX 1.4b requires xml:lang to be a valid language tag, and CAT tools reject files whose
tags are not; the DTD declares it CDATA, so only a check like this one catches "arabic" or
"en_US". We check the shape (language, script, region, variants, extensions, private use,
and the grandfathered irregular tags), not that each subtag is registered.
"""
from __future__ import annotations

import re

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
    """True if `tag` is a well-formed BCP 47 language tag (case-insensitive), e.g. 'ar', 'en-GB'."""
    if not isinstance(tag, str) or not tag.isascii():
        return False
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
