"""Encoding a fact-check for the tipline takes a model call: off the publishing request."""

from django_tasks import task

from .index import store_vectors


@task()
def encode_fact_check(page_id: int) -> int:
    return store_vectors([page_id])
