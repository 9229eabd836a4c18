"""`openlint check`: the rules (CEL) and the engine that holds a project's declared use against its models'
obligations, the gate that makes it fail closed, baselines and release lint."""
