"""DRO Trainer: offline training for union Digital Rights Organisers."""

__version__ = "0.1.0"
APP_NAME = "DRO Trainer"
