"""Demo content: a newsroom with two weeks of invented stories, for trying Redaksi out.

``load_demo()`` builds it; the ``demo`` management command runs it and serves the portal.
"""
