"""Start the Campaign Planner: the window, or a command-line subcommand."""

import sys

from planner.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
