"""Runners: the loops that move mail along, one stage each."""
