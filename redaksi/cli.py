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
    from django.db import DatabaseError
    from django.utils import translation
    from django.utils.translation import gettext as _

    django.setup()
    # Argument errors are reported before a command runs; say them in the site's language too.
    translation.activate(settings.LANGUAGE_CODE)
    try:
        execute_from_command_line(["redaksi", *(sys.argv[1:] if argv is None else argv)])
    except DatabaseError as error:
        # A command run on a database nobody migrated: say what to do, not the SQL error.
        if "no such table" not in str(error) and "does not exist" not in str(error):
            raise
        sys.stderr.write(
            _("The database is not set up yet: run `redaksi migrate` first (%(error)s).")
            % {"error": error}
            + "\n"
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
