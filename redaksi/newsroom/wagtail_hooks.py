from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks

from .checking import hooks as checking_hooks  # noqa: F401 (registers the checks' hooks)


@hooks.register("insert_editor_js")
def confirmed_overwrite_flag() -> str:
    return format_html(
        '<script src="{}" defer></script>', static("newsroom/overwrite-confirmed.js")
    )
