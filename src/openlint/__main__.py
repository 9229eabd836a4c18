from openlint.cli.main import run

run()
