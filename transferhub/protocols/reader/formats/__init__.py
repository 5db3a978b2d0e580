"""One extractor per format, each turning a file's bytes into typed blocks (see ..blocks)."""
