"""Sending happens off the request: a slow or failing chat API never holds up a webhook."""

from django_tasks import task

from . import outbox


@task()
def deliver_message(outbound_id: int) -> str:
    return outbox.deliver(outbound_id)
