"""Wagtail's workflow "Approve", refused while the story has a blocking finding."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.admin import messages
from wagtail.admin.views.pages.workflow import WorkflowActionView

from . import guards


class CheckedWorkflowActionView(WorkflowActionView):
    def post(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        refused = self.action_name == "approve" and guards.approval_refusal(self.object)
        if not refused:
            return super().post(request, *args, **kwargs)
        messages.error(request, refused)
        edit_url = reverse("wagtailadmin_pages:edit", args=(self.object.pk,))
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return self.render_modal_json(request, {"step": "success", "redirect": edit_url})
        return redirect(edit_url)
