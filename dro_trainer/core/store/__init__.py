"""The trainee's data: one SQLite file, versioned schema, rolling backups."""
