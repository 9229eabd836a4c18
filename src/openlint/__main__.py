from openlint.cli import main

raise SystemExit(main())
