"""`manage.py screen [FILE|-]`: screen one intake JSON document and print the result as JSON.

A thin wrapper over `intake.screening`: it reads the document (docs/intake-json.md) from a file
or standard input, and writes a one-line error naming the field, with exit status 2, when the
document is not valid JSON or does not follow the format.
"""

from __future__ import annotations

import json
import sys
from argparse import ArgumentParser
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from django.core.management.base import BaseCommand

from intake.screening import IntakeDocumentError, parse_intake, result_to_json, screen

INVALID_INPUT = 2


class Command(BaseCommand):
    help = "Screen one intake JSON document (a file, or - for standard input) and print the flags."

    def add_arguments(self, parser: ArgumentParser) -> None:
        parser.add_argument(
            "file", nargs="?", default="-", help="Intake JSON file, or - for standard input."
        )
        parser.add_argument(
            "--today",
            help="Screen as of this date (YYYY-MM-DD) instead of the intake's submitted_on.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        source = str(options["file"])
        try:
            today = date.fromisoformat(options["today"]) if options.get("today") else None
        except ValueError:
            self._fail(f"--today: expected a date as YYYY-MM-DD, got {options['today']!r}")
        text = self._read(source)
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            self._fail(
                f"{self._name(source)}: invalid JSON at line {error.lineno} column {error.colno}: "
                f"{error.msg}"
            )
        try:
            facts = parse_intake(document)
        except IntakeDocumentError as error:
            self._fail(str(error))
        result = screen(facts, today=today)
        self.stdout.write(json.dumps(result_to_json(result), indent=2, ensure_ascii=False))

    def _read(self, source: str) -> str:
        if source == "-":
            return sys.stdin.read()
        try:
            return Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            self._fail(f"{source}: cannot read: {getattr(error, 'strerror', None) or error}")

    @staticmethod
    def _name(source: str) -> str:
        return "stdin" if source == "-" else source

    def _fail(self, message: str) -> NoReturn:
        self.stderr.write(" ".join(message.split()))
        raise SystemExit(INVALID_INPUT)
