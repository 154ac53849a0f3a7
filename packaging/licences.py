"""The full licence texts of every Python distribution the app ships, gathered from their
installed metadata into one file for the bundle (Sobre o Fiado › Licenças shows it): MIT,
BSD and Apache ask for their notice to go with binary copies. Usage, from the repository root:

    uv run python packaging/licences.py build/licenses/THIRD-PARTY-TEXTS.txt
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

_LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def _name(requirement: str) -> str | None:
    """The distribution a requirement names, unless it is only for an extra or another OS."""
    if ";" in requirement:
        marker = requirement.split(";", 1)[1]
        if "extra" in marker:
            return None
        from packaging.markers import Marker

        if not Marker(marker).evaluate():
            return None
    return re.split(r"[<>=!~ \[(;]", requirement.strip(), maxsplit=1)[0]


def shipped(root: str = "fiado") -> list[str]:
    """`root`'s runtime dependencies, all the way down (sorted, `root` itself left out)."""
    seen: set[str] = set()
    todo = [root]
    while todo:
        name = todo.pop()
        key = name.lower().replace("_", "-")
        if key in seen:
            continue
        seen.add(key)
        try:
            requires = distribution(name).requires or []
        except PackageNotFoundError:
            continue
        todo += [n for r in requires if (n := _name(r))]
    seen.discard(root)
    return sorted(seen)


def licence_texts(names: list[str]) -> str:
    parts = []
    for name in names:
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        files = [f for f in dist.files or [] if _LICENCE_FILE.search(f.name)]
        texts = [Path(str(f.locate())).read_bytes().decode("utf-8", "replace") for f in files]
        expression = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        body = "\n\n".join(t.strip() for t in texts if t and t.strip())
        if not body:
            # Qt's wheels carry no licence file: their LGPL-3.0 (with the GPL-3.0 it builds on)
            # is in resources/licenses, shown beside this file.
            body = f"Licence: {expression.strip() or 'see the project'}"
            if "LGPL-3.0" in expression:
                body += " (full text: LGPL-3.0.txt and GPL-3.0.txt, beside this file)"
        title = f"{dist.metadata['Name']} {dist.version}"
        parts.append(f"{'=' * 78}\n{title}\n{'=' * 78}\n\n{body}\n")
    return "\n".join(parts)


def write(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(licence_texts(shipped()), encoding="utf-8")
    return target


if __name__ == "__main__":
    print(write(Path(sys.argv[1] if len(sys.argv) > 1 else "build/licenses/THIRD-PARTY-TEXTS.txt")))
