"""One way to paginate every listing on the portal."""

from django.core.paginator import EmptyPage, Page, Paginator
from django.http import Http404, HttpRequest


def requested_page_number(request: HttpRequest, name: str = "page") -> int:
    """The page number asked for; anything that is not a positive whole number means page 1."""
    raw = request.GET.get(name, "1")
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return number if number > 0 else 1


def paginate(request: HttpRequest, object_list, per_page: int = 20) -> Page:
    """The requested page of ``object_list``; a page past the end is a 404, not an empty list."""
    paginator = Paginator(object_list, per_page)
    try:
        return paginator.page(requested_page_number(request))
    except EmptyPage as exc:
        if paginator.count == 0:
            return paginator.page(1)
        raise Http404("page out of range") from exc
