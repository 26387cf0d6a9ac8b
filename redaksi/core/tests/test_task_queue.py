"""The scale-out profile's task queue: work is queued in the database and a worker runs it."""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

# Transactional tests empty the tables; serialized_rollback puts back what migrations made
# (Wagtail's root page), or the next test on this worker finds no page tree.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@override_settings(TASKS=DATABASE_QUEUE, TASK_BACKEND="database")
def test_saving_queues_work_that_the_worker_then_does():
    root = Page.get_first_root_node()
    root.add_child(instance=Page(title="Halaman uji antrean", slug="antrean"))

    queued = DBTaskResult.objects.filter(status="READY")
    assert queued.exists(), "saving a page should queue Wagtail's background work"

    call_command("worker", once=True)

    assert not DBTaskResult.objects.filter(status="READY").exists()
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").exists()
    assert not DBTaskResult.objects.filter(status="FAILED").exists()
