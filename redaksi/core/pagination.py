"""One way to paginate every listing on the portal."""

import hashlib

from django.core.exceptions import EmptyResultSet
from django.core.paginator import EmptyPage, Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from .listings import cached


def requested_page_number(request: HttpRequest, name: str = "page") -> int:
    """The page number asked for; anything that is not a positive whole number means page 1."""
    raw = request.GET.get(name, "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return number if number > 0 else 1


def paginate(
    request: HttpRequest, object_list, per_page: int = 20, *, changes_with_publishing: bool = False
) -> Page:
    """The requested page of ``object_list``; a page past the end is a 404, not an empty list.

    ``changes_with_publishing``: the list (a query of pages) changes only when a page is
    published, unpublished, moved or deleted, so its length is kept under the list
    generation. Counting a large archive costs tens of milliseconds a page view.
    """
    paginator = Paginator(object_list, per_page)
    if changes_with_publishing and isinstance(object_list, QuerySet):
        try:
            sql = str(object_list.query)
        except EmptyResultSet:  # a filter on an empty list: nothing to count
            sql = ""
        if sql:
            query = hashlib.md5(sql.encode(), usedforsecurity=False).hexdigest()
            paginator.count = cached(f"count:{query}", lambda: Paginator(object_list, 1).count)
    try:
        return paginator.page(requested_page_number(request))
    except EmptyPage as exc:
        if paginator.count == 0:
            return paginator.page(1)
        raise Http404("page out of range") from exc
