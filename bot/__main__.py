import sys

from bot.cli import run

sys.exit(run())
