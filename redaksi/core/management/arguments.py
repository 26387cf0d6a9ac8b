"""Argument types shared by Redaksi's commands, with messages a person understands."""

import argparse

from django.utils.translation import gettext as _


def port_number(raw: str) -> int:
    try:
        port = int(raw)
    except ValueError:
        port = -1
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(
            _("%(value)r is not a port number; use a whole number from 1 to 65535, e.g. 8000.")
            % {"value": raw}
        )
    return port
