from django import template

from ..views import follow_links as _follow_links

register = template.Library()


@register.simple_tag
def follow_links() -> dict:
    """The configured follow links and site name, for the line under every story."""
    return _follow_links()
