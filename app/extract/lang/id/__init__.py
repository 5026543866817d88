"""Indonesian: the word lists of happenings, places, figures and page furniture.

The date grammar's words are still in `app/extract/lexicon.py` (issue 14 moves them here);
what was written for the event layer lives here from the start.
"""
