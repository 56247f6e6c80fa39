"""The built site's script bundles are minified with their local names shortened."""

from __future__ import annotations

import rjsmin

from macros import assets


def test_every_script_bundle_is_smaller_than_its_sources_minified_by_rjsmin(site_dir):
    bundles = sorted(site_dir.glob(f"{assets.BUNDLE_DIR}/*.js"))
    assert bundles, "the site has no script bundles"
    for bundle in bundles:
        text = bundle.read_text(encoding="utf-8")
        sources = assets.bundle_sources(text)
        plain = ";\n".join(
            rjsmin.jsmin((assets.GENERATOR_ASSETS / name).read_text(encoding="utf-8")).strip()
            for name in sources
        )
        assert len(text) < 0.95 * len(plain), f"{bundle.name} ({', '.join(sources)})"
