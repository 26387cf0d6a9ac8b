"""The `redaksi` console command: Django's manage.py under the project's name.

`redaksi demo` prepares and serves the demo portal, `redaksi serve` serves it,
`redaksi worker` runs background tasks and scheduled publishing; every other
management command (migrate, createsuperuser, …) works as usual.
"""

import os
import sys


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.dev")
    import django
    from django.conf import settings
    from django.core.management import execute_from_command_line
    from django.utils import translation

    django.setup()
    # Argument errors are reported before a command runs; say them in the site's language too.
    translation.activate(settings.LANGUAGE_CODE)
    execute_from_command_line(["redaksi", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    main()
