"""``python -m sourcebook``: the same as the ``sourcebook`` command."""

from sourcebook.cli import main

if __name__ == "__main__":  # not when --jobs workers (spawned) import this module again
    main()
