"""Put back the rows that data migrations create, after a transactional test emptied the tables.

A browser test needs the live server, so a transactional database: each such test ends by emptying
every table (Django's flush), and with them the roles, the content editors' permissions and the
FAQ's content generation that data migrations made. Re-running those migrations' forward functions
puts them back; the house style makes data migrations idempotent (get_or_create), so running them
on a database that still has the rows changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


@cache
def _data_migrations() -> tuple[Callable[[Any, Any], None], ...]:
    """The forward functions of the project's own RunPython operations, in migration order."""
    from django.db import connection
    from django.db.migrations import RunPython
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(connection, ignore_no_migrations=True)
    functions = []
    for key in loader.graph.leaf_nodes():
        for app_label, name in loader.graph.forwards_plan(key):
            migration = loader.get_migration(app_label, name)
            module_file = Path(__import__(migration.__module__, fromlist=["_"]).__file__ or "")
            if REPO not in module_file.parents or ".venv" in module_file.parts:
                continue
            for operation in migration.operations:
                if (
                    isinstance(operation, RunPython)
                    and operation.code is not RunPython.noop
                    and operation.code not in functions
                ):
                    functions.append(operation.code)
    return tuple(functions)


def restore_reference_data() -> None:
    from django.apps import apps
    from django.db import connection

    with connection.schema_editor(atomic=False) as schema_editor:
        for forward in _data_migrations():
            forward(apps, schema_editor)
