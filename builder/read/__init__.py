"""Read the inputs: source files and their conversion to text, the registry, the YAML
schemas, paragraphs and their sentences. The only stage that reads files."""
