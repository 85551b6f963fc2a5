"""Sizes, fonts and the colour-blind-safe palette (Okabe–Ito) shared by every chart. No matplotlib here."""

from __future__ import annotations

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#595959"

# 1200 × 700 px: Slack previews wide images at full width in a thread and scales them down evenly.
WIDTH_IN = 8.0
HEIGHT_IN = 4.6667
DPI = 150

# Points at 150 dpi; the smallest text on a chart is 12 pt.
TITLE_PT = 16
SUBTITLE_PT = 12.5
LABEL_PT = 13
TICK_PT = 12
LEGEND_PT = 12
NOTE_PT = 12
FOOTER_PT = 12
