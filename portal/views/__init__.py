"""The portal's views, one module per page group; each parses input, calls one verb, renders."""
