"""Lets `python -m advisor ...` run the command line."""

from advisor.cli import main

raise SystemExit(main())
