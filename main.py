"""Start DRO Trainer from a checkout: `python main.py --help`."""

from dro_trainer.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
