from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


def create_pg_trgm(apps, schema_editor):
    """pg_trgm gives search its typo tolerance; SQLite (development) has no extensions."""
    if schema_editor.connection.vendor != "postgresql":
        return
    TrigramExtension().database_forwards("faq", schema_editor, None, None)


class Migration(migrations.Migration):
    dependencies = [("faq", "0001_initial")]

    # Not dropped on the way back: other code in the database may use the extension.
    operations = [migrations.RunPython(create_pg_trgm, migrations.RunPython.noop)]
