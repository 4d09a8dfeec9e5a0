"""Pure helpers that shape review data for the templates."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

# Evidence lines start with the answer they quote: `medications[0]: "Xanax 0.5mg" ...`.
_EVIDENCE_PATH = re.compile(r"^\s*([a-z_]+(?:\[\d+\])?(?:\.[a-z_]+)?)\s*:")


def evidence_path(evidence: str) -> str | None:
    match = _EVIDENCE_PATH.match(evidence)
    return match.group(1) if match else None


def flagged_paths(flags: Iterable[Any]) -> set[str]:
    """The answers (document paths) that some current flag quotes as its evidence."""
    paths: set[str] = set()
    for flag in flags:
        if getattr(flag, "retired_at", None) is not None:
            continue
        for item in flag.evidence:
            path = evidence_path(str(item))
            if path:
                paths.add(path)
                paths.add(path.split(".")[0])
    return paths
