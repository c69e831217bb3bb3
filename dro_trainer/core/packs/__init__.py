"""Content packs (.dropack): building, checking, signing and installing courses."""
