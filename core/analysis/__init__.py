"""Analysis stage: feasibility, profile of the mapped output, findings with staged fixes, drift."""
