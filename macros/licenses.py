"""The licence registry: every licence id an author may write, and what each one allows.

Authors write the id in front matter, in `mkdocs.yml` `extra` and in `media` credits:

    licence: CC-BY-NC-SA-4.0

Known ids: CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-4.0, CC-BY-NC-SA-4.0, CC-BY-ND-4.0,
CC-BY-NC-ND-4.0, CC0-1.0, public-domain, all-rights-reserved, used-by-permission (shown as it
is), adapted-by-permission (the holder allowed changes, for non-commercial use), OGL-Canada-2.0
(the Government of Canada's open licence), MIT.

A licence that is not here is one more `Licence(...)` in `_ALL`: its id, its names, a link, and
what it lets others do (adapt, use commercially, share alike, credit).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Licence:
    """One licence: its names, where to read it, and what it lets others do."""

    id: str
    short: str  # the name people see: "CC BY-NC-SA 4.0"
    name: str  # the full name
    deed_url: str  # the plain-words summary ("" when there is none)
    legal_url: str  # the legal text ("" when there is none)
    adaptation: bool  # anyone may change it and share the changed work
    commercial: bool  # anyone may use it to make money
    share_alike: bool  # adaptations must use the same licence
    attribution: bool  # users must credit the creator

    @property
    def url(self) -> str:
        """The best link for this licence: the deed, else the legal text, else ''."""
        return self.deed_url or self.legal_url


def _cc(code: str, words: str, *, adaptation: bool, commercial: bool, share_alike: bool) -> Licence:
    slug = code.lower()
    deed = f"https://creativecommons.org/licenses/{slug}/4.0/"
    return Licence(
        id=f"CC-{code}-4.0",
        short=f"CC {code} 4.0",
        name=f"Creative Commons {words} 4.0 International",
        deed_url=deed,
        legal_url=f"{deed}legalcode.en",
        adaptation=adaptation,
        commercial=commercial,
        share_alike=share_alike,
        attribution=True,
    )


_ALL: tuple[Licence, ...] = (
    _cc("BY", "Attribution", adaptation=True, commercial=True, share_alike=False),
    _cc("BY-SA", "Attribution-ShareAlike", adaptation=True, commercial=True, share_alike=True),
    _cc("BY-NC", "Attribution-NonCommercial", adaptation=True, commercial=False, share_alike=False),
    _cc(
        "BY-NC-SA",
        "Attribution-NonCommercial-ShareAlike",
        adaptation=True,
        commercial=False,
        share_alike=True,
    ),
    _cc("BY-ND", "Attribution-NoDerivatives", adaptation=False, commercial=True, share_alike=False),
    _cc(
        "BY-NC-ND",
        "Attribution-NonCommercial-NoDerivatives",
        adaptation=False,
        commercial=False,
        share_alike=False,
    ),
    Licence(
        id="CC0-1.0",
        short="CC0 1.0",
        name="Creative Commons Zero 1.0 Universal (public domain dedication)",
        deed_url="https://creativecommons.org/publicdomain/zero/1.0/",
        legal_url="https://creativecommons.org/publicdomain/zero/1.0/legalcode.en",
        adaptation=True,
        commercial=True,
        share_alike=False,
        attribution=False,
    ),
    Licence(
        id="public-domain",
        short="Public domain",
        name="Public domain (no known copyright)",
        deed_url="https://creativecommons.org/publicdomain/mark/1.0/",
        legal_url="",
        adaptation=True,
        commercial=True,
        share_alike=False,
        attribution=False,
    ),
    Licence(
        id="all-rights-reserved",
        short="All rights reserved",
        name="All rights reserved",
        deed_url="",
        legal_url="",
        adaptation=False,
        commercial=False,
        share_alike=False,
        attribution=True,
    ),
    Licence(
        id="used-by-permission",
        short="Used by permission",
        name="Used by permission of the copyright holder",
        deed_url="",
        legal_url="",
        adaptation=False,
        commercial=False,
        share_alike=False,
        attribution=True,
    ),
    Licence(
        id="adapted-by-permission",
        short="Adapted by permission",
        name="Used and changed by permission of the copyright holder",
        deed_url="",
        legal_url="",
        adaptation=True,
        commercial=False,
        share_alike=False,
        attribution=True,
    ),
    Licence(
        id="OGL-Canada-2.0",
        short="Open Government Licence \u2013 Canada 2.0",
        name="Open Government Licence \u2013 Canada, version 2.0",
        deed_url="",
        legal_url="https://open.canada.ca/en/open-government-licence-canada",
        adaptation=True,
        commercial=True,
        share_alike=False,
        attribution=True,
    ),
    Licence(
        id="MIT",
        short="MIT",
        name="MIT License",
        deed_url="",
        legal_url="https://opensource.org/license/mit",
        adaptation=True,
        commercial=True,
        share_alike=False,
        attribution=True,
    ),
)

LICENCES: dict[str, Licence] = {licence.id: licence for licence in _ALL}


def known_ids() -> list[str]:
    """Every licence id an author may write, in registry order."""
    return list(LICENCES)


def get(licence_id: str) -> Licence:
    """The licence with this id; KeyError (listing the known ids) when there is none."""
    try:
        return LICENCES[licence_id]
    except KeyError:
        raise KeyError(
            f"unknown licence id {licence_id!r}; known: {', '.join(known_ids())}"
        ) from None


def adaptation_problem(source: Licence, published: Licence) -> str:
    """Why a work under `source` may not be adapted and shared under `published` ('' if it may)."""
    if not source.adaptation:
        return (
            f"its licence, {source.short}, does not allow adaptations"
            " (NoDerivatives, or no permission to change it)"
        )
    if source.share_alike and published.id != source.id:
        return (
            f"its licence, {source.short}, is ShareAlike: an adaptation must use the same"
            f" licence, but this page uses {published.short}"
        )
    if not source.commercial and published.commercial:
        return (
            f"its licence, {source.short}, is NonCommercial, but this page uses"
            f" {published.short}, which allows commercial use"
        )
    return ""
