from dro_trainer.cli import main

raise SystemExit(main())
