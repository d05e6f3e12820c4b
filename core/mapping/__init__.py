"""The Mapping stage (ROADMAP §12, §35, §41): target intake, matching, strategies, validation,
decisions and the Mapping Plan. The entry point is :func:`core.mapping.stage.run_mapping`."""
