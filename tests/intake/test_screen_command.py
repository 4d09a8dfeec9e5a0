"""`manage.py screen`: reads one intake from a file or stdin and prints the result as JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from intake.screening import RULES_VERSION


def run(*args: str, stdin: str | None = None, monkeypatch: Any = None) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command("screen", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(*args: str, stdin: str, monkeypatch: Any) -> str:
    err = io.StringIO()
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    with pytest.raises(SystemExit) as exited:
        call_command("screen", *args, stdout=io.StringIO(), stderr=err)
    assert exited.value.code == 2
    return err.getvalue()


def test_screens_a_document_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = run(stdin='{"medications": ["Nardil 15 mg", "vitamin D"]}', monkeypatch=monkeypatch)

    result = json.loads(out)
    assert err == ""
    assert result["rules_version"] == RULES_VERSION
    assert [flag["code"] for flag in result["flags"]] == ["MAOI"]
    assert set(result["flags"][0]) == {"code", "severity", "title", "evidence", "faq_article"}
    assert result["flags"][0]["evidence"] == ['medications[0]: "Nardil 15 mg" → phenelzine (MAOI)']
    assert [med["ingredients"] for med in result["medications"]] == [["phenelzine"], ["vitamin d"]]
    assert all(
        {"text", "ingredients", "classes", "recognised"} <= set(med)
        for med in result["medications"]
    )


def test_dash_means_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    out, _err = run("-", stdin='{"pregnancy": {"pregnant": "yes"}}', monkeypatch=monkeypatch)

    assert [flag["code"] for flag in json.loads(out)["flags"]] == ["PREGNANCY"]


def test_screens_a_document_from_a_file(tmp_path: Path) -> None:
    document = {
        "submitted_on": "2026-11-20",
        "stopped_medications": [{"name": "Emsam patch", "stopped_on": "2026-11-10"}],
        "mental_health": {"suicidal_thoughts": "yes"},
    }
    path = tmp_path / "intake.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    out, _err = run(str(path))

    flags = json.loads(out)["flags"]
    assert [(flag["code"], flag["severity"]) for flag in flags] == [
        ("SUICIDAL_IDEATION", "urgent"),
        ("MAOI", "high"),
    ]


def test_today_moves_the_maoi_wash_out(tmp_path: Path) -> None:
    path = tmp_path / "intake.json"
    path.write_text(
        '{"stopped_medications": [{"name": "Nardil", "stopped_on": "2026-11-10"}]}',
        encoding="utf-8",
    )

    soon, _ = run(str(path), "--today", "2026-11-20")
    later, _ = run(str(path), "--today", "2026-12-20")

    assert [flag["code"] for flag in json.loads(soon)["flags"]] == ["MAOI"]
    assert json.loads(later)["flags"] == []


def test_invalid_json_is_a_one_line_error_with_status_2(monkeypatch: pytest.MonkeyPatch) -> None:
    err = run_failing(stdin='{"medications": [', monkeypatch=monkeypatch)

    assert err.startswith("stdin: invalid JSON at line 1")
    assert err.strip().count("\n") == 0


def test_a_wrong_type_names_the_field(monkeypatch: pytest.MonkeyPatch) -> None:
    err = run_failing(
        stdin='{"history": {"cardiovascular": {"answer": "maybe"}}}', monkeypatch=monkeypatch
    )

    assert err.strip() == (
        'history.cardiovascular.answer: expected one of yes, no, unsure, got "maybe"'
    )


def test_a_document_that_is_not_an_object_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    err = run_failing(stdin='["Xanax"]', monkeypatch=monkeypatch)

    assert err.strip() == "document: expected an object, got a list"


def test_a_missing_file_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    err = run_failing(str(tmp_path / "missing.json"), stdin="", monkeypatch=monkeypatch)

    assert "missing.json: cannot read" in err


def test_a_bad_today_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    err = run_failing("--today", "20/11/2026", stdin="{}", monkeypatch=monkeypatch)

    assert err.startswith("--today: expected a date as YYYY-MM-DD")
