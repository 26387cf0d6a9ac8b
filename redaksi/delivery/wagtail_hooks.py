from wagtail import hooks

from redaksi.core.surrogate import add_surrogate_keys

from .keys import served_page_keys


@hooks.register("before_serve_page")
def tag_served_page(page, request, serve_args, serve_kwargs) -> None:
    """Say what a Wagtail page shows, so the page cache and CDNs can purge it by key."""
    add_surrogate_keys(request, *served_page_keys(page))
