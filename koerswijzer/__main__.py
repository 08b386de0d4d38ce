from koerswijzer.cli import main

raise SystemExit(main())
