"""Scheduled quality evaluations (golden sets) as assets, jobs and schedules."""
