// Parsing of .beam files: the IFF container, its chunks, compact terms and the external term format.
