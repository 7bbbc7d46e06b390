"""Entry point of the frozen app: the same click group as the ``trdjournal`` command."""

from trdjournal.cli import main

if __name__ == "__main__":
    main(prog_name="trdjournal")
