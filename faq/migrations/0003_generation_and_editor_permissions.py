from django.db import migrations

CONTENT_EDITORS = "Content editors"
MODELS = {"topic": "topic", "article": "article"}
ACTIONS = ("add", "change", "delete", "view")


def create_generation(apps, schema_editor):
    ContentGeneration = apps.get_model("faq", "ContentGeneration")
    ContentGeneration.objects.get_or_create(pk=1)


def grant_faq_permissions(apps, schema_editor):
    """Content editors may do everything with topics and articles (and nothing else).

    Permissions are normally created after all migrations have run, so make them here.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    editors, _ = Group.objects.get_or_create(name=CONTENT_EDITORS)
    for model, verbose_name in MODELS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="faq", model=model)
        for action in ACTIONS:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type,
                codename=f"{action}_{model}",
                defaults={"name": f"Can {action} {verbose_name}"},
            )
            editors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0002_pg_trgm"),
        ("accounts", "0001_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_generation, migrations.RunPython.noop),
        migrations.RunPython(grant_faq_permissions, migrations.RunPython.noop),
    ]
