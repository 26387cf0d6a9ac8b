import re

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail import hooks

from ..hooks import PLACES

register = template.Library()

_FIRST_PARAGRAPH = re.compile(r"<p(\s[^>]*)?>", re.IGNORECASE)


def with_dateline(html: str, label: str) -> str:
    """Open the story's first paragraph with 'Redaksi, Ankara - ', as print datelines do."""
    marker = format_html('<strong class="story-dateline">{}</strong>', label)
    match = _FIRST_PARAGRAPH.search(html)
    if match is None:
        return f'<p class="story-dateline-line">{marker}</p>{html}'
    return f"{html[: match.end()]}{marker}{html[match.end() :]}"


@register.simple_tag(takes_context=True)
def story_page(context, part, opening: bool, dateline_label: str) -> str:
    """Render one page of a story; the opening page carries the dateline."""
    flat = context.flatten()
    rendered = [block.render(context=flat) for block in part.value["content"]]
    if opening:
        if rendered:
            rendered[0] = with_dateline(str(rendered[0]), dateline_label)
        else:
            rendered = [with_dateline("", dateline_label)]
    return mark_safe("".join(str(html) for html in rendered))


@register.simple_tag(takes_context=True)
def page_extras(context, place: str) -> str:
    """What the desks registered for ``place`` (see ``newsroom.hooks``), in their order."""
    if place not in PLACES:
        raise template.TemplateSyntaxError(f"unknown newsroom page place {place!r}")
    page = context.get("page")
    engine = context.template.engine
    parts = []
    for hook in hooks.get_hooks(place):
        name = hook(page)
        if name:
            with context.push():
                parts.append(engine.get_template(name).render(context))
    return mark_safe("".join(parts))
