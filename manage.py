#!/usr/bin/env python
from redaksi.cli import main

if __name__ == "__main__":
    main()
