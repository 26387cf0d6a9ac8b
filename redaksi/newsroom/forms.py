"""The story editor's form: no editor silently replaces a version they have not seen."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel

from .checking.editor import check_stored_story, check_submitted_story


class ArticleForm(WagtailAdminPageForm):
    """Refuses to save over a version someone else saved after this editor opened the story.

    Wagtail refuses such autosaves and warns in the browser when it notices in
    time; this makes every save refuse, with the editor's text kept in the form.
    The revision the editor last wrote (an autosave) or loaded is compared with
    the latest one, as Wagtail's own check does. The editor replaces the newer
    version only deliberately: by ticking the box this form then shows, or by
    confirming Wagtail's "saved a new version" dialog (see overwrite-confirmed.js).
    """

    overwrite_confirmed = forms.BooleanField(
        required=False,
        label=_("Replace the newer version with mine"),
        help_text=_("Tick this only after comparing both versions in the revision history."),
    )

    newer_revision = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._byline_the_writer()
        self.check_findings = []
        if not self.is_bound and self.instance.pk:
            self.check_findings = check_stored_story(self)

    def _byline_the_writer(self) -> None:
        """A new story starts with its writer's own profile in the byline."""
        profile = getattr(self.for_user, "author_profile", None) if self.for_user else None
        credits = self.formsets.get("story_authors")
        if self.is_bound or self.instance.pk or profile is None or credits is None:
            return
        credits.initial_extra = [{"author": profile.pk}]

    def clean(self):
        cleaned = self._refuse_stale_overwrite(super().clean())
        # Newsroom checks: blocking findings refuse publishing, never saving a draft.
        self.check_findings = check_submitted_story(self)
        return cleaned

    def _refuse_stale_overwrite(self, cleaned):
        page = self.instance
        based_on = self.data.get("overwrite_revision_id") or self.data.get("loaded_revision_id")
        if not (page.pk and based_on) or cleaned.get("overwrite_confirmed"):
            return cleaned
        latest = page.get_latest_revision()
        if latest is None or str(latest.pk) == str(based_on):
            return cleaned

        self.newer_revision = latest
        # Re-render the form still based on the editor's version, so that Wagtail keeps
        # autosave paused instead of quietly saving over the newer version.
        if str(based_on).isdigit():
            page.latest_revision_id = int(based_on)
        user = latest.user
        who = (user.get_full_name() or user.get_username()) if user else ""
        raise ValidationError(
            gettext(
                "This article was saved by %(who)s after you opened it. "
                "Your changes have not been saved and are still in this form. "
                "Compare the versions in the revision history; to replace theirs "
                "with yours, tick the box above the headline and save again."
            )
            % {"who": who or gettext("another editor")}
        )


class OverwriteConfirmationPanel(FieldPanel):
    """The "replace the newer version" box, shown only when a save was refused for it."""

    class BoundPanel(FieldPanel.BoundPanel):
        def is_shown(self) -> bool:
            return getattr(self.form, "newer_revision", None) is not None and super().is_shown()
