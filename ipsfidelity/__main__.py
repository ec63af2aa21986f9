from ipsfidelity.cli import main

raise SystemExit(main())
