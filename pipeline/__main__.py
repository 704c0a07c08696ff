"""``python -m pipeline``: the ``trnews`` command."""

from pipeline.cli import main

main()
