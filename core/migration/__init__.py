"""Migration stage: chunked, checkpointed, exactly-once loads with quarantine and atomic promotion."""
