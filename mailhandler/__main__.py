import sys

from mailhandler.cli import main

sys.exit(main())
