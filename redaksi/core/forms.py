"""The admin's log-in form, with every label translatable.

Wagtail's form leaves the password field without a label, so Django derives "Password"
from the field's name, in English whatever the language.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class NewsroomLoginForm(LoginForm):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
